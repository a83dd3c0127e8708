import { describeParticipants } from './describeParticipants';
import { draftArticle, type Draft } from './draftArticle';
import { dropFurniture, furnitureName } from './dropFurniture';
import { findNames } from './findNames';
import { findQuotes } from './findQuotes';
import type { Report } from './formatReport';
import { toId } from './ids';
import type { Notes, Page } from './page';
import { readDates } from './readDates';
import { readFigure } from './readFigure';
import { readHeadline } from './readHeadline';
import { readHtml } from './readHtml';
import { readLocation } from './readLocation';
import { readSections } from './readSections';
import { readSource } from './readSource';
import { readText } from './readText';

/** A headline's first words make the slug when none is given. */
const SLUG_WORDS = 8;

export type ImportInput = {
  /** The page's file name: `.html` or `.htm` is read as HTML, anything else as plain text. */
  fileName: string;
  content: string;
  slug?: string;
};

const isHtml = (fileName: string) => /\.html?$/i.test(fileName);

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * From a saved page to a draft article and a report: the page is read (HTML through
 * Readability, or plain text by lines), then each pass takes what it knows out of the lines, in
 * turn: furniture, dates, source, figure, headline and standfirst, sections; then location,
 * participants and quotes from the text. Pure: the caller reads and writes the files.
 */
export function importPage(input: ImportInput): { draft: Draft; report: Report } {
  const page: Page = isHtml(input.fileName) ? readHtml(input.content) : readText(input.content);
  const notes: Notes[] = [];

  const furniture = dropFurniture(page.lines);
  const dated = readDates(furniture.lines, page.meta);
  notes.push(dated.notes);
  const sourced = readSource(dated.lines, page.meta);
  const figure = readFigure(sourced.lines);
  const head = readHeadline(figure.lines, page.meta);
  notes.push(head.notes);
  const { sections, notes: sectionNotes } = readSections(head.lines);
  notes.push(sectionNotes);
  const location = readLocation(sections, figure.leadImage?.caption);
  const paragraphs = sections.flatMap((section) => section.paragraphs);
  const described = describeParticipants(findNames(paragraphs), paragraphs);
  notes.push(described.notes);
  const quoted = findQuotes(sections, described.participants);
  notes.push(quoted.notes);

  const slug = input.slug ?? toId(head.headline ?? '', SLUG_WORDS);
  const draft = draftArticle({
    slug,
    ...(head.headline !== undefined ? { headline: head.headline } : {}),
    ...(head.standfirst !== undefined ? { standfirst: head.standfirst } : {}),
    ...(sourced.source !== undefined ? { source: sourced.source.value } : {}),
    dates: dated.dates,
    ...(location.location !== undefined ? { location: location.location } : {}),
    ...(figure.leadImage !== undefined ? { leadImage: figure.leadImage } : {}),
    sections,
    participants: described.participants,
    quotes: quoted.quotes,
  });

  const { dates } = dated;
  const image = figure.leadImage;
  const found = [
    head.headline !== undefined ? `headline "${head.headline}"` : undefined,
    sourced.source && `source "${sourced.source.value}" (from ${sourced.source.from})`,
    dates.publishedAt && `published ${dates.publishedAt}`,
    dates.updatedAt && `updated ${dates.updatedAt}`,
    dates.timeZoneLabel && `time zone ${dates.timeZoneLabel}`,
    location.location !== undefined && location.guess === undefined
      ? `location "${location.location}" (from the dateline)`
      : undefined,
    image &&
      `lead image ${[image.caption && `caption "${image.caption}"`, image.credit && `credit "${image.credit}"`].filter(Boolean).join(' and ')}`,
    `${plural(sections.length, 'section')} with ${plural(paragraphs.length, 'paragraph')}`,
    plural(described.participants.length, 'participant'),
    plural(quoted.quotes.length, 'quote'),
  ].filter((entry): entry is string => typeof entry === 'string');

  const checks = notes.flatMap((note) => note.checks);
  if (input.slug === undefined) {
    checks.unshift(`slug "${slug}" is the headline's first words: pass --slug to choose one`);
  }
  if (location.location === undefined) checks.push('location: no dateline or place found');
  if (image?.caption === undefined && image?.credit !== undefined) {
    checks.push(`The lead image's credit "${image.credit}" has no caption: left out`);
  }
  if (image?.caption !== undefined) {
    checks.push('leadImage has no src: the picture is not copied; add one once it is on the site');
  }
  const dropped = [
    ...furniture.dropped.map((line) => ({
      text: line.text,
      as: furnitureName(line) ?? 'furniture',
    })),
    ...figure.dropped.map((line) => ({ text: line.text, as: 'image line' })),
  ];
  const guesses = [
    ...(location.guess ? [location.guess] : []),
    ...notes.flatMap((note) => note.guesses),
  ];
  return { draft, report: { found, dropped, guesses, checks } };
}
