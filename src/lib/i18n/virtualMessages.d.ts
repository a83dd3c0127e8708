/** A language's catalog, compiled by the build (scripts/build/messageCatalogs.ts). */
declare module 'virtual:messages/*' {
  const messages: Record<string, (params?: Record<string, unknown>) => string>;
  export default messages;
}
