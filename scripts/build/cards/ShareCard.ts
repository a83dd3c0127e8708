import { createElement as h, type CSSProperties, type ReactElement } from 'react';
import type { CardContent } from '../../../src/features/articles/model/shareCard';
import { CARD_SIZE } from '../../../src/features/articles/model/shareCard';
import { FAMILIES, fontsCover, type FontWeight } from './cardFonts';
import { cleanText, hasRtl, pinBracketPairs, textDirection, type Direction } from './cardText';

/** The reader's light scheme (src/styles/tokens.css). */
const COLOR = {
  bg: '#fbfaf7',
  text: '#1b1a17',
  muted: '#55524b',
  border: '#d9d4c7',
  accent: '#a3122a',
  quoteBg: '#fbeff1',
} as const;

export type TextStyle = {
  font: 'serif' | 'sans';
  size: number;
  weight: FontWeight;
  /** A multiple of the size. */
  lineHeight: number;
  color: string;
  caps?: boolean;
};

/** A text style in one line: the card's styles differ only in these. */
const textStyle = (
  font: TextStyle['font'],
  size: number,
  weight: FontWeight,
  lineHeight: number,
  color: string,
  caps = false,
): TextStyle => ({ font, size, weight, lineHeight, color, ...(caps ? { caps } : {}) });

/** A run of text on the card: at most `maxLines` lines of `width` pixels. */
export type TextBlock = { text: string; style: TextStyle; width: number; maxLines: number };

/** A block as it will be drawn: its text shortened to whole words if it had to be clamped. */
export type FittedText = { text: string; lines: number; direction: Direction; clamped: boolean };

/** Lays a block out (with satori, as it will be drawn) and says how it fits. */
export type FitText = (block: TextBlock) => Promise<FittedText>;

/** The direction a block is laid out in: its own, from its first letter, like `dir="auto"`. */
export const blockDirection = (block: TextBlock): Direction => textDirection(block.text);

const lineHeightPx = (style: TextStyle) => style.size * style.lineHeight;

/**
 * The element for a block of text. The text is a child string, so satori only ever draws it as
 * text. Used both to measure the block and to draw it, so the two agree.
 */
export function textElement(
  block: TextBlock,
  text: string,
  direction: Direction,
  extra: CSSProperties = {},
): ReactElement {
  const { style } = block;
  // Spacing letters apart would pull joined (Arabic) letters apart.
  const spaced = style.caps && !hasRtl(text);
  const latin = style.font === 'serif' ? FAMILIES.serif : FAMILIES.sans;
  return h(
    'div',
    {
      style: {
        display: 'block',
        width: block.width,
        // Right-to-left text takes its spaces and punctuation from the Arabic font too.
        fontFamily:
          direction === 'rtl' ? `${FAMILIES.arabic}, ${latin}` : `${latin}, ${FAMILIES.arabic}`,
        fontSize: style.size,
        fontWeight: style.weight,
        lineHeight: style.lineHeight,
        letterSpacing: spaced ? style.size * 0.08 : 0,
        color: style.color,
        direction,
        textAlign: 'start',
        lineClamp: block.maxLines,
        ...extra,
      },
    },
    text,
  );
}

/** Text from the story, cleaned, or '' when the card's fonts cannot draw all of it. */
function drawable(text: string | undefined): string {
  const clean = cleanText(text ?? '');
  return fontsCover(clean) ? pinBracketPairs(clean, textDirection(clean)) : '';
}

const PAD_X = 72;
const PAD_TOP = 44;
const PAD_BOTTOM = 44;
const BAR = 10;
const CONTENT = CARD_SIZE.width - 2 * PAD_X;

const LABEL = textStyle('sans', 22, 700, 1.3, COLOR.accent, true);
const CONTEXT = textStyle('serif', 23, 400, 1.3, COLOR.muted);
const FOOTER_GAP = 24;
const FOOTER_RULE = 2;
const FOOTER_PAD = 16;

/** Height between the header and the footer, for the card's main text. */
const BODY_HEIGHT =
  CARD_SIZE.height -
  BAR -
  PAD_TOP -
  PAD_BOTTOM -
  lineHeightPx(LABEL) -
  (FOOTER_GAP + FOOTER_RULE + FOOTER_PAD + lineHeightPx(CONTEXT));

/** How many lines of `style` fit in `height` pixels, within 1..`most`. */
const linesIn = (height: number, style: TextStyle, most: number) =>
  Math.max(1, Math.min(most, Math.floor(height / lineHeightPx(style))));

type Child = ReactElement | string | false;
const box = (style: CSSProperties, ...children: Child[]) =>
  h('div', { style: { display: 'flex', ...style } }, ...children);

type Drawn = { block: TextBlock; fitted: FittedText };
const draw = ({ block, fitted }: Drawn, extra?: CSSProperties) =>
  textElement({ ...block, maxLines: fitted.lines }, fitted.text, fitted.direction, extra);

async function fitBlock(fit: FitText, block: TextBlock): Promise<Drawn | undefined> {
  if (!block.text) return undefined;
  return { block, fitted: await fit(block) };
}

/**
 * The card's main text at the largest of `sizes` at which all of it fits in `height`, else at
 * the smallest, clamped. Sizes that clearly cannot fit are not tried, to save layouts.
 */
async function fitLargest(
  fit: FitText,
  text: string,
  style: Omit<TextStyle, 'size'>,
  sizes: number[],
  width: number,
  height: number,
  mostLines: number,
): Promise<Drawn | undefined> {
  if (!text) return undefined;
  const length = [...text].length;
  let drawn: Drawn | undefined;
  for (const [i, size] of sizes.entries()) {
    const sized = { ...style, size };
    const maxLines = linesIn(height, sized, mostLines);
    // At roughly half an em a character, with a third to spare: skip what surely cannot fit.
    const smallest = i === sizes.length - 1;
    if (!smallest && (length * size * 0.5) / width > maxLines * 1.35) continue;
    const block = { text, style: sized, width, maxLines };
    drawn = { block, fitted: await fit(block) };
    if (!drawn.fitted.clamped) break;
  }
  return drawn;
}

/** Header, body and footer on the card's background; everything laid out in `direction`. */
function frame(
  { background, direction }: { background: string; direction: Direction },
  header: Child,
  body: Child[],
  footer: Child,
): ReactElement {
  return box(
    {
      flexDirection: 'column',
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      boxSizing: 'border-box',
      background,
      direction,
      borderTop: `${BAR}px solid ${COLOR.accent}`,
      padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`,
    },
    box({ height: lineHeightPx(LABEL) }, header),
    box({ flexDirection: 'column', flexGrow: 1 }, ...body),
    footer !== false &&
      box(
        {
          marginTop: FOOTER_GAP,
          paddingTop: FOOTER_PAD,
          borderTop: `${FOOTER_RULE}px solid ${COLOR.border}`,
        },
        footer,
      ),
  );
}

async function header(fit: FitText, source: string): Promise<Child> {
  const label = await fitBlock(fit, {
    text: drawable(source).toUpperCase(),
    style: LABEL,
    width: CONTENT,
    maxLines: 1,
  });
  return !!label && draw(label, { width: 'auto', maxWidth: CONTENT });
}

async function footer(fit: FitText, text: string, style: TextStyle = CONTEXT): Promise<Child> {
  const line = await fitBlock(fit, { text, style, width: CONTENT, maxLines: 1 });
  return !!line && draw(line);
}

async function articleCard(
  fit: FitText,
  content: {
    direction: Direction;
    source: string;
    headline: string;
    standfirst: string;
    dateline?: string;
  },
): Promise<ReactElement> {
  const standfirstText = drawable(content.standfirst);
  // Without a headline that the fonts can draw, the standfirst takes its place.
  const headlineText = drawable(content.headline) || standfirstText;
  const GAP = 26;
  const headline = await fitLargest(
    fit,
    headlineText,
    { font: 'serif', weight: 700, lineHeight: 1.12, color: COLOR.text },
    [72, 64, 56, 50],
    CONTENT,
    BODY_HEIGHT - 40 - GAP - 2 * 42,
    4,
  );
  const standfirstStyle = textStyle('serif', 30, 400, 1.4, COLOR.muted);
  const headlineHeight = headline ? headline.fitted.lines * lineHeightPx(headline.block.style) : 0;
  const standfirst =
    headlineText === standfirstText
      ? undefined
      : await fitBlock(fit, {
          text: standfirstText,
          style: standfirstStyle,
          width: CONTENT,
          maxLines: linesIn(BODY_HEIGHT - 40 - headlineHeight - GAP, standfirstStyle, 4),
        });
  const dateline = drawable(content.dateline);
  return frame(
    { background: COLOR.bg, direction: content.direction },
    await header(fit, content.source),
    [
      !!headline && draw(headline, { marginTop: 40 }),
      !!standfirst && draw(standfirst, { marginTop: GAP }),
    ],
    !!dateline &&
      (await footer(fit, dateline, { ...CONTEXT, font: 'sans', size: 22, lineHeight: 1.36 })),
  );
}

async function sectionCard(
  fit: FitText,
  content: {
    direction: Direction;
    source: string;
    headline: string;
    sectionTitle: string;
    opening: string;
  },
): Promise<ReactElement> {
  const titleText = drawable(content.sectionTitle);
  if (!titleText) return articleCard(fit, { ...content, standfirst: content.opening });
  const RULE = 6;
  const INDENT = 28;
  const GAP = 28;
  const openingStyle = textStyle('serif', 28, 400, 1.45, COLOR.muted);
  const title = await fitLargest(
    fit,
    titleText,
    { font: 'serif', weight: 700, lineHeight: 1.12, color: COLOR.text },
    [72, 64, 56, 48],
    CONTENT - RULE - INDENT,
    BODY_HEIGHT - 40 - GAP - 2 * lineHeightPx(openingStyle),
    3,
  );
  const titleHeight = title ? title.fitted.lines * lineHeightPx(title.block.style) : 0;
  const opening = await fitBlock(fit, {
    text: drawable(content.opening),
    style: openingStyle,
    width: CONTENT,
    maxLines: linesIn(BODY_HEIGHT - 40 - titleHeight - GAP, openingStyle, 4),
  });
  const { direction } = content;
  return frame(
    { background: COLOR.bg, direction },
    await header(fit, content.source),
    [
      !!title &&
        box(
          {
            marginTop: 40,
            [direction === 'rtl' ? 'borderRight' : 'borderLeft']: `${RULE}px solid ${COLOR.accent}`,
            [direction === 'rtl' ? 'paddingRight' : 'paddingLeft']: INDENT,
          },
          draw(title),
        ),
      !!opening && draw(opening, { marginTop: GAP }),
    ],
    await footer(fit, drawable(content.headline)),
  );
}

async function quoteCard(
  fit: FitText,
  content: Extract<CardContent, { kind: 'quote' }>,
): Promise<ReactElement> {
  const quoteText = drawable(content.quote);
  if (!quoteText) return articleCard(fit, { ...content, standfirst: '' });
  const MARK = 88;
  const { record } = content;
  const recordStyle = textStyle(
    'sans',
    18,
    700,
    1.3,
    content.onRecord ? COLOR.muted : COLOR.accent,
    true,
  );
  const PILL = 300;
  const speakerStyle = textStyle('sans', 30, 700, 1.25, COLOR.text);
  const roleStyle = textStyle('sans', 24, 400, 1.35, COLOR.muted);
  const [pill, speaker, role] = await Promise.all([
    fitBlock(fit, {
      text: record.toLocaleUpperCase(content.language),
      style: recordStyle,
      width: PILL,
      maxLines: 1,
    }),
    fitBlock(fit, {
      text: drawable(content.speaker),
      style: speakerStyle,
      width: CONTENT - PILL - 24,
      maxLines: 1,
    }),
    fitBlock(fit, { text: drawable(content.role), style: roleStyle, width: CONTENT, maxLines: 1 }),
  ]);
  // The attribution: a short rule, the speaker with the record, the role.
  const ATTRIBUTION = 4 + 14 + 40 + lineHeightPx(roleStyle);
  const quote = await fitLargest(
    fit,
    quoteText,
    { font: 'serif', weight: 400, lineHeight: 1.3, color: COLOR.text },
    [68, 60, 52, 46, 40, 34],
    CONTENT - MARK,
    BODY_HEIGHT - 34 - 28 - ATTRIBUTION,
    6,
  );
  const { direction } = content;
  const markSize = 132;
  const mark = box(
    {
      width: MARK,
      height: quote ? lineHeightPx(quote.block.style) : 0,
      fontFamily: FAMILIES.serif,
      fontWeight: 700,
      fontSize: markSize,
      lineHeight: 1,
      color: COLOR.accent,
      marginTop: -8,
    },
    // The opening mark, as each script's readers see it at the start of a quote.
    direction === 'rtl' ? '”' : '“',
  );
  return frame(
    { background: COLOR.quoteBg, direction },
    await header(fit, content.source),
    [
      // A short quote stands in the middle of the space; the attribution stays at the foot.
      box({ flexGrow: 1, minHeight: 34 }),
      !!quote && box({}, mark, draw(quote)),
      box({ flexGrow: 1, minHeight: 28 }),
      box({ width: 56, height: 4, background: COLOR.accent }),
      box(
        { marginTop: 14, alignItems: 'center', height: 40, gap: 20 },
        !!speaker && draw(speaker, { width: 'auto', maxWidth: speaker.block.width }),
        !!pill &&
          draw(pill, {
            width: 'auto',
            padding: '4px 12px',
            border: `2px solid ${recordStyle.color}`,
            borderRadius: 999,
          }),
      ),
      box({ height: lineHeightPx(roleStyle) }, !!role && draw(role)),
    ],
    await footer(fit, drawable(content.headline)),
  );
}

/** The card for `content`, laid out with `fit` measuring its text. */
export async function shareCard(content: CardContent, fit: FitText): Promise<ReactElement> {
  switch (content.kind) {
    case 'article':
      return articleCard(fit, content);
    case 'section':
      return sectionCard(fit, content);
    case 'quote':
      return quoteCard(fit, content);
  }
}
