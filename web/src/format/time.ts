/**
 * Times are shown in UTC with the Zulu suffix, the way watch officers of every nation log them, so two people in
 * different time zones read the same clock: "2026-11-27 23:26Z". Unparseable input is shown as it came.
 */
export function formatZulu(iso: string | null | undefined, withSeconds = false): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const text = time.toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, withSeconds ? 19 : 16)}Z`;
}

/** The UTC calendar day of a date ("2026-11-27") or date-time; unparseable input is shown as it came. */
export function formatDay(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : time.toISOString().slice(0, 10);
}
