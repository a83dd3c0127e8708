/** A language's catalog, compiled by the build (scripts/build/messageCatalogs.ts). */
declare module 'virtual:messages/*' {
  const messages: Record<string, (params?: Record<string, unknown>) => string>;
  export default messages;
}

/** Each catalog's language named in itself, `{ uk: 'Українська' }` (scripts/build/messageCatalogs.ts). */
declare module 'virtual:language-names' {
  const names: Record<string, string>;
  export default names;
}
