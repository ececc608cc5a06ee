import type { Plan } from '../../api/poolingTypes';
import { planGrid } from './planGrid';

/** The plan by asset and week: a row per pledged asset, a column per week, the area in each cell it is on station. */
export function PlanGridTable({ plan }: { plan: Plan }) {
  const grid = planGrid(plan);
  if (grid.rows.length === 0) return <p>The plan puts no asset on station.</p>;
  return (
    <div class="plan-grid-scroller">
      <table class="data-table plan-grid" data-testid="plan-grid">
        <caption>Plan by asset and week (area on station; ×n for several units)</caption>
        <thead>
          <tr>
            <th scope="col">Asset</th>
            {grid.weeks.map((week) => (
              <th scope="col" key={week} class="number-cell">
                {week}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.asset}>
              <th scope="row">{row.asset}</th>
              {row.weeks.map((cell, index) => (
                <td key={index} class={cell.length === 0 ? 'plan-cell plan-cell--idle' : 'plan-cell'}>
                  {cell.map((entry) => (entry.units > 1 ? `${entry.area} ×${entry.units}` : entry.area)).join(' ')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
