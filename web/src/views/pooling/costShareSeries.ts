import type { CostShares } from '../../api/poolingTypes';

/** One rule's shares, in the order of the nations. */
export interface CostShareSeries {
  rule: string;
  /** A CSS class that colours the rule's bars. */
  tone: string;
  values: number[];
}

/** The rules to compare, in the order they are drawn; the nucleolus only when the host could compute it. */
export function costShareSeries(shares: CostShares): CostShareSeries[] {
  const series: CostShareSeries[] = [
    { rule: 'GNI key (capped)', tone: 'series-gni', values: shares.gniKey },
    { rule: 'Contribution', tone: 'series-contribution', values: shares.contribution },
    { rule: shares.shapleyIsExact ? 'Shapley value' : 'Shapley value (sampled)', tone: 'series-shapley', values: shares.shapley },
  ];
  if (shares.nucleolus !== null) series.push({ rule: 'Nucleolus', tone: 'series-nucleolus', values: shares.nucleolus });
  return series;
}

/**
 * The range of the share axis in tenths: from 0 (or below, since a Shapley value or nucleolus may give a nation a
 * negative share when it saves the others more than it costs) to the tenth above the largest share (at least 10 %).
 */
export function axisRange(series: CostShareSeries[]): { minimum: number; maximum: number } {
  const values = series.flatMap((entry) => entry.values);
  const largest = Math.max(0.1, ...values);
  const smallest = Math.min(0, ...values);
  return {
    minimum: Math.max(-1, Math.floor(smallest * 10 + 1e-9) / 10),
    maximum: Math.min(1, Math.ceil(largest * 10 - 1e-9) / 10),
  };
}
