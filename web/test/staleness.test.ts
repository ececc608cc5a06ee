import { describe, expect, it } from 'vitest';
import { formatAge, lostAfterMs, staleAfterMs, stalenessAt } from '../src/map/staleness';

const reported = Date.UTC(2026, 10, 28, 0, 0, 0);
const minute = 60_000;

describe('stalenessAt', () => {
  it.each([
    [0, 'fresh'],
    [59 * minute, 'fresh'],
    // The host's PictureOptions.Classify: stale only when older than the threshold, not at it.
    [60 * minute, 'fresh'],
    [60 * minute + 1, 'stale'],
    [6 * 60 * minute, 'stale'],
    [6 * 60 * minute + 1, 'lost'],
    [3 * 24 * 60 * minute, 'lost'],
    // A report stamped after the screen's clock (a fast receiver clock) is shown as current, not as an error.
    [-5 * minute, 'fresh'],
  ])('after %d ms is %s', (age, expected) => {
    expect(stalenessAt(reported, reported + age)).toBe(expected);
  });

  it('uses the thresholds of the host picture', () => {
    expect(staleAfterMs).toBe(3_600_000);
    expect(lostAfterMs).toBe(21_600_000);
  });
});

describe('formatAge', () => {
  it.each([
    [-3000, '0 s'],
    [45_000, '45 s'],
    [12 * minute + 59_000, '12 min'],
    [185 * minute, '3 h 05 min'],
    [(2 * 24 + 4) * 60 * minute + 30 * minute, '2 d 4 h'],
  ])('%d ms reads %s', (age, text) => {
    expect(formatAge(age)).toBe(text);
  });
});
