import { en } from '../messages';
// @vitest-environment node
/* eslint-disable testing-library/no-render-in-lifecycle, testing-library/render-result-naming-convention --
   renderCard draws a PNG; it is not Testing Library's render. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardAlt } from '../../src/features/articles/model/shareCard';
import type { CardContent } from '../../src/features/articles/model/shareCard';
import { textRuns } from '../../scripts/build/cards/cardSvgText';
import { cleanText, pinBracketPairs, textDirection } from '../../scripts/build/cards/cardText';
import { drawCards } from '../../scripts/build/cards/drawCards';
import { cardSvg, rasterize, renderCard } from '../../scripts/build/cards/renderCard';

const SOURCE = 'Republic World';
const HEADLINE = 'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough';

/** The size a PNG declares in its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** How many pixels differ between two cards: the ink one text puts on the card. */
async function inkBetween(a: CardContent, b: CardContent): Promise<number> {
  const [one, other] = await Promise.all([cardSvg(a), cardSvg(b)]);
  const pixels = [rasterize(one).pixels, rasterize(other).pixels];
  let differing = 0;
  for (let i = 0; i < (pixels[0]?.length ?? 0); i += 4) {
    if (pixels[0]?.readUInt32BE(i) !== pixels[1]?.readUInt32BE(i)) differing++;
  }
  return differing;
}

type Run = { x: number; y: number; width: number; size: number; text: string };

/** Every `<text>` of a card's SVG with where satori put it. */
function runs(svg: string): Run[] {
  const attributes = [...svg.matchAll(/<text\b([^>]*)>/g)].map((match) => match[1] ?? '');
  const number = (element: string, name: string) =>
    Number(new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1]);
  return textRuns(svg).map((run, i) => ({
    ...run,
    text: run.text.replace(/\p{Cf}/gu, ''),
    width: number(attributes[i] ?? '', 'width'),
    size: number(attributes[i] ?? '', 'font-size'),
  }));
}

/** Lines of text inside the card's margins, none drawn over another, and no ink outside. */
function expectLaidOutInside(svg: string): void {
  const { pixels } = rasterize(svg);
  const background = pixels.readUInt32BE((630 * 1200 - 1) * 4);
  const inked: string[] = [];
  for (let y = 12; y < 630; y++) {
    for (const x of [0, 40, 68, 1132, 1160, 1199]) {
      if (pixels.readUInt32BE((y * 1200 + x) * 4) !== background) inked.push(`${x},${y}`);
    }
  }
  expect(inked, 'ink in the margins').toEqual([]);
  const all = runs(svg);
  expect(all.length).toBeGreaterThan(0);
  for (const run of all) {
    expect(run.x, run.text).toBeGreaterThanOrEqual(72 - 0.5);
    expect(run.x + run.width, run.text).toBeLessThanOrEqual(1200 - 72 + 0.5);
    expect(run.y - run.size, run.text).toBeGreaterThan(10);
    expect(run.y + run.size * 0.3, run.text).toBeLessThanOrEqual(630 - 44);
  }
  // Text that shares columns is a line apart at least: no block is drawn over another.
  for (const a of all) {
    for (const b of all) {
      const sideBySide = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5;
      if (a === b || a.y === b.y || sideBySide) continue;
      expect(Math.abs(a.y - b.y), `${a.text} / ${b.text}`).toBeGreaterThanOrEqual(
        Math.min(a.size, b.size) * 0.95,
      );
    }
  }
}

// tests/setup.ts gives every file DOM hooks (scrollIntoView, localStorage) that throw where
// there is no DOM. Until it checks for one, these stand in for the globals it touches. They go
// in after a first card is drawn: satori decides when it loads whether it runs in a browser.
const standIns = ['window', 'Element', 'HTMLDialogElement'] as const;
beforeAll(async () => {
  await renderCard({
    ...ENGLISH,
    kind: 'article',
    source: SOURCE,
    headline: HEADLINE,
    standfirst: '',
  });
  const global = globalThis as Record<string, unknown>;
  global.window ??= { localStorage: { clear: () => undefined } };
  global.Element ??= class {};
  global.HTMLDialogElement ??= class {};
}, 60_000);
afterAll(() => {
  for (const name of standIns) delete (globalThis as Record<string, unknown>)[name];
});

/** What every English card's content says of its language. */
const ENGLISH = { language: 'en', direction: 'ltr' } as const;

describe('share cards', () => {
  it('wraps a long headline and clamps it at a whole word, inside the card', async () => {
    // Satori's own clamp cuts this one in the middle of a word (“Hold Firs…”).
    const sentence = `${HEADLINE} at all in Istanbul today or tomorrow`;
    const headline = `${sentence} ${sentence}`;
    const content: CardContent = {
      ...ENGLISH,
      kind: 'article',
      source: 'A very long name for a source '.repeat(6),
      headline,
      standfirst: 'The one-hour session ended without major progress, '.repeat(10),
      dateline: 'Istanbul · 16 May 2025',
    };
    const svg = await cardSvg(content);
    expectLaidOutInside(svg);

    const size = Math.max(...runs(svg).map((run) => run.size));
    const lines = runs(svg).filter((run) => run.size === size);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(4);
    const shown = lines.map((line) => line.text).join(' ');
    expect(shown).toMatch(/…$/);
    // What is shown is the headline up to a whole word, then the ellipsis.
    const kept = shown.slice(0, -1);
    expect(headline.startsWith(kept)).toBe(true);
    expect(headline[kept.length]).toBe(' ');

    const png = await renderCard(content);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(await inkBetween(content, { ...content, headline: '' })).toBeGreaterThan(20_000);
  });

  it('says a quote from an anonymous speaker is from an anonymous source', async () => {
    const quote: CardContent = {
      ...ENGLISH,
      kind: 'quote',
      source: SOURCE,
      headline: HEADLINE,
      quote: 'What do they have to hide from the Americans?',
      speaker: 'Diplomatic source (Ukraine)',
      role: 'Ukraine',
      onRecord: false,
      record: en('quotes.anonymous'),
    };
    const svg = await cardSvg(quote);
    const text = runs(svg).map((run) => run.text);
    expect(text).toContain('ANONYMOUS SOURCE');
    expect(text).not.toContain('ON THE RECORD');
    expect(text.join(' ')).toContain('What do they have to hide from the Americans?');
    expect(text.join(' ')).toContain('Diplomatic source (Ukraine)');
    expectLaidOutInside(svg);
    expect(pngSize(await renderCard(quote))).toEqual({ width: 1200, height: 630 });
    expect(await inkBetween(quote, { ...quote, quote: 'Yes.' })).toBeGreaterThan(10_000);

    const onRecord = runs(
      await cardSvg({ ...quote, onRecord: true, record: en('quotes.onRecord') }),
    ).map((run) => run.text);
    expect(onRecord).toContain('ON THE RECORD');
    expect(cardAlt(quote, en)).toBe(
      `“What do they have to hide from the Americans?” Diplomatic source (Ukraine), Ukraine ` +
        `(anonymous source). ${SOURCE}: ${HEADLINE}.`,
    );
  });

  it('draws story text only as text, and leaves off what its fonts cannot draw', async () => {
    const svg = await cardSvg({
      ...ENGLISH,
      kind: 'quote',
      source: SOURCE,
      headline: HEADLINE,
      record: en('quotes.onRecord'),
      quote: '<img src="https://example.com/a.png"> & </text><image href="x"/> \u0000ok',
      speaker: '张伟',
      onRecord: true,
    });
    expect(svg).not.toMatch(/<img|<image/);
    expect(svg).toContain('&lt;img');
    expect(svg).not.toContain('张伟');
    expect(svg).not.toContain('\u0000');
  });

  it('joins Arabic letters and lays Arabic out right to left', async () => {
    const headline = 'محادثات السلام في إسطنبول (٢٠٢٥)';
    const content: CardContent = {
      language: 'ar',
      direction: 'rtl',
      kind: 'article',
      source: 'الجزيرة',
      headline,
      standfirst: 'انتهت الجلسة دون تقدم كبير.',
    };
    const svg = await cardSvg(content);
    expectLaidOutInside(svg);
    const line = runs(svg).filter((run) => run.size === Math.max(...runs(svg).map((r) => r.size)));
    const word = (text: string) => line.find((run) => run.text.trim() === text);
    // Reading order: each word to the left of the one before it, the first at the right margin.
    const order = ['محادثات', 'السلام', 'في', 'إسطنبول'].map((text) => word(text));
    expect(order.every(Boolean)).toBe(true);
    const xs = order.map((run) => run?.x ?? NaN);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    expect((order[0]?.x ?? 0) + (order[0]?.width ?? 0)).toBeCloseTo(1200 - 72, 0);
    // The brackets face the way they are read: “(” on the left of ٢٠٢٥, “)” on its right.
    const brackets = line.filter((run) => /^[()]$/.test(run.text.trim()));
    expect(brackets.sort((a, b) => a.x - b.x).map((run) => run.text.trim())).toEqual(['(', ')']);

    expect(pngSize(await renderCard(content))).toEqual({ width: 1200, height: 630 });
    expect(await inkBetween(content, { ...content, headline: '' })).toBeGreaterThan(10_000);
    // Drawn with Arabic glyphs, not one empty box for every letter: other letters look different.
    const other = headline.replace(/[\u0621-\u064A]/g, 'ه');
    expect(await inkBetween(content, { ...content, headline: other })).toBeGreaterThan(5_000);
    // Joined: the same letters kept apart (a zero-width non-joiner between each) look different.
    const apart = [...headline].join('\u200C');
    expect(await inkBetween(content, { ...content, headline: apart })).toBeGreaterThan(5_000);
  });

  describe('drawing cards into a folder', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'share-cards-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const section = (title: string): CardContent => ({
      ...ENGLISH,
      kind: 'section',
      source: SOURCE,
      headline: HEADLINE,
      sectionTitle: title,
      opening: 'Turkish Foreign Minister Hakan Fidan attended the talks.',
    });

    it('draws a card only when its content changed since it was last drawn', async () => {
      const cacheDir = join(dir, 'cache');
      const cards = [
        { file: 'a/card.png', content: section('No Putin, no Zelensky') },
        { file: 'b/card.png', content: section('Turkish officials present') },
        { file: 'c/card.png', content: section('No Putin, no Zelensky') },
      ];
      const first = await drawCards(cards, { outDir: join(dir, 'one'), cacheDir });
      expect(first).toMatchObject({ drawn: 2, reused: 1 });
      for (const { file } of cards) {
        expect(pngSize(readFileSync(join(dir, 'one', file)))).toEqual({ width: 1200, height: 630 });
      }

      const second = await drawCards(cards, { outDir: join(dir, 'two'), cacheDir });
      expect(second).toMatchObject({ drawn: 0, reused: 3 });
      expect(readFileSync(join(dir, 'two', 'b/card.png'))).toEqual(
        readFileSync(join(dir, 'one', 'b/card.png')),
      );

      const changed = [{ file: 'a/card.png', content: section('No Putin, no Zelensky, no deal') }];
      expect(await drawCards(changed, { outDir: join(dir, 'two'), cacheDir })).toMatchObject({
        drawn: 1,
        reused: 0,
      });
      await expect(
        drawCards([{ file: '../outside.png', content: section('x') }], { outDir: dir, cacheDir }),
      ).rejects.toThrow(/inside/);
      expect(existsSync(join(dir, '..', 'outside.png'))).toBe(false);
    });

    it('draws on worker threads', async () => {
      const cards = ['One', 'Two', 'Three'].map((title) => ({
        file: `${title}.png`,
        content: section(title),
      }));
      const result = await drawCards(cards, {
        outDir: join(dir, 'workers'),
        cacheDir: join(dir, 'workers-cache'),
        workers: 2,
      });
      expect(result).toMatchObject({ drawn: 3, reused: 0 });
      const direct = await renderCard(section('Two'));
      expect(readFileSync(join(dir, 'workers', 'Two.png'))).toEqual(direct);
    }, 60_000);
  });
});

describe('card text', () => {
  it('is one line of well-formed text without controls', () => {
    expect(cleanText(' Talks\n\tin\u0000 Istanbul\u202E \uD800 ')).toBe('Talks in Istanbul');
    expect(cleanText('e\u0301')).toBe('é');
  });

  it('takes its direction from its first letter', () => {
    expect(textDirection('2025: محادثات in Istanbul')).toBe('rtl');
    expect(textDirection('“Talks” محادثات')).toBe('ltr');
  });

  it('pins each bracket pair to the direction a browser gives it', () => {
    const [lrm, rlm] = ['\u200E', '\u200F'];
    // Numbers in brackets after Arabic go with the Arabic, in either paragraph direction.
    expect(pinBracketPairs('Talks on محادثات (٢٠٢٥) in Istanbul', 'ltr')).toBe(
      `Talks on محادثات ${rlm}(٢٠٢٥)${rlm} in Istanbul`,
    );
    // English in brackets in an English sentence stays left to right.
    expect(pinBracketPairs('محمد بن سلمان (MBS) said', 'ltr')).toBe(
      `محمد بن سلمان ${lrm}(MBS)${lrm} said`,
    );
    // No right-to-left text: nothing to pin.
    expect(pinBracketPairs('Talks (2025)', 'ltr')).toBe('Talks (2025)');
  });
});
