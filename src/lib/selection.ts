/**
 * Takes the reader's text selection off the page while a modal dialog covers it, and returns what
 * puts it back. Chromium walks the whole inert page from a selection left outside a modal on every
 * press inside it: on a 500-section story at 4× CPU, 0.7 s for a caret, 1.6 s for a paragraph.
 */
export function setSelectionAside(): () => void {
  const selection = document.getSelection();
  if (selection === null || selection.rangeCount === 0) return () => undefined;
  const ranges = Array.from({ length: selection.rangeCount }, (_, index) =>
    selection.getRangeAt(index),
  );
  selection.removeAllRanges();
  return () => {
    // Unless the reader has since selected something of their own, or the text has gone.
    if (!selection.isCollapsed) return;
    if (!ranges.every((range) => range.startContainer.isConnected)) return;
    selection.removeAllRanges();
    ranges.forEach((range) => selection.addRange(range));
  };
}
