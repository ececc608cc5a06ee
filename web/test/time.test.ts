import { describe, expect, it } from 'vitest';
import { formatDay, formatZulu } from '../src/format/time';

describe('formatZulu', () => {
  it('shows UTC minutes with the Zulu suffix whatever the offset written', () => {
    expect(formatZulu('2026-11-27T23:26:59Z')).toBe('2026-11-27 23:26Z');
    expect(formatZulu('2026-11-28T08:26:59+09:00')).toBe('2026-11-27 23:26Z');
    expect(formatZulu('2026-11-27T23:26:59.123Z', true)).toBe('2026-11-27 23:26:59Z');
  });

  it('shows unreadable text as it came and nothing for nothing', () => {
    expect(formatZulu('yesterday')).toBe('yesterday');
    expect(formatZulu('')).toBe('');
    expect(formatZulu(null)).toBe('');
  });
});

describe('formatDay', () => {
  it('keeps a date as written and takes the UTC day of a date-time', () => {
    expect(formatDay('1949-04-04')).toBe('1949-04-04');
    expect(formatDay('2026-11-28T01:00:00+09:00')).toBe('2026-11-27');
    expect(formatDay('soon')).toBe('soon');
    expect(formatDay(undefined)).toBe('');
  });
});
