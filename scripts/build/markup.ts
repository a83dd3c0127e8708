/**
 * Text escaped for XML and HTML alike (sitemaps, and the HTML that feeds carry): the five
 * characters that could end or open markup.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
