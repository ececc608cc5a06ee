import { describe, expect, it } from 'vitest';
import { advanceReplay, parseJumpTime, replaySpeeds } from '../src/map/replayClock';

const reference = Date.UTC(2026, 10, 28, 1, 2, 3);

describe('advanceReplay', () => {
  it('moves by real time times the speed and stops at the end', () => {
    const end = reference + 3_600_000;
    expect(advanceReplay(reference, 1000, 60, end)).toBe(reference + 60_000);
    expect(advanceReplay(reference, 16, 600, end)).toBe(reference + 9600);
    expect(advanceReplay(reference, 10_000, 600, end)).toBe(end);
    // A frame time from before the last (a throttled background tab) never runs the replay backwards.
    expect(advanceReplay(reference, -50, 10, end)).toBe(reference);
  });

  it('offers 1×, 10×, 60× and 600×', () => {
    expect(replaySpeeds).toEqual([1, 10, 60, 600]);
  });
});

describe('parseJumpTime', () => {
  it.each([
    ['2026-11-27 23:26Z', Date.UTC(2026, 10, 27, 23, 26)],
    ['2026-11-27 23:26:45Z', Date.UTC(2026, 10, 27, 23, 26, 45)],
    ['2026-11-27T23:26:45', Date.UTC(2026, 10, 27, 23, 26, 45)],
    ['2026-11-27t2326z', Date.UTC(2026, 10, 27, 23, 26)],
    ['  2026-02-28 00:00  ', Date.UTC(2026, 1, 28)],
    ['14:30', Date.UTC(2026, 10, 28, 14, 30)],
    ['1430', Date.UTC(2026, 10, 28, 14, 30)],
    ['00:15:30Z', Date.UTC(2026, 10, 28, 0, 15, 30)],
  ])('reads %j as UTC', (text, expected) => {
    expect(parseJumpTime(text, reference)).toBe(expected);
  });

  it.each(['', 'yesterday', '25:00', '12:60', '2026-02-30 10:00', '2026-13-01 10:00', '2026-11-27', '1:30'])(
    'refuses %j',
    (text) => {
      expect(parseJumpTime(text, reference)).toBeUndefined();
    },
  );
});
