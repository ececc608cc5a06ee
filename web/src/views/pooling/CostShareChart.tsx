import type { CostShares } from '../../api/poolingTypes';
import { axisRange, costShareSeries } from './costShareSeries';
import { percent } from './planWords';
import { SavingsTable } from './SavingsTable';

const barHeight = 9;
const nationGap = 12;
const labelWidth = 48;
const chartWidth = 520;

/**
 * Each nation's share of the plan's cost under each rule, as grouped horizontal bars (plain SVG, no chart library),
 * with the same figures in a table for screen readers and for reading exact values.
 */
export function CostShareChart({ shares }: { shares: CostShares }) {
  const series = costShareSeries(shares);
  const { minimum, maximum } = axisRange(series);
  const groupHeight = series.length * barHeight + nationGap;
  const height = shares.nations.length * groupHeight + 24;
  const x = (fraction: number) => labelWidth + ((fraction - minimum) / (maximum - minimum)) * (chartWidth - labelWidth - 8);
  const ticks = Array.from({ length: Math.round((maximum - minimum) * 10) + 1 }, (_, index) => Math.round(minimum * 10 + index) / 10);

  return (
    <figure class="cost-share-chart" data-testid="cost-share-chart">
      <figcaption>Share of the plan's cost by nation under each rule</figcaption>
      <ul class="chart-legend">
        {series.map((entry) => (
          <li key={entry.rule}>
            <span class={`chart-swatch ${entry.tone}`} aria-hidden="true" />
            {entry.rule}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${chartWidth} ${height}`} width="100%" role="img" aria-label="Cost shares by nation and rule; the table below gives the figures">
        {ticks.map((tick) => (
          <g key={tick}>
            <line class="chart-grid" x1={x(tick)} x2={x(tick)} y1={0} y2={height - 20} />
            <text class="chart-tick" x={x(tick)} y={height - 6} text-anchor="middle">
              {Math.round(tick * 100)} %
            </text>
          </g>
        ))}
        {shares.nations.map((nation, nationIndex) => {
          const top = nationIndex * groupHeight;
          return (
            <g key={nation}>
              <text class="chart-nation" x={0} y={top + (series.length * barHeight) / 2 + 4}>
                {nation}
              </text>
              {series.map((entry, seriesIndex) => (
                <rect
                  key={entry.rule}
                  class={entry.tone}
                  x={Math.min(x(0), x(entry.values[nationIndex] ?? 0))}
                  y={top + seriesIndex * barHeight}
                  width={Math.abs(x(entry.values[nationIndex] ?? 0) - x(0))}
                  height={barHeight - 1}
                >
                  <title>{`${nation}, ${entry.rule}: ${percent(entry.values[nationIndex] ?? 0)}`}</title>
                </rect>
              ))}
            </g>
          );
        })}
      </svg>
      <table class="data-table data-table--rows cost-share-table">
        <thead>
          <tr>
            <th scope="col">Nation</th>
            {series.map((entry) => (
              <th scope="col" key={entry.rule}>
                {entry.rule}
              </th>
            ))}
            <th scope="col">ATARES balance (EFH)</th>
          </tr>
        </thead>
        <tbody>
          {shares.nations.map((nation, index) => (
            <tr key={nation}>
              <th scope="row" class="trigraph-cell">
                {nation}
                {shares.gniCapped[index] === true && <span class="caption-note"> (capped)</span>}
              </th>
              {series.map((entry) => (
                <td class="number-cell" key={entry.rule}>
                  {percent(entry.values[index] ?? 0)}
                </td>
              ))}
              <td class="number-cell">{(shares.ledgerBalances[index] ?? 0).toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SavingsTable shares={shares} />
      {shares.notes.length > 0 && (
        <ul class="caption-note">
          {shares.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
