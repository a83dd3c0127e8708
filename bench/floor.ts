import type { Article } from '../src/features/articles/model/articleSchema';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use both between tags and inside a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

const wallClockPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;
const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** The time as filed, in the story's own zone (the offset kept in the string), like "16 May 2025, 18:22 IST". */
function formatFiled(iso: string, zoneLabel: string | undefined): string {
  const match = wallClockPattern.exec(iso);
  if (match === null) return iso;
  const [, year, month, day, hours, minutes] = match;
  const zone = zoneLabel ?? iso.slice(19).replace(/^\.\d+/, '');
  return `${Number(day)} ${monthNames[Number(month) - 1] ?? month} ${year}, ${hours}:${minutes} ${zone}`;
}

function timeElement(iso: string, zoneLabel: string | undefined): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatFiled(iso, zoneLabel))}</time>`;
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
 * The floor: the same story as one static HTML page with no JavaScript, the fastest the reader's
 * text could possibly arrive. Everything the reader shows as text is escaped here.
 */
export function renderFloorHtml(article: Article): string {
  const dates = [`Published ${timeElement(article.publishedAt, article.timeZoneLabel)}`];
  if (article.updatedAt !== undefined && article.updatedAt !== article.publishedAt) {
    dates.push(`updated ${timeElement(article.updatedAt, article.timeZoneLabel)}`);
  }
  const sections = article.sections.map((section) => {
    const headingId = `${section.id}-heading`;
    const heading =
      section.title === undefined
        ? ''
        : `<h2 id="${escapeHtml(headingId)}">${escapeHtml(section.title)}</h2>\n`;
    const label =
      section.title === undefined
        ? 'aria-label="Introduction"'
        : `aria-labelledby="${escapeHtml(headingId)}"`;
    const paragraphs = section.paragraphs
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join('\n');
    return `<section id="${escapeHtml(section.id)}" ${label}>\n${heading}${paragraphs}\n</section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(article.standfirst)}">
<link rel="icon" href="data:,">
<title>${escapeHtml(article.headline)} · The Reader</title>
<style>${css}</style>
</head>
<body>
<main>
<article>
<header>
<h1>${escapeHtml(article.headline)}</h1>
<p class="standfirst">${escapeHtml(article.standfirst)}</p>
<p class="meta">${escapeHtml(article.source)} · ${dates.join(', ')}</p>
</header>
${sections.join('\n')}
</article>
</main>
</body>
</html>
`;
}
