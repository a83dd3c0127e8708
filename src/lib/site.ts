/** The site's name: in every tab title, and the name link previews give the site. */
export const SITE_NAME = 'The Reader';

/** A tab title: what the page shows, most specific first, then the site. */
export const pageTitle = (...parts: string[]) => [...parts, SITE_NAME].join(' · ');
