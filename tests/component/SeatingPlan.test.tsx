import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { SeatingPlan } from '../../src/features/articles/components/SeatingPlan';
import type { Participant } from '../../src/features/articles/model/articleSchema';
import { parseArticle } from '../../src/features/articles/model/parseArticle';

function bundledParticipants(): Participant[] {
  const path = join(
    import.meta.dirname,
    '..',
    '..',
    'public',
    'articles',
    'russia-ukraine-istanbul-ceasefire-talks.json',
  );
  const result = parseArticle(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error('the bundled article should be valid');
  return result.value.participants;
}

/** A delegation of `count`, named `<Side> delegate <n>`. */
const delegation = (side: string, count: number) =>
  Array.from(
    { length: count },
    (_, index) =>
      ({
        id: `${side.toLowerCase()}-${index + 1}`,
        name: `${side} delegate ${index + 1}`,
        role: 'Delegate',
        affiliation: side,
        group: 'delegation',
        side,
        kind: 'person',
        anonymous: false,
        presence: 'present',
        mentions: [side],
      }) as Participant,
  );

const figure = () => screen.getByRole('figure', { name: 'At the table' });
const seat = (name: RegExp) => within(figure()).getByRole('button', { name });
const seatNames = () =>
  within(figure())
    .getAllByRole('button')
    .map((button) => button.getAttribute('aria-label'));

/** Which half of the drawing a seat's card is in, from its frame's SVG position. */
function half(button: HTMLElement): 'left' | 'right' {
  const x = Number(button.parentElement?.getAttribute('x'));
  const width = Number(button.closest('svg')?.getAttribute('viewBox')?.split(' ')[2]);
  if (Number.isNaN(x) || Number.isNaN(width)) throw new Error('the seat is not in the drawing');
  return x < width / 2 ? 'left' : 'right';
}

describe('SeatingPlan for the bundled article', () => {
  it('is a figure named “At the table”, with a one-line summary', () => {
    render(<SeatingPlan participants={bundledParticipants()} onSelect={() => {}} />);
    expect(figure()).toHaveTextContent(
      'At the table Russia and Ukraine face each other, with 2 mediators at the head, 2 empty chairs and 1 person refused entry.',
    );
  });

  it('seats Medinsky and the unnamed deputy minister on opposite sides', () => {
    render(<SeatingPlan participants={bundledParticipants()} onSelect={() => {}} />);
    const medinsky = seat(/^Vladimir Medinsky, on the Russia side$/);
    const deputy = seat(/^Deputy foreign minister \(Ukraine\), on the Ukraine side$/);
    expect(half(medinsky)).not.toBe(half(deputy));
    expect(deputy).toHaveTextContent('Deputyforeignminister');
  });

  it('seats Fidan and Kalin at the head as mediators', () => {
    render(<SeatingPlan participants={bundledParticipants()} onSelect={() => {}} />);
    expect(seat(/^Hakan Fidan, mediator, at the head of the table$/)).toBeInTheDocument();
    expect(seat(/^Ibrahim Kalin, mediator, at the head of the table$/)).toBeInTheDocument();
  });

  it('leaves Putin’s and Zelensky’s chairs empty, marked absent, on their own sides', () => {
    render(<SeatingPlan participants={bundledParticipants()} onSelect={() => {}} />);
    const putin = seat(/^Vladimir Putin, absent, empty chair on the Russia side$/);
    const zelensky = seat(/^Volodymyr Zelensky, absent, empty chair on the Ukraine side$/);
    expect(within(putin).getByText('Absent')).toBeVisible();
    expect(within(zelensky).getByText('Absent')).toBeVisible();
    expect(half(putin)).toBe(half(seat(/^Vladimir Medinsky/)));
    expect(half(zelensky)).toBe(half(seat(/^Deputy foreign minister/)));
  });

  it('draws Michael Anton outside the room, refused entry', () => {
    render(<SeatingPlan participants={bundledParticipants()} onSelect={() => {}} />);
    const anton = seat(/^Michael Anton, refused entry, outside the room$/);
    expect(within(anton).getByText('Refused entry')).toBeVisible();
  });

  it('leaves out those who were neither at the table nor turned away', () => {
    render(<SeatingPlan participants={bundledParticipants()} onSelect={() => {}} />);
    expect(within(figure()).queryByRole('button', { name: /Rubio|Bruce/ })).not.toBeInTheDocument();
    expect(within(figure()).getAllByRole('button')).toHaveLength(7);
  });

  it('takes Tab through the head, each side, then outside', async () => {
    const user = userEvent.setup();
    render(<SeatingPlan participants={bundledParticipants()} onSelect={() => {}} />);
    const order: (string | null)[] = [];
    for (let step = 0; step < 7; step += 1) {
      await user.tab();
      order.push(document.activeElement?.getAttribute('aria-label')?.split(',')[0] ?? null);
    }
    expect(order).toEqual([
      'Hakan Fidan',
      'Ibrahim Kalin',
      'Vladimir Putin',
      'Vladimir Medinsky',
      'Volodymyr Zelensky',
      'Deputy foreign minister (Ukraine)',
      'Michael Anton',
    ]);
  });
});

describe('choosing a seat', () => {
  it('calls onSelect with the person, and with nothing when chosen again', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const participants = bundledParticipants();
    const { rerender } = render(<SeatingPlan participants={participants} onSelect={onSelect} />);

    const medinsky = seat(/^Vladimir Medinsky/);
    expect(medinsky).toHaveAttribute('aria-pressed', 'false');
    await user.click(medinsky);
    expect(onSelect).toHaveBeenLastCalledWith('vladimir-medinsky');

    rerender(
      <SeatingPlan
        participants={participants}
        selectedId="vladimir-medinsky"
        onSelect={onSelect}
      />,
    );
    expect(seat(/^Vladimir Medinsky/)).toHaveAttribute('aria-pressed', 'true');
    expect(seat(/^Vladimir Putin/)).toHaveAttribute('aria-pressed', 'false');
    await user.click(seat(/^Vladimir Medinsky/));
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
  });

  it('works from the keyboard', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<SeatingPlan participants={bundledParticipants()} onSelect={onSelect} />);
    seat(/^Michael Anton/).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('michael-anton');
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });
});

describe('SeatingPlan for other tables', () => {
  it('renders nothing when nobody is to be drawn', () => {
    const onlooker = { ...delegation('Nowhere', 1)[0], group: 'other' } as Participant;
    const { container } = render(<SeatingPlan participants={[onlooker]} onSelect={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('draws a single side', () => {
    render(<SeatingPlan participants={delegation('Russia', 2)} onSelect={() => {}} />);
    expect(figure()).toHaveTextContent('Only Russia at the table.');
    expect(seatNames()).toEqual([
      'Russia delegate 1, on the Russia side',
      'Russia delegate 2, on the Russia side',
    ]);
  });

  it('draws four sides, each with its own seats', () => {
    const sides = ['North', 'South', 'East', 'West'];
    render(
      <SeatingPlan
        participants={sides.flatMap((side) => delegation(side, 2))}
        onSelect={() => {}}
      />,
    );
    expect(figure()).toHaveTextContent('North, South, East and West around the table.');
    for (const side of sides) {
      const own = within(figure()).getAllByRole('button', { name: new RegExp(`${side} side$`) });
      expect(own).toHaveLength(2);
      expect(new Set(own.map(half)).size).toBe(1);
    }
    expect(half(seat(/^North delegate 1/))).not.toBe(half(seat(/^South delegate 1/)));
  });

  it('draws twelve on one side, every one a named button', () => {
    render(
      <SeatingPlan
        participants={[...delegation('Russia', 12), ...delegation('Ukraine', 1)]}
        onSelect={() => {}}
      />,
    );
    for (let index = 1; index <= 12; index += 1) {
      expect(half(seat(new RegExp(`^Russia delegate ${index}, on the Russia side$`)))).toBe('left');
    }
    expect(half(seat(/^Ukraine delegate 1/))).toBe('right');
  });

  it('keeps a long name whole for screen readers while the card shortens it', () => {
    const name = 'Aleksandr Konstantinopolskiy-Rimsky-Korsakov Vasilyevich the Younger';
    const [long] = delegation('Russia', 1);
    render(<SeatingPlan participants={[{ ...long, name } as Participant]} onSelect={() => {}} />);
    const button = seat(new RegExp(`^${name}, on the Russia side$`));
    expect(button.textContent).toMatch(/…$/);
    expect(button.textContent?.length).toBeLessThan(name.length);
  });
});

describe('SeatingPlan on the server and in the browser', () => {
  it('hydrates the server’s markup without a mismatch', () => {
    const app = <SeatingPlan participants={bundledParticipants()} onSelect={() => {}} />;
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(app);
    const onRecoverableError = vi.fn();
    // React reports a mismatched attribute on the console, a mismatched tree as recoverable.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => consoleError.mockRestore());

    render(app, { container, hydrate: true, onRecoverableError });

    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(seat(/^Vladimir Medinsky/)).toBeInTheDocument();
  });
});
