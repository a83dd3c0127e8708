import { Resvg } from '@resvg/resvg-js';
import type { ReactElement } from 'react';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import type { CardContent } from '../../../src/features/articles/model/shareCard';
import { CARD_SIZE } from '../../../src/features/articles/model/shareCard';
import { FAMILIES, cardFonts } from './cardFonts';
import { fontsUsed, joinLines, matchFonts, mirrorBrackets, textRuns } from './cardSvgText';
import {
  blockDirection,
  shareCard,
  textElement,
  type FittedText,
  type TextBlock,
} from './ShareCard';

let satoriFonts: Font[] | undefined;
// Satori caches what it parsed from the fonts by this array, so it is made once.
const fontsForSatori = () =>
  (satoriFonts ??= cardFonts().map(({ family, weight, data }) => ({
    name: family,
    data,
    weight,
    style: 'normal' as const,
  })));

/**
 * Satori lays the text out (wrapping, clamping, placing right-to-left words) with HarfBuzz, and
 * with `embedFont: false` leaves each word as an SVG `<text>` for resvg to shape and draw. Not
 * satori's own outlines: they join Arabic letters but put their dots and marks in the wrong place.
 */
async function layOut(element: ReactElement, width: number, height: number): Promise<string> {
  const problems: string[] = [];
  const svg = await satori(element, {
    width,
    height,
    fonts: fontsForSatori(),
    embedFont: false,
    onStyleError: (error) => problems.push(error.message),
  });
  if (problems.length > 0) {
    throw new Error(`Share card styles that satori ignores: ${problems.join('; ')}`);
  }
  return svg;
}

const words = new Intl.Segmenter('und', { granularity: 'word' });
// What a shortened text may not end with before its ellipsis.
const DANGLING = /[\s,;:/\-–—([{«‹“‘]+$/u;

/**
 * Lays a block out alone, exactly as the card will, and reads back which words it drew. Satori's
 * clamp cuts a word anywhere (“in Istanbul toda…”); a newsroom cuts after the last whole word
 * that fits (“in Istanbul…”), so when satori had to clamp, the text is cut and ended here.
 */
async function measure(block: TextBlock): Promise<FittedText> {
  const { text } = block;
  const direction = blockDirection(block);
  const lineHeight = block.style.size * block.style.lineHeight;
  const svg = await layOut(
    textElement(block, text, direction),
    block.width,
    Math.ceil(lineHeight * (block.maxLines + 1)),
  );
  const runs = textRuns(svg);
  const lines = new Set(runs.map((run) => run.y)).size;
  // Follow the words drawn along the text, to where the drawing stopped.
  let at = 0;
  for (const [i, run] of runs.entries()) {
    let drawn = run.text.trim();
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    if (i === runs.length - 1 && drawn.endsWith('…') && !text.startsWith(drawn, at)) {
      drawn = drawn.slice(0, -1);
    }
    if (!drawn) continue;
    if (!text.startsWith(drawn, at)) {
      // Not the text as given (never seen): keep satori's own clamp.
      return { text, lines, direction, clamped: runs.at(-1)?.text.endsWith('…') ?? false };
    }
    at += drawn.length;
  }
  if (at >= text.length) return { text, lines, direction, clamped: false };
  let cut = 0;
  for (const { index } of words.segment(text)) {
    if (index > at) break;
    cut = index;
  }
  const kept = text.slice(0, cut).replace(DANGLING, '');
  // A single word too long for the lines is left to satori to cut.
  return { text: kept ? `${kept}…` : text, lines, direction, clamped: true };
}

const measured = new Map<string, Promise<FittedText>>();

/** `measure`, once per block: a story's source, headline and labels recur on all its cards. */
function fitText(block: TextBlock): Promise<FittedText> {
  const key = JSON.stringify(block);
  let fitted = measured.get(key);
  if (!fitted) {
    if (measured.size >= 5000) measured.clear();
    fitted = measure(block);
    measured.set(key, fitted);
  }
  return fitted;
}

/** The card as SVG, before it is drawn: its text is still text, for tests to read. */
export async function cardSvg(content: CardContent): Promise<string> {
  const svg = await layOut(await shareCard(content, fitText), CARD_SIZE.width, CARD_SIZE.height);
  const families = cardFonts().map((font) => font.family);
  return joinLines(mirrorBrackets(matchFonts(svg, families, FAMILIES.arabic)));
}

/** Draws an SVG from `cardSvg` with the card fonts, and no others. */
export function rasterize(svg: string) {
  // resvg reads its font files afresh for every image, so only those the card uses.
  const used = fontsUsed(svg);
  const fonts = cardFonts().filter((font) => used.has(`${font.family}|${font.weight}`));
  return new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      fontFiles: fonts.map((font) => font.file),
      loadSystemFonts: false,
      defaultFontFamily: FAMILIES.serif,
    },
  }).render();
}

/**
 * A share card: a 1200×630 PNG. Written with a palette: a card's flat colours and the shades of
 * its type's edges fit in one, and the file is about a third of resvg's own (RGBA) PNG.
 */
export async function renderCard(content: CardContent): Promise<Buffer> {
  const image = rasterize(await cardSvg(content));
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, quality: 100, compressionLevel: 9, effort: 1 })
    .toBuffer();
}
