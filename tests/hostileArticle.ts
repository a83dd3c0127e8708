// The attribute lets Playwright's loader take the JSON module too.
import bundledArticle from '../public/articles/russia-ukraine-istanbul-ceasefire-talks.json' with { type: 'json' };

/**
 * A valid story whose every text field carries markup, event handlers and script URLs: shared by
 * the component and browser tests, which check that all of it shows as text and none of it runs.
 */

/** A host no request may ever go to: only markup run as markup would fetch from it. */
export const FOREIGN_HOST = 'evil.example';

/** The page global a payload would write to if any of it ran; the tests set it to []. */
export const RAN = '__ran';

/** What a field holds: its own name, then markup that would run or fetch if it were parsed. */
export function payload(field: string): string {
  const run = `window.${RAN}.push('${field}')`;
  return [
    field,
    `<script>${run}</script>`,
    `<img src="https://${FOREIGN_HOST}/${field}.png" onerror="${run}">`,
    `<a href="javascript:${run}">link</a>`,
    `<svg/onload=${run}>`,
    `" onmouseover="${run}`,
    ` JaVaScRiPt:${run}`,
    `vbscript:msgbox(1) data:text/html,<b>bold</b>`,
  ].join(' ');
}

/** The story as `slug`, with a payload in every field the reader is shown. */
export function hostileArticle(slug: string) {
  const story = structuredClone(bundledArticle);
  const fields: string[] = [];
  const mark = (field: string, text: string) => {
    fields.push(field);
    return `${text} ${payload(field)}`;
  };
  story.slug = slug;
  story.headline = mark('headline', story.headline);
  story.standfirst = mark('standfirst', story.standfirst);
  story.source = mark('source', story.source);
  story.timeZoneLabel = mark('timeZoneLabel', story.timeZoneLabel);
  story.location = mark('location', story.location);
  // Its lead image has no picture, so its caption and credit are not shown at all.
  story.sections.forEach((section, index) => {
    if (section.title) section.title = mark(`sections[${index}].title`, section.title);
    section.paragraphs = section.paragraphs.map((text, paragraph) =>
      mark(`sections[${index}].paragraphs[${paragraph}]`, text),
    );
  });
  story.participants.forEach((person, index) => {
    const at = `participants[${index}]`;
    if (person.name) person.name = mark(`${at}.name`, person.name);
    person.role = mark(`${at}.role`, person.role);
    person.affiliation = mark(`${at}.affiliation`, person.affiliation);
    if (person.side) person.side = mark(`${at}.side`, person.side);
    person.note = mark(`${at}.note`, person.note);
  });
  // A mention phrase and a quote that are markup themselves, and appear in the text as such.
  const opening = story.sections[0];
  const firstPerson = story.participants[0];
  const firstQuote = story.quotes[0];
  if (!opening || !firstPerson || !firstQuote) throw new Error('The story lost its first parts');
  const phrase = payload('participants[0].mentions');
  const quote = payload('quotes[0].text');
  opening.paragraphs[0] = `${opening.paragraphs[0] ?? ''} ${phrase}`;
  opening.paragraphs[1] = `${opening.paragraphs[1] ?? ''} ${quote}`;
  firstPerson.mentions.push(phrase);
  Object.assign(firstQuote, { text: quote, paragraph: 1, sectionId: opening.id });
  return { story, fields: [...fields, 'participants[0].mentions', 'quotes[0].text'] };
}
