import type { Plan } from '../../api/poolingTypes';

/** One row of the plan grid: one group of interchangeable pledged units, its cells by week. */
export interface PlanGridRow {
  /** "JPN DestroyerOrFrigate (JPN-DD-1)". */
  asset: string;
  nation: string;
  /** The area each week (index 0 is week 1), with the units there; empty where the asset is not on station. */
  weeks: { area: string; units: number }[][];
}

/** The plan by asset and week: rows are the pledged assets, columns the weeks, cells the area(s) on station. */
export interface PlanGrid {
  weeks: number[];
  rows: PlanGridRow[];
}

/** Lays a plan's assignments out as a grid, rows in nation then asset order. */
export function planGrid(plan: Plan): PlanGrid {
  const weeks = Array.from({ length: plan.horizonWeeks }, (_, index) => index + 1);
  const rows = new Map<string, PlanGridRow>();
  for (const assignment of plan.assignments) {
    const asset = `${assignment.nation} ${assetTypeName(assignment.assetType)} (${assignment.pledgeCodes.join(', ')})`;
    let row = rows.get(asset);
    if (row === undefined) {
      row = { asset, nation: assignment.nation, weeks: weeks.map(() => []) };
      rows.set(asset, row);
    }
    for (let week = assignment.firstWeek; week <= assignment.lastWeek && week <= plan.horizonWeeks; week++) {
      const cell = row.weeks[week - 1]!;
      const present = cell.find((entry) => entry.area === assignment.areaId);
      if (present === undefined) cell.push({ area: assignment.areaId, units: assignment.units });
      else present.units += assignment.units;
    }
  }
  return { weeks, rows: [...rows.values()].sort((a, b) => a.asset.localeCompare(b.asset)) };
}

const assetTypeNames: Readonly<Record<string, string>> = {
  DestroyerOrFrigate: 'destroyer/frigate',
  OffshorePatrolVessel: 'offshore patrol vessel',
  MaritimePatrolAircraft: 'maritime patrol aircraft',
  Helicopter: 'helicopter',
  Uav: 'UAV',
  Tanker: 'tanker',
};

/** The asset type as people say it ("maritime patrol aircraft"); unknown names as the host wrote them. */
export function assetTypeName(assetType: string): string {
  return assetTypeNames[assetType] ?? assetType;
}

/** A week range in words: "week 3" or "weeks 3–10". */
export function weekRange(first: number, last: number): string {
  return first === last ? `week ${first}` : `weeks ${first}–${last}`;
}
