import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/features/articles/model/parseArticle';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Escapes text for use both between tags and inside a quoted attribute value. */
const escape = (text: string) => text.replace(/[&<>"']/g, (character) => entities[character]!);

const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** The time as filed, in the story's own zone (its offset), like "16 May 2025, 18:22 IST". */
function time(iso: string, zoneLabel: string | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  const [, year, month, day, hours, minutes] = match ?? [];
  const zone = zoneLabel ?? iso.slice(19).replace(/^\.\d+/, '');
  const filed = match
    ? `${Number(day)} ${months[Number(month) - 1] ?? month} ${year}, ${hours}:${minutes} ${zone}`
    : iso;
  return `<time datetime="${escape(iso)}">${escape(filed)}</time>`;
}

const css = `
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;background:#fbfaf7;line-height:1.6}
main{max-inline-size:42rem;margin-inline:auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.9rem;line-height:1.2;margin-block:0 .75rem}
h2{font-size:1.3rem;line-height:1.3;margin-block:2rem .5rem}
.standfirst{font-size:1.15rem;margin-block:0 .75rem}
.meta{font-size:.9rem;color:#555;margin-block:0 1.5rem}
article p{font-family:'Iowan Old Style',Charter,Georgia,Cambria,serif;font-size:1.1rem}
@media (prefers-color-scheme:dark){body{color:#eee;background:#141414}.meta{color:#aaa}}
`.trim();

/**
 * The floor: the story in `file` as one static HTML page with no JavaScript, the fastest the
 * reader's text could possibly arrive. Everything the reader shows as text is escaped here.
 */
export function renderFloorHtml(file: string): string {
  const parsed = parseArticle(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file} fails the schema: ${JSON.stringify(parsed.problems)}`);
  const article = parsed.value;
  const dates = [`Published ${time(article.publishedAt, article.timeZoneLabel)}`];
  if (article.updatedAt !== undefined && article.updatedAt !== article.publishedAt)
    dates.push(`updated ${time(article.updatedAt, article.timeZoneLabel)}`);
  const sections = article.sections.map(({ id, title, paragraphs }) => {
    const heading =
      title === undefined ? '' : `<h2 id="${escape(id)}-heading">${escape(title)}</h2>\n`;
    const label =
      title === undefined ? 'aria-label="Introduction"' : `aria-labelledby="${escape(id)}-heading"`;
    const text = paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n');
    return `<section id="${escape(id)}" ${label}>\n${heading}${text}\n</section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escape(article.standfirst)}">
<link rel="icon" href="data:,">
<title>${escape(article.headline)} · The Reader</title>
<style>${css}</style>
</head>
<body>
<main>
<article>
<header>
<h1>${escape(article.headline)}</h1>
<p class="standfirst">${escape(article.standfirst)}</p>
<p class="meta">${escape(article.source)} · ${dates.join(', ')}</p>
</header>
${sections.join('\n')}
</article>
</main>
</body>
</html>
`;
}
