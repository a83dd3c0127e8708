/** The site's name: in every tab title, and the name link previews give the site. */
export const SITE_NAME = 'The Reader';

/** A tab title: what the page shows, most specific first, then the site. */
export const pageTitle = (...parts: string[]) => [...parts, SITE_NAME].join(' · ');

/** The picture that stands for the site where a logo is asked for (its publisher in JSON-LD). */
export const SITE_LOGO = { path: '/icons/icon-512.png', width: 512, height: 512 } as const;
