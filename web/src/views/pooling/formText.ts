import type { Label } from '../../api/types';
import type { LonLat } from '../../api/poolingTypes';

/**
 * An area outline typed as "longitude latitude" pairs separated by semicolons or new lines ("103.4 1.45; 104.5 1.45;
 * 104.5 1.1"), commas allowed inside a pair: the points, and the pairs that are not two numbers. Ranges and the
 * number of points are the host's to check, so its messages name them.
 */
export function parseOutline(text: string): { points: LonLat[]; rejected: string[] } {
  const points: LonLat[] = [];
  const rejected: string[] = [];
  for (const pair of text.split(/[;\n]+/).map((part) => part.trim()).filter((part) => part !== '')) {
    const numbers = pair.split(/[\s,]+/).map(Number);
    if (numbers.length === 2 && numbers.every(Number.isFinite)) points.push([numbers[0]!, numbers[1]!]);
    else rejected.push(pair);
  }
  return { points, rejected };
}

/** An outline as the form shows it: "97.8 5.9; 100.2 6.3". */
export function formatOutline(points: readonly LonLat[] | null | undefined): string {
  return (points ?? []).map(([longitude, latitude]) => `${longitude} ${latitude}`).join('; ');
}

/** One row of the budget-cap table of a project form. */
export interface BudgetCapRow {
  nation: string;
  cap: string;
}

/**
 * Budget caps from the form's rows: nation (upper-cased) to k€; rows left blank are ignored, and rows whose cap is not
 * a whole number of k€ are rejected, since JSON cannot carry what the host would have to guess.
 */
export function budgetCaps(rows: readonly BudgetCapRow[]): { caps: Record<string, number>; rejected: string[] } {
  const caps: Record<string, number> = {};
  const rejected: string[] = [];
  for (const row of rows) {
    const nation = row.nation.trim().toUpperCase();
    const cap = row.cap.trim();
    if (nation === '' && cap === '') continue;
    if (nation !== '' && /^\d{1,12}$/.test(cap)) caps[nation] = Number(cap);
    else rejected.push(`${nation || '(no nation)'}: ${cap || '(no cap)'}`);
  }
  return { caps, rejected };
}

/** The budget caps of a stored project as form rows, nations in code order. */
export function budgetCapRows(caps: Readonly<Record<string, number>>): BudgetCapRow[] {
  return Object.entries(caps)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([nation, cap]) => ({ nation, cap: String(cap) }));
}

/** A stored record's label as the label inputs show it, so an edit keeps the label unless changed. */
export function labelInputsOf(label: Label): { classification: string; releasableTo: string; caveats: string } {
  return {
    classification: label.classification,
    releasableTo: [...label.releasableToNations, ...label.releasableToCommunities].join(' '),
    caveats: label.caveats.join(' '),
  };
}

/** A number typed in a form ("3300", "47.9"), or undefined for blank or anything else, so that a blank field is never
 * sent as 0. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}
