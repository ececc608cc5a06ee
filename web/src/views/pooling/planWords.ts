import type { Plan, Shortfall } from '../../api/poolingTypes';
import { weekRange } from './planGrid';

const thousands = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** An amount in thousands of euros: "12,345 k€". */
export function kiloEuros(amount: number): string {
  return `${thousands.format(amount)} k€`;
}

/** A share as a percentage with one decimal: "16.4 %". */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}

/** A shortfall in words: "MAL-SURV in MALACCA lacks 2 units in weeks 3–10 (risk 8): no pledge offers escort." */
export function describeShortfall(shortfall: Shortfall): string {
  const units = shortfall.unitsShort === 1 ? '1 unit' : `${shortfall.unitsShort} units`;
  return `${shortfall.requirementId} in ${shortfall.areaId} lacks ${units} in ${weekRange(shortfall.firstWeek, shortfall.lastWeek)} (risk ${shortfall.riskWeight}): ${shortfall.reason}.`;
}

/** How good the plan is proven to be: "Proven optimal", "Within 2.1 % of the optimum", "Greedy plan, no bound". */
export function planQuality(plan: Plan): string {
  if (plan.relativeGap === null) return 'Greedy plan, no bound';
  if (plan.relativeGap <= 1e-9) return 'Proven optimal';
  return plan.status === 'Optimal'
    ? `Optimal within the gap tolerance (${percent(plan.relativeGap)})`
    : `Time limit reached: at most ${percent(plan.relativeGap)} above the optimum`;
}
