import type { Funds } from '../../api/poolingTypes';
import { LabelMarking } from '../../components/LabelMarking';
import { kiloEuros } from './planWords';

/** The funds pledges released to the user, newest first. */
export function FundsTable({ funds }: { funds: readonly Funds[] }) {
  if (funds.length === 0) return <p>No funds pledges are released to you.</p>;
  return (
    <table class="data-table data-table--rows" data-testid="funds-table">
      <thead>
        <tr>
          <th scope="col">Marking</th>
          <th scope="col">Nation</th>
          <th scope="col">Project</th>
          <th scope="col">Amount</th>
        </tr>
      </thead>
      <tbody>
        {funds.map((pledge) => (
          <tr key={pledge.id}>
            <td>
              <LabelMarking label={pledge.label} />
            </td>
            <td class="trigraph-cell">{pledge.nation}</td>
            <td>{pledge.projectCode}</td>
            <td class="number-cell">{kiloEuros(pledge.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
