import { describe, expect, it } from 'vitest';
import { formatInstant, offsetMinutes, readerOffsetAt } from '../../src/lib/dates';

const PUBLISHED = '2025-05-16T18:22:00+05:30';

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
  const LONDON_SUMMER = { readerOffset: 60 };

  it("shows the reader's own time and the time where the story was filed, with its label", () => {
    expect(formatInstant(PUBLISHED, { ...LONDON_SUMMER, originalLabel: 'IST' })).toEqual({
      local: '16 May 2025, 13:52 UTC+01:00',
      original: '16 May 2025, 18:22 IST',
    });
  });

  it('shows UTC until the reader’s zone is known', () => {
    expect(formatInstant(PUBLISHED, { originalLabel: 'IST' }).local).toBe('16 May 2025, 12:52 UTC');
  });

  it('names the original offset when the story gives no label for it', () => {
    const { original } = formatInstant(PUBLISHED, LONDON_SUMMER);

    expect(original).toBe('16 May 2025, 18:22 UTC+05:30');
  });

  it('writes a negative offset with a minus sign', () => {
    const { local, original } = formatInstant('2025-05-16T18:22:00-04:00', { readerOffset: -300 });

    expect(local).toBe('16 May 2025, 17:22 UTC\u221205:00');
    expect(original).toBe('16 May 2025, 18:22 UTC\u221204:00');
  });

  it('keeps the original date when it differs from the reader’s', () => {
    expect(
      formatInstant('2025-05-16T01:30:00+05:30', { ...LONDON_SUMMER, originalLabel: 'IST' }),
    ).toEqual({ local: '15 May 2025, 21:00 UTC+01:00', original: '16 May 2025, 01:30 IST' });
  });

  it('pads hours and minutes, and crosses a year', () => {
    expect(formatInstant('2025-01-01T00:05:00+00:00', { readerOffset: -60 }).local).toBe(
      '31 Dec 2024, 23:05 UTC\u221201:00',
    );
  });

  it('throws for an instant without an offset instead of guessing one', () => {
    expect(() => formatInstant('2025-05-16T18:22:00')).toThrow(RangeError);
  });
});

describe('readerOffsetAt', () => {
  it('reads the reader’s zone from the browser (the tests run in UTC)', () => {
    expect(readerOffsetAt(PUBLISHED)).toBe(0);
  });
});
