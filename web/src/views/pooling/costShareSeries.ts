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

/** The largest share drawn, rounded up to a tenth, so the axis ends on a round figure (at least 10 %). */
export function axisMaximum(series: CostShareSeries[]): number {
  const largest = Math.max(0.1, ...series.flatMap((entry) => entry.values));
  return Math.min(1, Math.ceil(largest * 10 - 1e-9) / 10);
}
