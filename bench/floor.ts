import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/features/articles/model/parseArticle';
import { formatInstant } from '../src/lib/dates';

/** Escapes text for use both between tags and inside a quoted attribute value. */
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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

/** The floor: the story in `file` as static HTML without JavaScript, its text escaped. */
export function renderFloorHtml(file: string): string {
  const parsed = parseArticle(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file} fails the schema: ${JSON.stringify(parsed.problems)}`);
  const article = parsed.value;
  // The time as filed, in the story's own zone, written as the prerendered reader writes it.
  const time = (iso: string) => {
    const options = { originalLabel: article.timeZoneLabel };
    return `<time datetime="${escape(iso)}">${escape(formatInstant(iso, options).original)}</time>`;
  };
  const dates = [`Published ${time(article.publishedAt)}`];
  if (article.updatedAt !== undefined && article.updatedAt !== article.publishedAt)
    dates.push(`updated ${time(article.updatedAt)}`);
  const sections = article.sections.map(({ id, title, paragraphs }) => {
    const heading =
      title === undefined ? '' : `<h2 id="${escape(id)}-heading">${escape(title)}</h2>\n`;
    const label =
      title === undefined ? 'aria-label="Introduction"' : `aria-labelledby="${escape(id)}-heading"`;
    const text = paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n');
    return `<section id="${escape(id)}" ${label}>\n${heading}${text}\n</section>`;
  });
  // <head>, <body> and their end tags are optional: the parser adds them.
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escape(article.standfirst)}">
<link rel="icon" href="data:,">
<title>${escape(article.headline)} · The Reader</title>
<style>${css}</style>
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
`;
}
