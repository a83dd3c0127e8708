import type { Line } from './page';

/** "Caption | Image: AP", "Caption. Photo: Jane Doe/Agency", "(Photo: AP)". */
const IMAGE_LINE =
  /^(?:(.*?)\s*(?:[|.,–—-]|(?=\())\s*)?\(?(?:image|photo|photograph|picture|credit|image credit|photo credit)s?\s*:\s*([^)]+?)\)?$/i;
const MAX_WORDS = 40;

export type LeadImage = { caption?: string; credit?: string };

function readImageLine(line: Line): LeadImage | undefined {
  if (line.kind !== 'text' && line.kind !== 'caption' && line.kind !== 'paragraph')
    return undefined;
  if (line.text.split(' ').length > MAX_WORDS) return undefined;
  const match = IMAGE_LINE.exec(line.text);
  if (match === null) return line.kind === 'caption' ? { caption: line.text } : undefined;
  const caption = match[1]?.trim();
  const credit = match[2]?.trim();
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/**
 * The lead image's caption and credit, from the first figure caption or image line. The line
 * before it is dropped too when it only repeats the caption (the picture's alt text, as a browser
 * copies it), and so are later image lines: credits for pictures the draft does not carry.
 */
export function readFigure(lines: Line[]): {
  lines: Line[];
  leadImage?: LeadImage;
  dropped: Line[];
} {
  let leadImage: LeadImage | undefined;
  const kept: Line[] = [];
  const dropped: Line[] = [];
  for (const line of lines) {
    const image = readImageLine(line);
    if (image === undefined) {
      kept.push(line);
      continue;
    }
    if (leadImage === undefined) {
      leadImage = image;
      const before = kept.at(-1);
      if (before && image.caption !== undefined && before.text === image.caption) {
        dropped.push(before);
        kept.pop();
      }
      continue;
    }
    dropped.push(line);
  }
  return { lines: kept, ...(leadImage ? { leadImage } : {}), dropped };
}
