import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { tidy, type Line, type LineKind, type PageMeta, type Page } from './page';

const DATE_LABEL = /^(?:first\s+)?(?:published|updated|last\s+updated|posted|modified)\b/i;
const STANDFIRST_CLASS = /\b(?:standfirst|dek|sub-?title|sub-?headline|summary|lede|intro)\b/i;
/** Longer than this, an element is a block of text, not a date or a standfirst. */
const SHORT = 400;

const textOf = (element: Element) => tidy(element.textContent);

function metaContent(document: Document, names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = element?.getAttribute('content');
    if (content) return tidy(content);
  }
  return undefined;
}

/**
 * Dates, wherever the page puts them: Readability keeps the article's text and often leaves a
 * header's `<time>` or "Published …" line behind, so they are read from the whole page first.
 */
function keepDateLines(document: Document): Line[] {
  const lines: Line[] = [];
  for (const time of document.querySelectorAll('time')) {
    const label = time.parentElement && textOf(time.parentElement).length < SHORT;
    const text = label && time.parentElement ? textOf(time.parentElement) : textOf(time);
    const datetime = time.getAttribute('datetime');
    const itemprop = time.getAttribute('itemprop') ?? '';
    // A <time> named for its part by microdata speaks for itself, whatever its neighbours say.
    const named = /datePublished/i.test(itemprop)
      ? `Published ${textOf(time)}`
      : /dateModified/i.test(itemprop)
        ? `Updated ${textOf(time)}`
        : text;
    lines.push({ kind: 'time', text: named, ...(datetime ? { datetime: tidy(datetime) } : {}) });
  }
  for (const element of document.body.querySelectorAll('*')) {
    if (element.querySelector('time')) continue;
    const text = textOf(element);
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === node.TEXT_NODE && DATE_LABEL.test(tidy(node.textContent ?? '')),
    );
    if (ownText && text.length < SHORT) lines.push({ kind: 'time', text });
  }
  return lines;
}

function keepStandfirst(document: Document): Line[] {
  const element = [...document.body.querySelectorAll('p, div, h2')].find(
    (candidate) =>
      STANDFIRST_CLASS.test(candidate.getAttribute('class') ?? '') &&
      textOf(candidate) !== '' &&
      textOf(candidate).length < SHORT,
  );
  return element ? [{ kind: 'standfirst', text: textOf(element) }] : [];
}

const HEADING = /^H[1-6]$/;

/** The article's blocks in reading order, as the markup names them. */
function contentLines(content: Element): Line[] {
  const lines: Line[] = [];
  const push = (kind: LineKind, element: Element) => {
    const text = textOf(element);
    if (text !== '') lines.push({ kind, text });
  };
  const blocks = 'h1, h2, h3, h4, h5, h6, p, li, figcaption';
  for (const element of content.querySelectorAll(blocks)) {
    // A paragraph inside a caption is the caption's; a block holding blocks (Readability turns a
    // <div> around a subhead into a <p>) is read through the blocks inside it.
    if (element.closest('figcaption') && element.tagName !== 'FIGCAPTION') continue;
    if (element.querySelector(blocks)) continue;
    if (element.tagName === 'FIGCAPTION') push('caption', element);
    else if (element.tagName === 'H1') push('title', element);
    else if (HEADING.test(element.tagName)) push('heading', element);
    else push('paragraph', element);
  }
  return lines;
}

/**
 * Reads an HTML page through Mozilla's Readability (Firefox's Reader View): the article's
 * headline, subheads, paragraphs and figure captions, with the page's dates, standfirst and
 * metadata read before Readability sets the rest of the page aside.
 */
export function readHtml(html: string): Page {
  const { window } = new JSDOM(html);
  const { document } = window;
  // Read before Readability, which rebuilds an <h1> as an <h2> and leaves the old one empty.
  const h1 = document.querySelector('h1');
  const headline = h1 ? textOf(h1) : '';
  const dates = keepDateLines(document);
  const standfirst = keepStandfirst(document);
  const meta: PageMeta = {};
  const description = metaContent(document, ['og:description', 'description']);
  const publishedTime = metaContent(document, ['article:published_time']);
  const modifiedTime = metaContent(document, ['article:modified_time']);
  if (description) meta.description = description;
  if (publishedTime) meta.publishedTime = publishedTime;
  if (modifiedTime) meta.modifiedTime = modifiedTime;

  const article = new Readability(document, { serializer: (node) => node }).parse();
  if (article?.byline) meta.byline = tidy(article.byline);
  if (article?.siteName) meta.siteName = tidy(article.siteName);
  const titleText = headline || tidy(article?.title ?? '');
  const content = article?.content;
  const body = content instanceof window.Element ? contentLines(content) : [];
  return {
    lines: [
      ...(titleText ? [{ kind: 'title' as const, text: titleText }] : []),
      ...standfirst,
      ...dates,
      ...body.filter((line) => line.text !== titleText),
    ],
    meta,
  };
}
