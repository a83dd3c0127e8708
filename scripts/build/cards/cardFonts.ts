import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts a card is drawn with, all from npm packages (never fetched, never the system's).
 * Whole TTF files rather than fontsource's per-script WOFF subsets: resvg reads only TTF/OTF, and
 * one file per family and weight means satori (which lays the text out) and resvg (which shapes
 * and draws it) pick the same font for every character.
 */
export const FAMILIES = {
  /** Text: the reader's serif (Latin, Greek, Cyrillic). */
  serif: 'Noto Serif',
  /** Labels: the reader's sans (Latin, Greek, Cyrillic). */
  sans: 'Noto Sans',
  /** Arabic script, for both; Noto Serif and Noto Sans have none. */
  arabic: 'Noto Naskh Arabic',
} as const;

export type FontWeight = 400 | 700;

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const PACKAGES = [
  { pkg: '@expo-google-fonts/noto-serif', family: FAMILIES.serif, stem: 'NotoSerif' },
  { pkg: '@expo-google-fonts/noto-sans', family: FAMILIES.sans, stem: 'NotoSans' },
  { pkg: '@expo-google-fonts/noto-naskh-arabic', family: FAMILIES.arabic, stem: 'NotoNaskhArabic' },
];
const FILES: { family: string; weight: FontWeight; file: string }[] = PACKAGES.flatMap(
  ({ pkg, family, stem }) => [
    { family, weight: 400, file: join(packageDir(pkg), '400Regular', `${stem}_400Regular.ttf`) },
    { family, weight: 700, file: join(packageDir(pkg), '700Bold', `${stem}_700Bold.ttf`) },
  ],
);

export type CardFont = { family: string; weight: FontWeight; file: string; data: Buffer };

let loaded: CardFont[] | undefined;

/** Every font file, read once per process. */
export function cardFonts(): CardFont[] {
  loaded ??= FILES.map((font) => ({ ...font, data: readFileSync(font.file) }));
  return loaded;
}

/** Which code points a TrueType/OpenType font maps to a glyph, from its `cmap` table. */
function glyphCoverage(font: Buffer): (codePoint: number) => boolean {
  const tableCount = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    const entry = 12 + i * 16;
    if (font.toString('latin1', entry, entry + 4) === 'cmap') cmap = font.readUInt32BE(entry + 8);
  }
  if (cmap < 0) throw new Error('Font without a cmap table');
  const subtables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const key = `${font.readUInt16BE(record)}/${font.readUInt16BE(record + 2)}`;
    subtables.set(key, cmap + font.readUInt32BE(record + 4));
  }
  // Windows full Unicode (format 12), else Windows BMP (format 4).
  const full = subtables.get('3/10');
  if (full !== undefined && font.readUInt16BE(full) === 12) {
    const groups: [number, number, number][] = [];
    for (let i = 0; i < font.readUInt32BE(full + 12); i++) {
      const group = full + 16 + i * 12;
      groups.push([
        font.readUInt32BE(group),
        font.readUInt32BE(group + 4),
        font.readUInt32BE(group + 8),
      ]);
    }
    return (c) =>
      groups.some(([start, end, glyph]) => c >= start && c <= end && glyph + c - start > 0);
  }
  const bmp = subtables.get('3/1');
  if (bmp === undefined || font.readUInt16BE(bmp) !== 4)
    throw new Error('Font without a Unicode cmap');
  const segments = font.readUInt16BE(bmp + 6) / 2;
  const ends = bmp + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (c) => {
    if (c > 0xffff) return false;
    for (let i = 0; i < segments; i++) {
      if (c > font.readUInt16BE(ends + i * 2)) continue;
      const start = font.readUInt16BE(starts + i * 2);
      if (c < start) return false;
      const delta = font.readUInt16BE(deltas + i * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + i * 2);
      if (rangeOffset === 0) return ((c + delta) & 0xffff) !== 0;
      const glyph = font.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + (c - start) * 2);
      return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
    }
    return false;
  };
}

let covered: ((codePoint: number) => boolean) | undefined;

/**
 * Whether the card fonts can draw every character of `text`. Text they cannot draw is left off
 * the card rather than drawn as empty boxes (a name in Chinese or Hebrew, an emoji).
 */
export function fontsCover(text: string): boolean {
  if (!covered) {
    // Every weight of a family covers the same characters.
    const fonts = cardFonts()
      .filter((font) => font.weight === 400)
      .map((font) => glyphCoverage(font.data));
    const cache = new Map<number, boolean>();
    covered = (c) => {
      let known = cache.get(c);
      if (known === undefined) cache.set(c, (known = fonts.some((has) => has(c))));
      return known;
    };
  }
  const has = covered;
  // Spaces and invisible format characters (joiners, direction marks) need no glyph.
  return [...text].every((char) => /[\s\p{Cf}]/u.test(char) || has(char.codePointAt(0) ?? 0));
}
