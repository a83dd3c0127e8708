import { describe, expect, it } from 'vitest';
import { formatInstant, offsetMinutes } from '../../src/lib/dates';

const PUBLISHED = '2025-05-16T18:22:00+05:30';
const LONDON = { locale: 'en-GB', timeZone: 'Europe/London' } as const;

describe('offsetMinutes', () => {
  it.each([
    ['2025-05-16T18:22:00+05:30', 330],
    ['2025-05-16T18:22:00-04:00', -240],
    ['2025-05-16T18:22:00-00:30', -30],
    ['2025-05-16T18:22:00+00:00', 0],
    ['2025-05-16T18:22:00Z', 0],
    ['2025-05-16T18:22:00.250+09:45', 585],
  ])('reads %s as %i minutes east of UTC', (iso, minutes) => {
    expect(offsetMinutes(iso)).toBe(minutes);
  });

  it.each(['2025-05-16T18:22:00', '2025-05-16T18:22', '2025-05-16'])(
    'throws for %s, which has no offset',
    (iso) => {
      expect(() => offsetMinutes(iso)).toThrow(new RangeError(`No offset in "${iso}"`));
    },
  );
});

describe('formatInstant', () => {
  it("shows the reader's own time and the time where the story was filed, with its label", () => {
    expect(formatInstant(PUBLISHED, { ...LONDON, originalLabel: 'IST' })).toEqual({
      local: '16 May 2025, 13:52 BST',
      original: '16 May 2025, 18:22 IST',
    });
  });

  it('names the original offset when the story gives no label for it', () => {
    const { original } = formatInstant(PUBLISHED, LONDON);

    expect(original).toBe('16 May 2025, 18:22 UTC+05:30');
  });

  it('writes a negative offset with a minus sign', () => {
    const { local, original } = formatInstant('2025-05-16T18:22:00-04:00', LONDON);

    expect(local).toBe('16 May 2025, 23:22 BST');
    expect(original).toBe('16 May 2025, 18:22 UTC\u221204:00');
  });

  it('keeps the original date when it differs from the reader’s', () => {
    expect(formatInstant('2025-05-16T01:30:00+05:30', { ...LONDON, originalLabel: 'IST' })).toEqual(
      { local: '15 May 2025, 21:00 BST', original: '16 May 2025, 01:30 IST' },
    );
  });

  it('follows the reader’s time zone through daylight saving', () => {
    const { local } = formatInstant('2025-01-16T18:22:00+05:30', LONDON);

    expect(local).toBe('16 Jan 2025, 12:52 GMT');
  });

  it('throws for an instant without an offset instead of guessing one', () => {
    expect(() => formatInstant('2025-05-16T18:22:00', LONDON)).toThrow(RangeError);
  });
});
