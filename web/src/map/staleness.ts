/**
 * How current a vessel's last report is, by the thresholds the host's picture uses (PictureOptions): stale after an
 * hour, lost after six. The map fades stale vessels and draws lost ones hollow, so an officer never mistakes an old
 * report for a vessel that is there now.
 */
export type Staleness = 'fresh' | 'stale' | 'lost';

/** Age after which a report is stale: one hour. */
export const staleAfterMs = 60 * 60 * 1000;

/** Age after which a report is lost: six hours. */
export const lostAfterMs = 6 * 60 * 60 * 1000;

/** The staleness at `atMs` of a report made at `reportedMs`; a report from the future (clock skew) is fresh. */
export function stalenessAt(reportedMs: number, atMs: number): Staleness {
  const age = atMs - reportedMs;
  if (age > lostAfterMs) return 'lost';
  if (age > staleAfterMs) return 'stale';
  return 'fresh';
}

/** An age in the largest two units a watch officer reads at a glance: "45 s", "12 min", "3 h 05 min", "2 d 4 h". */
export function formatAge(ageMs: number): string {
  const seconds = Math.max(0, Math.floor(ageMs / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
