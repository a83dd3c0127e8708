/**
 * JSON safe to place inside a `<script>` element, for the page's data block and its JSON-LD
 * alike: no `<` can close the element or open a comment early, whatever an article's text
 * contains, and the line separators old parsers choke on are escaped. Still the same JSON.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
