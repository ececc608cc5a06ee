/** The replay speeds the timeline offers: simulated seconds per real second. */
export const replaySpeeds: readonly number[] = [1, 10, 60, 600];

/**
 * The replay time after `elapsedMs` of real time at `speed`, stopping at `endMs`: the timeline's play button
 * advances by this on every animation frame.
 */
export function advanceReplay(timeMs: number, elapsedMs: number, speed: number, endMs: number): number {
  return Math.min(endMs, timeMs + Math.max(0, elapsedMs) * speed);
}

/**
 * A time typed into "jump to time", read as UTC whatever the browser's zone: "2026-11-28 01:30Z", "2026-11-28T01:30:15",
 * or a time of day alone ("01:30", "0130") on the UTC day of `referenceMs`. Undefined when it is not a time.
 */
export function parseJumpTime(text: string, referenceMs: number): number | undefined {
  const trimmed = text.trim().toUpperCase().replace(/Z$/, '');
  const full = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):?(\d{2})(?::?(\d{2}))?$/.exec(trimmed);
  if (full !== null) {
    const [, year, month, day, hour, minute, second] = full;
    return utc(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second ?? 0));
  }
  const timeOfDay = /^(\d{2}):?(\d{2})(?::?(\d{2}))?$/.exec(trimmed);
  if (timeOfDay !== null) {
    const [, hour, minute, second] = timeOfDay;
    const reference = new Date(referenceMs);
    return utc(
      reference.getUTCFullYear(),
      reference.getUTCMonth() + 1,
      reference.getUTCDate(),
      Number(hour),
      Number(minute),
      Number(second ?? 0),
    );
  }
  return undefined;
}

// Date.UTC quietly rolls 25:00 into the next day; a typed 25:00 is a mistake, not tomorrow.
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(time).getUTCDate() === day ? time : undefined;
}
