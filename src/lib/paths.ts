/** Every in-app path is built here, so a route change is one edit. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  section: (slug: string, sectionId: string) =>
    `/articles/${encodeURIComponent(slug)}/${encodeURIComponent(sectionId)}`,
} as const;

/** URLs of the static data files, resolved against the app's base so a sub-path deploy works. */
export const dataUrls = {
  articleIndex: () => `${import.meta.env.BASE_URL}articles/index.json`,
  article: (slug: string) => `${import.meta.env.BASE_URL}articles/${encodeURIComponent(slug)}.json`,
} as const;
