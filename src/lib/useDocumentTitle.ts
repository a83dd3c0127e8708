import { useEffect } from 'react';

/**
 * Keeps the tab's title in step with the page. A prerendered page's head has it already, so no
 * component renders a `<title>` into the body (which would leave the page with two).
 */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title !== undefined) document.title = title;
  }, [title]);
}
