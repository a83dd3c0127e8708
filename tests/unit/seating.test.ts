import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { en } from '../messages';
import type { Participant } from '../../src/features/articles/model/articleSchema';
import { parseArticle } from '../../src/features/articles/model/parseArticle';
import {
  seatingPlan,
  wrapLabel,
  type Box,
  type Seat,
  type SeatingLayout,
} from '../../src/features/articles/model/seating';

const ARTICLE_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'public',
  'articles',
  'russia-ukraine-istanbul-ceasefire-talks.json',
);

function bundledParticipants(): Participant[] {
  const result = parseArticle(JSON.parse(readFileSync(ARTICLE_FILE, 'utf8')));
  if (!result.ok) throw new Error('the bundled article should be valid');
  return result.value.participants;
}

type Fields = {
  id: string;
  group: Participant['group'];
  /** `null` for someone the article does not name. */
  name?: string | null;
  role?: string;
  affiliation?: string;
  side?: string;
  presence?: Participant['presence'];
};

/** A participant as the schema would give it, with the defaults filled in. */
function person({ id, group, name, ...fields }: Fields): Participant {
  return {
    id,
    ...(name === null ? {} : { name: name ?? `Name ${id}` }),
    role: 'Delegate',
    affiliation: fields.side ?? 'Elsewhere',
    kind: 'person',
    anonymous: false,
    presence: 'present',
    mentions: [id],
    group,
    ...fields,
  } as Participant;
}

const delegation = (side: string, count: number, prefix = side.toLowerCase()) =>
  Array.from({ length: count }, (_, index) =>
    person({ id: `${prefix}-${index}`, group: 'delegation', side }),
  );

function plan(participants: readonly Participant[]): SeatingLayout {
  const layout = seatingPlan(participants, en);
  if (layout === undefined) throw new Error('expected something to draw');
  return layout;
}

function seat(layout: SeatingLayout, participantId: string): Seat {
  const found = layout.seats.find((candidate) => candidate.participantId === participantId);
  if (found === undefined) throw new Error(`no seat for ${participantId}`);
  return found;
}

const seatsOf = (layout: SeatingLayout, side: string) =>
  layout.seats.filter((candidate) => candidate.side === side);

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every pair of cards that overlap, and every card or chair outside the viewBox. */
function faults(layout: SeatingLayout): string[] {
  const found: string[] = [];
  layout.seats.forEach((a, index) => {
    for (const b of layout.seats.slice(index + 1)) {
      if (overlap(a.card, b.card)) found.push(`${a.participantId} overlaps ${b.participantId}`);
    }
    const { x, y, width, height } = a.card;
    if (x < 0 || y < 0 || x + width > layout.width || y + height > layout.height) {
      found.push(`${a.participantId}'s card is outside the drawing`);
    }
    // 15 units a line, plus 5 of padding and border above and below (see SeatingPlan.module.css).
    const rows = a.lines.length + (a.status === undefined ? 0 : 1);
    if (height < 10 + 15 * rows) found.push(`${a.participantId}'s card is too short for its text`);
    if (a.x < 6 || a.y < 6 || a.x > layout.width - 6 || a.y > layout.height - 6) {
      found.push(`${a.participantId}'s chair is outside the drawing`);
    }
  });
  return found;
}

const tableMiddle = (layout: SeatingLayout) => layout.table.x + layout.table.width / 2;

describe('seatingPlan, for the bundled article', () => {
  const layout = plan(bundledParticipants());

  it('puts the two sides along opposite edges, facing each other', () => {
    expect(layout.sides).toEqual(['Russia', 'Ukraine']);
    const russia = seatsOf(layout, 'Russia');
    const ukraine = seatsOf(layout, 'Ukraine');
    expect(russia.map((s) => s.participantId)).toEqual(['vladimir-putin', 'vladimir-medinsky']);
    expect(ukraine.map((s) => s.participantId)).toEqual([
      'volodymyr-zelensky',
      'ukraine-deputy-foreign-minister',
    ]);
    expect(new Set(russia.map((s) => s.edge))).toEqual(new Set(['left']));
    expect(new Set(ukraine.map((s) => s.edge))).toEqual(new Set(['right']));

    const medinsky = seat(layout, 'vladimir-medinsky');
    const deputy = seat(layout, 'ukraine-deputy-foreign-minister');
    // Chairs outside the table on either side, level with each other.
    expect(medinsky.x).toBeLessThan(layout.table.x);
    expect(deputy.x).toBeGreaterThan(layout.table.x + layout.table.width);
    expect(medinsky.y).toBe(deputy.y);
    expect(medinsky.y).toBeGreaterThan(layout.table.y);
    expect(medinsky.y).toBeLessThan(layout.table.y + layout.table.height);
  });

  it('seats the mediators at the head of the table', () => {
    for (const id of ['hakan-fidan', 'ibrahim-kalin']) {
      const mediator = seat(layout, id);
      expect(mediator).toMatchObject({ edge: 'head', kind: 'seated' });
      expect(mediator.y).toBeLessThan(layout.table.y);
      expect(mediator.x).toBeGreaterThan(layout.table.x);
      expect(mediator.x).toBeLessThan(layout.table.x + layout.table.width);
    }
    for (const other of layout.seats.filter((s) => s.edge !== 'head')) {
      expect(other.y).toBeGreaterThan(layout.table.y);
    }
  });

  it('leaves the absent leaders’ chairs empty, each on their own side', () => {
    expect(seat(layout, 'vladimir-putin')).toMatchObject({
      kind: 'empty',
      edge: 'left',
      side: 'Russia',
      status: 'Absent',
    });
    expect(seat(layout, 'volodymyr-zelensky')).toMatchObject({
      kind: 'empty',
      edge: 'right',
      side: 'Ukraine',
      status: 'Absent',
    });
  });

  it('draws whoever was refused entry outside the room, beyond the wall', () => {
    const anton = seat(layout, 'michael-anton');
    expect(anton).toMatchObject({ kind: 'outside', edge: 'outside', status: 'Refused entry' });
    expect(layout.wall).toBeDefined();
    const wallY = layout.wall?.y ?? Infinity;
    expect(wallY).toBeGreaterThan(layout.table.y + layout.table.height);
    expect(anton.card.y).toBeGreaterThan(wallY);
    for (const inside of layout.seats.filter((s) => s.kind !== 'outside')) {
      expect(inside.card.y + inside.card.height).toBeLessThan(wallY);
    }
  });

  it('leaves out everyone else, and orders seats head, sides, outside', () => {
    expect(layout.seats.map((s) => s.participantId)).toEqual([
      'hakan-fidan',
      'ibrahim-kalin',
      'vladimir-putin',
      'vladimir-medinsky',
      'volodymyr-zelensky',
      'ukraine-deputy-foreign-minister',
      'michael-anton',
    ]);
  });

  it('labels the unnamed by their role, keeping the full name for screen readers', () => {
    const deputy = seat(layout, 'ukraine-deputy-foreign-minister');
    expect(deputy.lines.join(' ')).toBe('Deputy foreign minister');
    expect(deputy.name).toBe('Deputy foreign minister (Ukraine)');
    expect(deputy.place).toBe('on the Ukraine side');
  });

  it('sums up who sat where in one sentence', () => {
    expect(layout.summary).toBe(
      'Russia and Ukraine face each other, with 2 mediators at the head, 2 empty chairs and 1 person refused entry.',
    );
  });

  it('has no overlapping cards and nothing outside the drawing', () => {
    expect(faults(layout)).toEqual([]);
  });
});

describe('seatingPlan, for other tables', () => {
  it('draws nothing when nobody sat at the table or was kept out', () => {
    expect(seatingPlan([], en)).toBeUndefined();
    expect(
      seatingPlan([person({ id: 'onlooker', group: 'other', presence: 'not-stated' })], en),
    ).toBeUndefined();
  });

  it('seats one side along one edge, with no mediators or absent leaders', () => {
    const layout = plan(delegation('Russia', 3));
    expect(layout.sides).toEqual(['Russia']);
    expect(new Set(layout.seats.map((s) => s.edge))).toEqual(new Set(['left']));
    expect(layout.wall).toBeUndefined();
    expect(layout.summary).toBe('Only Russia at the table.');
    expect(faults(layout)).toEqual([]);
  });

  it('puts a third side at the foot', () => {
    const layout = plan([
      ...delegation('Armenia', 2),
      ...delegation('Azerbaijan', 2),
      ...delegation('Russia', 2),
    ]);
    expect(seatsOf(layout, 'Armenia').every((s) => s.edge === 'left')).toBe(true);
    expect(seatsOf(layout, 'Azerbaijan').every((s) => s.edge === 'right')).toBe(true);
    const foot = seatsOf(layout, 'Russia');
    expect(foot.map((s) => s.edge)).toEqual(['foot', 'foot']);
    for (const footSeat of foot) {
      expect(footSeat.y).toBeGreaterThan(layout.table.y + layout.table.height);
    }
    expect(layout.summary).toBe('Armenia, Azerbaijan and Russia around the table.');
    expect(faults(layout)).toEqual([]);
  });

  it('gives each of four sides its own edge, pairs facing each other', () => {
    const layout = plan([
      ...delegation('North', 2),
      ...delegation('South', 3),
      ...delegation('East', 1),
      ...delegation('West', 2),
    ]);
    const edgeOf = (side: string) => {
      const places = new Set(seatsOf(layout, side).map((s) => `${s.edge}/${s.segment}`));
      expect(places.size).toBe(1);
      return [...places][0];
    };
    const edges = ['North', 'South', 'East', 'West'].map(edgeOf);
    expect(edges).toEqual(['left/0', 'right/0', 'left/1', 'right/1']);
    // The table bends between the pairs: the outline has a corner on each long edge.
    expect(layout.table.outline).toHaveLength(6);
    const leftEdge = layout.table.outline.filter((point) => point.x < tableMiddle(layout));
    expect(new Set(leftEdge.map((point) => point.x)).size).toBe(2);
    const [north, south, east, west] = ['north-0', 'south-0', 'east-0', 'west-0'].map((id) =>
      seat(layout, id),
    );
    expect(north?.y).toBe(south?.y);
    expect(east?.y).toBe(west?.y);
    expect(east?.y).toBeGreaterThan(Math.max(...seatsOf(layout, 'South').map((s) => s.y)));
    expect(faults(layout)).toEqual([]);
  });

  it('keeps people facing each other level, however many lines their names take', () => {
    const layout = plan([
      person({
        id: 'long',
        group: 'delegation',
        side: 'Ukraine',
        name: 'A name long enough for three lines',
      }),
      ...delegation('Ukraine', 1),
      person({ id: 'short', group: 'delegation', side: 'Russia', name: 'Li' }),
      ...delegation('Russia', 1),
    ]);
    expect(seat(layout, 'long').lines).toHaveLength(3);
    expect(seat(layout, 'short').lines).toHaveLength(1);
    expect(seat(layout, 'short').y).toBe(seat(layout, 'long').y);
    expect(seat(layout, 'russia-0').y).toBe(seat(layout, 'ukraine-0').y);
    expect(faults(layout)).toEqual([]);
  });

  it('lengthens the table for a dozen on one side, with no two cards overlapping', () => {
    const layout = plan([...delegation('Russia', 12), ...delegation('Ukraine', 1)]);
    const russia = seatsOf(layout, 'Russia');
    expect(russia).toHaveLength(12);
    for (const chair of russia) {
      expect(chair.y).toBeGreaterThan(layout.table.y);
      expect(chair.y).toBeLessThan(layout.table.y + layout.table.height);
      expect(chair.x).toBeLessThan(tableMiddle(layout));
    }
    expect(layout.table.height).toBeGreaterThan(12 * 44);
    expect(faults(layout)).toEqual([]);
  });

  it('puts an absent leader of no side at the table at the foot', () => {
    const layout = plan([
      ...delegation('Russia', 1),
      person({ id: 'absent-elsewhere', group: 'absent-leader', affiliation: 'France' }),
      person({ id: 'absent-russian', group: 'absent-leader', affiliation: 'russia' }),
    ]);
    expect(seat(layout, 'absent-elsewhere')).toMatchObject({ edge: 'foot', kind: 'empty' });
    expect(seat(layout, 'absent-elsewhere').place).toBe(
      'absent, empty chair at the foot of the table',
    );
    expect(seat(layout, 'absent-russian')).toMatchObject({ edge: 'left', side: 'Russia' });
    expect(faults(layout)).toEqual([]);
  });

  it('draws anyone refused entry outside, whatever their group', () => {
    const layout = plan([
      ...delegation('Russia', 1),
      person({ id: 'turned-away', group: 'delegation', side: 'Russia', presence: 'refused' }),
    ]);
    expect(seat(layout, 'turned-away')).toMatchObject({ kind: 'outside', edge: 'outside' });
  });

  it('wraps a long name onto at most three lines and shortens the rest', () => {
    const name = 'Aleksandr Konstantinopolskiy-Rimsky-Korsakov Vasilyevich the Younger';
    const layout = plan([person({ id: 'long', group: 'delegation', side: 'Russia', name })]);
    const long = seat(layout, 'long');
    expect(long.lines.length).toBeLessThanOrEqual(3);
    expect(long.lines.at(-1)).toMatch(/…$/);
    expect(long.name).toBe(name);
  });

  it('plans 200 participants in well under 10 ms', () => {
    const crowd = Array.from({ length: 200 }, (_, index) =>
      person({
        id: `p-${index}`,
        group: (['delegation', 'mediator', 'absent-leader'] as const)[index % 3] ?? 'delegation',
        side: `Side ${index % 4}`,
        name: `Participant with a long name number ${index}`,
      }),
    );
    seatingPlan(crowd, en);
    // The fastest of several runs: a shared machine's load only ever adds time.
    const fastest = Math.min(
      ...Array.from({ length: 9 }, () => {
        const start = performance.now();
        seatingPlan(crowd, en);
        return performance.now() - start;
      }),
    );
    expect(fastest).toBeLessThan(10);
    expect(faults(plan(crowd))).toEqual([]);
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Hakan Fidan', 101, 3, 13)).toEqual(['Hakan Fidan']);
  });

  it('breaks between words, never inside one', () => {
    expect(wrapLabel('Deputy foreign minister', 101, 3, 13)).toEqual([
      'Deputy',
      'foreign',
      'minister',
    ]);
  });

  it('shortens a word too long for a line and ends a cut label with an ellipsis', () => {
    expect(wrapLabel('Konstantinopolskiy', 60, 3, 13)).toEqual([expect.stringMatching(/^Kon.*…$/)]);
    expect(wrapLabel('one two three four five six', 40, 2, 13)).toEqual(['one', 'two…']);
  });
});

// Random tables: whatever the mix, nothing overlaps and everything stays in the drawing.
describe('seatingPlan, for any table', () => {
  const groups = ['delegation', 'mediator', 'absent-leader', 'other'] as const;
  const presences = ['present', 'absent', 'refused', 'not-stated'] as const;
  const arbitraryPerson = fc.record({
    group: fc.constantFrom(...groups),
    presence: fc.constantFrom(...presences),
    side: fc.constantFrom('Russia', 'Ukraine', 'Turkey', 'United States', 'Holy See', 'X'),
    name: fc.option(
      fc.oneof(
        fc.constantFrom('Li Wei', 'Volodymyr Zelensky', 'W'.repeat(40), '習近平', 'محمد بن سلمان'),
        fc.stringMatching(/^[A-Za-z]{1,12}( [A-Za-z]{1,20}){0,6}$/),
      ),
      { nil: null },
    ),
  });

  it('never overlaps two cards or leaves the drawing', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPerson, { maxLength: 40 }), (people) => {
        const participants = people.map((fields, index) => person({ id: `p-${index}`, ...fields }));
        const drawn = participants.filter(
          (participant) => participant.group !== 'other' || participant.presence === 'refused',
        );
        const layout = seatingPlan(participants, en);
        if (layout === undefined) {
          expect(drawn).toEqual([]);
          return;
        }
        expect(faults(layout)).toEqual([]);
        expect(layout.seats.map((s) => s.participantId).sort()).toEqual(
          drawn.map((participant) => participant.id).sort(),
        );
        for (const { lines, card } of layout.seats) {
          expect(lines.length).toBeLessThanOrEqual(3);
          // Each card is a button: at least a 44 px touch target at the phone's scale.
          expect(Math.min(card.width, card.height)).toBeGreaterThanOrEqual(44);
        }
      }),
      { numRuns: 200 },
    );
  });
});
