import type { NationFigures } from '../../api/poolingTypes';
import { LabelMarking } from '../../components/LabelMarking';

/** The nations' figures released to the user, each figure beside its source. */
export function NationFiguresTable({ nations }: { nations: readonly NationFigures[] }) {
  if (nations.length === 0) return <p>No nations' figures are released to you.</p>;
  return (
    <table class="data-table data-table--rows" data-testid="nations-table">
      <thead>
        <tr>
          <th scope="col">Marking</th>
          <th scope="col">Nation</th>
          <th scope="col">Defence spending (bn US$)</th>
          <th scope="col">Source</th>
          <th scope="col">GNI (bn US$)</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {nations.map((figures) => (
          <tr key={figures.id}>
            <td>
              <LabelMarking label={figures.label} />
            </td>
            <td class="trigraph-cell">{figures.nation}</td>
            <td class="number-cell">{figures.defenceSpendingUsdBillions}</td>
            <td>{figures.defenceSpendingSource}</td>
            <td class="number-cell">{figures.gniUsdBillions}</td>
            <td>{figures.gniSource}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
