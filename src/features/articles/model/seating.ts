import type { Messages } from '../../../lib/i18n/messages';
import { intlLocale } from '../../../lib/language';
import type { Participant } from './articleSchema';
import { displayName } from './participants';

/**
 * Who sat where at the talks, as the geometry of a drawing: each side's delegation along its own
 * edge of the table, the mediators at the head, absent leaders as empty chairs, and anyone
 * refused entry outside the room. Pure and deterministic, so the server and the browser draw the
 * same picture: text is never measured, its width is estimated from its characters.
 *
 * Units are the drawing's own (its viewBox). The width is fixed and close to the narrowest column
 * the drawing appears in (a 320 px phone's sheet), so 13 units of text stay legible there; the
 * table grows downwards, never sideways.
 */

export type SeatKind = 'seated' | 'empty' | 'outside';
export type SeatEdge = 'head' | 'left' | 'right' | 'foot' | 'outside';

export type Point = { x: number; y: number };
export type Box = { x: number; y: number; width: number; height: number };

export type Seat = {
  participantId: string;
  kind: SeatKind;
  edge: SeatEdge;
  /**
   * Which stretch of the left or right edge: with four sides each edge bends once, and the sides
   * on stretch 0 face each other, as do those on stretch 1. Always 0 elsewhere.
   */
  segment: number;
  /** The side whose edge the seat is on, if any. */
  side: string | undefined;
  /** Where the person is: the chair's centre, or the middle of their card when outside. */
  x: number;
  y: number;
  /** The name card, which is also where the seat's control goes. */
  card: Box;
  /** The name as it fits on the card: wrapped, and shortened with an ellipsis when too long. */
  lines: string[];
  /** A word under the name for a seat nobody sits in, or someone kept out. */
  status: string | undefined;
  /** The whole name, never shortened. */
  name: string;
  /** Where they are, in words: what a screen reader hears after the name. */
  place: string;
};

export type Caption = { text: string; x: number; y: number; anchor: 'start' | 'middle' };

export type SeatingLayout = {
  /** The viewBox: `0 0 width height`. */
  width: number;
  height: number;
  /** The table's bounds, and its outline (a rectangle, or bent once per extra pair of sides). */
  table: Box & { outline: Point[] };
  /** Names of the sides and groups, drawn near their edge. */
  captions: Caption[];
  /** The room's wall, from `left` to `right` with a doorway, when someone is kept outside. */
  wall: { y: number; left: number; right: number; doorFrom: number; doorTo: number } | undefined;
  /** In reading order: head, each side, foot, outside. A keyboard follows this order. */
  seats: Seat[];
  /** The sides, in the article's order. */
  sides: string[];
  /** One sentence saying who sat where. */
  summary: string;
};

const SEATING_WIDTH = 288;
/** Font sizes and line height the component's CSS must use: the layout is planned with them. */
const SEATING_TYPE = { name: 13, status: 12, caption: 12, line: 15 } as const;

const MARGIN = 4;
const CHAIR_LANE = 16;
const TABLE_LEFT = MARGIN + CHAIR_LANE;
const TABLE_RIGHT = SEATING_WIDTH - TABLE_LEFT;
/** How far an edge bends inwards between two pairs of sides, so each side has its own edge. */
const BEND = 8;
const INSET = 6;
const GAP = 6;
const CAPTION_ROW = 20;
const CAPTION_BASELINE = 14;
const MIN_TABLE = 56;
/** A card is a button: 44 units is the house's smallest touch target at the phone's scale. */
const MIN_CARD = 44;
/** Padding plus border of a card, each side: 4 + 1 in the block direction, 6 + 1 inline. */
const CARD_PAD_BLOCK = 5;
const CARD_PAD_INLINE = 7;
const NAME_LINES = 3;
/** Cards side by side at the head, the foot and outside: two stay as wide as on the sides. */
const PER_ROW = 2;
const WIDEST_CARD = Math.floor((TABLE_RIGHT - TABLE_LEFT - 2 * INSET - GAP) / 2);
const DOOR = 36;
const ELLIPSIS = '…';

// --- Estimating text width ----------------------------------------------------------------

/**
 * A character's advance in ems, taken from DejaVu Sans Bold: the widest of the fonts `system-ui`
 * commonly resolves to (it is Debian's), so what fits here fits in Segoe UI, San Francisco or
 * Roboto too. The CSS still clips with an ellipsis, should some font run wider.
 */
const LOWER = [
  0.675, 0.716, 0.593, 0.716, 0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712,
  0.687, 0.716, 0.716, 0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582,
];
const UPPER = [
  0.774, 0.762, 0.734, 0.83, 0.683, 0.683, 0.821, 0.836, 0.372, 0.372, 0.776, 0.636, 0.995, 0.836,
  0.85, 0.734, 0.85, 0.776, 0.722, 0.683, 0.812, 0.774, 1.103, 0.774, 0.734, 0.691,
];

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 97 && code <= 122) return LOWER[code - 97] ?? 0.72;
  if (code >= 65 && code <= 90) return UPPER[code - 65] ?? 0.85;
  if (code >= 48 && code <= 57) return 0.696;
  if (code >= 0x2e80) return 1.05; // CJK, kana, hangul, emoji: full width
  if (" .,:;'|!`’".includes(char)) return 0.38;
  if ('()[]-/"'.includes(char)) return 0.46;
  return 0.8; // accented and other scripts: wide, to be safe
}

function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/** `text` cut to fit `width`, with an ellipsis, at whole code points. */
function shorten(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const room = width - textWidth(ELLIPSIS, fontSize);
  let used = 0;
  let kept = '';
  for (const char of text) {
    used += charWidth(char) * fontSize;
    if (used > room) break;
    kept += char;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/** Greedy word wrap into at most `maxLines` lines; what does not fit ends in an ellipsis. */
export function wrapLabel(text: string, width: number, maxLines: number, fontSize: number) {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    const word = words[index] ?? '';
    const joined = line === '' ? word : `${line} ${word}`;
    if (textWidth(joined, fontSize) <= width) {
      line = joined;
      index += 1;
    } else if (line === '') {
      // One word wider than the card: shorten it rather than break it mid-word.
      lines.push(shorten(word, width, fontSize));
      index += 1;
    } else {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  const last = lines.length - 1;
  const lastLine = lines[last];
  if (index < words.length && lastLine !== undefined && !lastLine.endsWith(ELLIPSIS)) {
    // Words are left over: the last line says so.
    lines[last] = shorten(`${lastLine}${ELLIPSIS}`, width, fontSize);
  }
  return lines;
}

// --- Who sits where -----------------------------------------------------------------------

type Guest = {
  participant: Participant;
  kind: SeatKind;
  edge: SeatEdge;
  segment: number;
  side: string | undefined;
  place: string;
  name: string;
  status: string | undefined;
};

const sideKey = (name: string) => name.trim().toLowerCase();

/** Which edge each side sits along: with three the third takes the foot, else pairs face off. */
function edgeOfSide(index: number, sideCount: number): { edge: SeatEdge; segment: number } {
  if (sideCount === 3 && index === 2) return { edge: 'foot', segment: 0 };
  return { edge: index % 2 === 0 ? 'left' : 'right', segment: Math.floor(index / 2) };
}

function placeWords(
  kind: SeatKind,
  edge: SeatEdge,
  side: string | undefined,
  group: string,
  t: Messages,
) {
  if (kind === 'outside') return t('seating.outside');
  const where =
    side !== undefined
      ? t('seating.onSide', { side })
      : edge === 'head'
        ? t('seating.atHead')
        : t('seating.atFoot');
  const place = kind === 'empty' ? t('seating.emptyChair', { where }) : where;
  return group === 'mediator' ? t('seating.asMediator', { place }) : place;
}

function seatGuests(participants: readonly Participant[], t: Messages) {
  const unknownSide = t('participants.unknownSide');
  const sideOf = (participant: Participant) => participant.side ?? unknownSide;
  const inRoom = participants.filter((participant) => participant.presence !== 'refused');
  const delegates = inRoom.filter((participant) => participant.group === 'delegation');
  const sides = [...new Set(delegates.map(sideOf))];
  const sideByKey = new Map(sides.map((side) => [sideKey(side), side]));

  const guests: Guest[] = [];
  const add = (
    participant: Participant,
    kind: SeatKind,
    edge: SeatEdge,
    segment: number,
    side?: string,
  ) =>
    guests.push({
      participant,
      kind,
      edge,
      segment,
      side,
      place: placeWords(kind, edge, side, participant.group, t),
      name: displayName(participant, t),
      status: statusOf(kind, t),
    });
  // Someone the article marks absent keeps their place, as an empty chair.
  const kindOf = (participant: Participant): SeatKind =>
    participant.presence === 'absent' ? 'empty' : 'seated';

  // Absent leaders sit, in their absence, with their own side: named by `side`, else by
  // `affiliation` (ignoring case); a leader of no side at the table gets the foot.
  const leaders = inRoom.filter((participant) => participant.group === 'absent-leader');
  const leaderSide = (leader: Participant) =>
    sideByKey.get(sideKey(leader.side ?? '')) ?? sideByKey.get(sideKey(leader.affiliation));

  for (const mediator of inRoom) {
    if (mediator.group === 'mediator') add(mediator, kindOf(mediator), 'head', 0);
  }
  sides.forEach((side, index) => {
    const { edge, segment } = edgeOfSide(index, sides.length);
    // The leader's empty chair comes first, nearest the head: the place they would have taken.
    for (const leader of leaders) {
      if (leaderSide(leader) === side) add(leader, 'empty', edge, segment, side);
    }
    for (const delegate of delegates) {
      if (sideOf(delegate) === side) add(delegate, kindOf(delegate), edge, segment, side);
    }
  });
  for (const leader of leaders) {
    if (leaderSide(leader) === undefined) add(leader, 'empty', 'foot', 0);
  }
  for (const participant of participants) {
    if (participant.presence === 'refused') add(participant, 'outside', 'outside', 0);
  }
  return { guests, sides };
}

// --- Geometry -----------------------------------------------------------------------------

const round = (value: number) => Math.round(value * 10) / 10;

function cardLines(guest: Guest, width: number) {
  const text = guest.participant.name ?? guest.participant.role;
  const textRoom = width - 2 * CARD_PAD_INLINE;
  return wrapLabel(text, textRoom, NAME_LINES, SEATING_TYPE.name);
}

function statusOf(kind: SeatKind, t: Messages): string | undefined {
  if (kind === 'empty') return t('seating.absent');
  if (kind === 'outside') return t('seating.refused');
  return undefined;
}

function cardHeight(lineCount: number, status: string | undefined) {
  const rows = lineCount + (status === undefined ? 0 : 1);
  return Math.max(MIN_CARD, 2 * CARD_PAD_BLOCK + rows * SEATING_TYPE.line);
}

function toSeat(guest: Guest, card: Box, lines: string[], at: Point): Seat {
  return {
    participantId: guest.participant.id,
    kind: guest.kind,
    edge: guest.edge,
    segment: guest.segment,
    side: guest.side,
    x: round(at.x),
    y: round(at.y),
    card: { x: round(card.x), y: round(card.y), width: round(card.width), height: card.height },
    lines,
    status: guest.status,
    name: guest.name,
    place: guest.place,
  };
}

/** Splits into rows of `size`, the last one perhaps shorter. */
function rowsOf<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    rows.push(items.slice(start, start + size));
  }
  return rows;
}

type Planned = { guest: Guest; lines: string[]; height: number };

function plan(guest: Guest, width: number): Planned {
  const lines = cardLines(guest, width);
  return { guest, lines, height: cardHeight(lines.length, guest.status) };
}

/**
 * Lays a head or foot out in rows of cards, the front row nearest the table, each with its chair
 * between card and table. Returns the seats and how deep the rows reach from `edgeY`.
 */
function layRows(
  guests: readonly Guest[],
  left: number,
  right: number,
  edgeY: number,
  direction: -1 | 1,
): { seats: Seat[]; depth: number } {
  if (guests.length === 0) return { seats: [], depth: 0 };
  const rows = rowsOf(guests, PER_ROW);
  const perRow = rows[0]?.length ?? 1;
  const width = Math.min(WIDEST_CARD, (right - left - (perRow - 1) * GAP) / perRow);
  const seats: Seat[] = [];
  let depth = 0;
  for (const row of rows) {
    const planned = row.map((guest) => plan(guest, width));
    const rowHeight = Math.max(...planned.map((card) => card.height));
    const rowWidth = row.length * width + (row.length - 1) * GAP;
    const start = (left + right - rowWidth) / 2;
    const chairY = edgeY + direction * (depth + CHAIR_LANE / 2);
    const cardY =
      direction === 1 ? edgeY + depth + CHAIR_LANE : edgeY - depth - CHAIR_LANE - rowHeight;
    planned.forEach(({ guest, lines }, index) => {
      const x = start + index * (width + GAP);
      seats.push(
        toSeat(guest, { x, y: cardY, width, height: rowHeight }, lines, {
          x: x + width / 2,
          y: chairY,
        }),
      );
    });
    depth += CHAIR_LANE + rowHeight;
  }
  return { seats, depth };
}

/**
 * "A, B and C" as `language` writes a list of things that go together. The house's British
 * English is written by hand, as Intl writes it; other languages ask Intl, whose first use costs
 * a phone a long pause, so an English page never pays it.
 */
export function formatList(items: readonly string[], language: string): string {
  if (language !== 'en') {
    return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(items);
  }
  const last = items.at(-1);
  if (items.length < 2 || last === undefined) return last ?? '';
  return `${items.slice(0, -1).join(', ')} and ${last}`;
}

function summarise(guests: readonly Guest[], sides: readonly string[], t: Messages): string {
  const count = (test: (guest: Guest) => boolean) => guests.filter(test).length;
  const list = (items: readonly string[]) => formatList(items, t.language);

  const table =
    sides.length === 0
      ? t('seating.noDelegations')
      : sides.length === 1
        ? t('seating.oneSide', { side: sides[0] ?? '' })
        : sides.length === 2
          ? t('seating.twoSides', { sides: list(sides) })
          : t('seating.manySides', { sides: list(sides) });
  const mediators = count((guest) => guest.edge === 'head');
  const empty = count((guest) => guest.kind === 'empty');
  const outside = count((guest) => guest.kind === 'outside');
  const extras = [
    mediators > 0 ? t('seating.mediatorsAtHead', { count: mediators }) : '',
    empty > 0 ? t('seating.emptyChairs', { count: empty }) : '',
    outside > 0 ? t('seating.keptOut', { count: outside }) : '',
  ].filter((part) => part !== '');
  return extras.length === 0
    ? t('seating.summary', { table })
    : t('seating.summaryWith', { table, extras: list(extras) });
}

/**
 * Plans the drawing of who sat at the table. Returns `undefined` when nobody is to be drawn: no
 * delegation, mediator, absent leader or anyone refused entry.
 */
export function seatingPlan(
  participants: readonly Participant[],
  t: Messages,
): SeatingLayout | undefined {
  const { guests, sides } = seatGuests(participants, t);
  if (guests.length === 0) return undefined;

  const seats: Seat[] = [];
  const captions: Caption[] = [];
  const middle = SEATING_WIDTH / 2;
  const on = (edge: SeatEdge) => guests.filter((guest) => guest.edge === edge);

  // Four sides or more: the left and right edges bend between pairs, one stretch per side.
  const segments = sides.length === 3 ? 1 : Math.max(1, Math.ceil(sides.length / 2));
  const bend = segments > 1 ? BEND : 0;

  // The head: mediators above the table, with a caption over them.
  let y = MARGIN;
  const head = on('head');
  if (head.length > 0) {
    captions.push({
      text: t('seating.mediatorCaption', { count: head.length }),
      x: middle,
      y: y + CAPTION_BASELINE,
      anchor: 'middle',
    });
    y += CAPTION_ROW;
  }
  // Laid out against an edge at 0, then moved down: the table starts where the rows end.
  const headRows = layRows(head, TABLE_LEFT + bend + INSET, TABLE_RIGHT - bend - INSET, 0, -1);
  const tableTop = y + headRows.depth;
  for (const seat of headRows.seats) {
    seats.push({
      ...seat,
      y: round(seat.y + tableTop),
      card: { ...seat.card, y: round(seat.card.y + tableTop) },
    });
  }

  // The sides: cards on the table, chairs outside its edge, stretch by stretch.
  const columnWidth = (TABLE_RIGHT - TABLE_LEFT - 2 * bend - 2 * INSET - GAP) / 2;
  const columnX = [TABLE_LEFT + bend + INSET, TABLE_LEFT + bend + INSET + columnWidth + GAP];
  const boundaries = [tableTop];
  const placed: { guest: Guest; lines: string[]; card: Box; segment: number }[] = [];
  y = tableTop;
  for (let segment = 0; segment < segments; segment += 1) {
    const top = y + INSET;
    // With three sides there is one stretch, and the third side is at the foot.
    const columns = (['left', 'right'] as const).flatMap((edge, column) => {
      const side = sides[segment * 2 + column];
      if (side === undefined) return [];
      const x = columnX[column] ?? 0;
      captions.push({
        text: shorten(side, columnWidth, SEATING_TYPE.caption),
        x,
        y: top + CAPTION_BASELINE,
        anchor: 'start',
      });
      const members = guests.filter((guest) => guest.edge === edge && guest.side === side);
      return [{ x, cards: members.map((guest) => plan(guest, columnWidth)) }];
    });
    // Row by row, so that the people facing each other across the table sit level.
    const rowCount = Math.max(0, ...columns.map((column) => column.cards.length));
    let rowY = top + CAPTION_ROW;
    const rowTops: number[] = [];
    const rowHeights: number[] = [];
    for (let row = 0; row < rowCount; row += 1) {
      const height = Math.max(...columns.map((column) => column.cards[row]?.height ?? 0));
      rowTops.push(rowY);
      rowHeights.push(height);
      rowY += height + GAP;
    }
    for (const { x, cards } of columns) {
      cards.forEach(({ guest, lines }, row) => {
        const card = { x, y: rowTops[row] ?? 0, width: columnWidth, height: rowHeights[row] ?? 0 };
        placed.push({ guest, lines, card, segment });
      });
    }
    y = (rowCount > 0 ? rowY - GAP : top) + INSET;
    boundaries.push(y);
  }

  // The foot: a third side's name sits on the table at its edge.
  const foot = on('foot');
  const footSide = sides.length === 3 ? sides[2] : undefined;
  if (footSide !== undefined) {
    captions.push({
      text: shorten(footSide, TABLE_RIGHT - TABLE_LEFT - 2 * INSET, SEATING_TYPE.caption),
      x: middle,
      y: y + CAPTION_BASELINE,
      anchor: 'middle',
    });
    y += CAPTION_ROW;
  }
  const tableBottom = Math.max(y, tableTop + MIN_TABLE);
  boundaries[boundaries.length - 1] = tableBottom;

  // The left edge's x at a height: straight, or bending in and out between stretches.
  const edgeX = (at: number) => {
    if (bend === 0) return TABLE_LEFT;
    for (let index = 1; index < boundaries.length; index += 1) {
      const from = boundaries[index - 1] ?? tableTop;
      const to = boundaries[index] ?? tableBottom;
      if (at <= to || index === boundaries.length - 1) {
        const inAtTop = (index - 1) % 2 === 0;
        const share = to === from ? 0 : (at - from) / (to - from);
        return TABLE_LEFT + bend * (inAtTop ? 1 - share : share);
      }
    }
    return TABLE_LEFT;
  };
  const outline: Point[] = [];
  boundaries.forEach((at) => outline.push({ x: round(edgeX(at)), y: at }));
  const left = [...outline];
  const right = left.map((point) => ({ x: round(SEATING_WIDTH - point.x), y: point.y }));
  const tableOutline = [...right, ...left.reverse()];

  // Reading order: each side's seats together, the left before the right.
  for (const { guest, lines, card } of placed) {
    const chairY = card.y + card.height / 2;
    const chairX =
      guest.edge === 'left'
        ? edgeX(chairY) - CHAIR_LANE / 2
        : SEATING_WIDTH - edgeX(chairY) + CHAIR_LANE / 2;
    seats.push(toSeat(guest, card, lines, { x: chairX, y: chairY }));
  }

  const bottomX = edgeX(tableBottom);
  const footRows = layRows(foot, bottomX + INSET, SEATING_WIDTH - bottomX - INSET, tableBottom, 1);
  seats.push(...footRows.seats);
  y = tableBottom + footRows.depth;

  // Outside: beyond a wall with a doorway, in rows of two.
  const outside = on('outside');
  let wall: SeatingLayout['wall'];
  if (outside.length > 0) {
    y += 12;
    wall = {
      y,
      left: MARGIN,
      right: SEATING_WIDTH - MARGIN,
      doorFrom: middle - DOOR / 2,
      doorTo: middle + DOOR / 2,
    };
    y += 4;
    captions.push({
      text: t('seating.outsideCaption'),
      x: MARGIN,
      y: y + CAPTION_BASELINE,
      anchor: 'start',
    });
    y += CAPTION_ROW;
    const width = (SEATING_WIDTH - 2 * MARGIN - GAP) / PER_ROW;
    for (const row of rowsOf(outside, PER_ROW)) {
      const planned = row.map((guest) => plan(guest, width));
      const rowHeight = Math.max(...planned.map((card) => card.height));
      const rowWidth = row.length * width + (row.length - 1) * GAP;
      const start = middle - rowWidth / 2;
      planned.forEach(({ guest, lines }, index) => {
        const card = { x: start + index * (width + GAP), y, width, height: rowHeight };
        seats.push(toSeat(guest, card, lines, { x: card.x + width / 2, y: y + rowHeight / 2 }));
      });
      y += rowHeight + GAP;
    }
    y -= GAP;
  }

  return {
    width: SEATING_WIDTH,
    height: Math.ceil(y + MARGIN),
    table: {
      x: TABLE_LEFT,
      y: tableTop,
      width: TABLE_RIGHT - TABLE_LEFT,
      height: tableBottom - tableTop,
      outline: tableOutline,
    },
    captions,
    wall,
    seats,
    sides,
    summary: summarise(guests, sides, t),
  };
}

/**
 * The drawing as a right-to-left reader reads it: mirrored left to right, so that the first side
 * sits at the start of the line (the right) as it sits at the start (the left) for everyone else.
 * Text is not mirrored, only where it stands; its anchors stay, since in a right-to-left page
 * SVG's `start` is a line's right end.
 */
export function mirrorSeating(layout: SeatingLayout): SeatingLayout {
  const x = (value: number) => round(layout.width - value);
  return {
    ...layout,
    table: {
      ...layout.table,
      x: x(layout.table.x + layout.table.width),
      outline: layout.table.outline.map((point) => ({ x: x(point.x), y: point.y })),
    },
    captions: layout.captions.map((caption) => ({ ...caption, x: x(caption.x) })),
    wall: layout.wall && {
      ...layout.wall,
      left: x(layout.wall.right),
      right: x(layout.wall.left),
      doorFrom: x(layout.wall.doorTo),
      doorTo: x(layout.wall.doorFrom),
    },
    seats: layout.seats.map((seat) => ({
      ...seat,
      x: x(seat.x),
      card: { ...seat.card, x: x(seat.card.x + seat.card.width) },
    })),
  };
}
