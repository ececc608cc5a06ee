import type { CostShares } from '../../api/poolingTypes';
import { kiloEuros } from './planWords';
import { savingsRows } from './savingsRows';

/** What each nation's pledges save the pool against buying every requirement in: the savings game's shares. */
export function SavingsTable({ shares }: { shares: CostShares }) {
  const rows = savingsRows(shares);
  const withNucleolus = shares.savingsNucleolus !== null;
  return (
    <table class="data-table data-table--rows savings-table" data-testid="savings-table">
      <caption>
        The pool saves {kiloEuros(shares.totalSavings)} against buying every requirement in ({kiloEuros(shares.buyInCost)});
        each nation's part of the savings
      </caption>
      <thead>
        <tr>
          <th scope="col">Nation</th>
          <th scope="col">Savings (Shapley value)</th>
          {withNucleolus && <th scope="col">Savings (nucleolus)</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.nation}>
            <th scope="row" class="trigraph-cell">
              {row.nation}
            </th>
            <td class="number-cell">{kiloEuros(row.shapley)}</td>
            {withNucleolus && <td class="number-cell">{kiloEuros(row.nucleolus ?? 0)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
