import type { CostShares } from '../../api/poolingTypes';

/** One nation's part of what the pool saves against buying every requirement in, in k€. */
export interface SavingsRow {
  nation: string;
  shapley: number;
  /** Null when the host did not compute the nucleolus. */
  nucleolus: number | null;
}

/**
 * Each nation's part of the pool's savings (the savings game: buy-in cost − v(S)), in k€. Unlike the cost game's
 * Shapley shares these are never negative, and a nation whose pledges serve nothing saves nothing.
 */
export function savingsRows(shares: CostShares): SavingsRow[] {
  return shares.nations.map((nation, index) => ({
    nation,
    shapley: (shares.savingsShapley[index] ?? 0) * shares.totalSavings,
    nucleolus: shares.savingsNucleolus === null ? null : (shares.savingsNucleolus[index] ?? 0) * shares.totalSavings,
  }));
}
