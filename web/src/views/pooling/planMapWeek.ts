import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { LonLat, Plan, Project, Requirement } from '../../api/poolingTypes';
import { assetTypeName } from './planGrid';

/** How much of an area's risk the plan leaves uncovered in a week. */
export type CoverState = 'covered' | 'partly' | 'uncovered' | 'idle';

/** One operating area in one week of a plan: what it needs, what is left uncovered, and who is on station. */
export interface AreaWeek {
  id: string;
  name: string;
  /** Risk-weighted units needed this week (units × risk weight, summed over its active requirements). */
  requiredRisk: number;
  /** Risk-weighted units short this week. */
  uncoveredRisk: number;
  state: CoverState;
  /** The assets on station this week ("JPN destroyer/frigate (JPN-DD-1)" × units). */
  assets: { asset: string; units: number }[];
  /** The outline, or null when nobody has drawn it. */
  boundary: LonLat[] | null;
}

/** Whether a requirement needs units in a week: every week of its period, or its group-transit weeks for an escort. */
export function isActive(requirement: Requirement, week: number): boolean {
  if (week < requirement.firstWeek || week > requirement.lastWeek) return false;
  return requirement.kind !== 'GroupTransitEscort' || requirement.groupTransitWeeks.includes(week);
}

/**
 * Every area of the projects in one week of the plan, in project then area order: risk needed from the
 * requirements, risk uncovered from the plan's shortfalls, and the assets its assignments put there.
 */
export function planAreaWeek(plan: Plan, projects: readonly Project[], week: number): AreaWeek[] {
  const areas: AreaWeek[] = [];
  for (const project of projects) {
    for (const area of project.areas) {
      if (areas.some((known) => known.id === area.id)) continue;
      const requiredRisk = project.requirements
        .filter((requirement) => requirement.areaId === area.id && isActive(requirement, week))
        .reduce((sum, requirement) => sum + requirement.unitsPerWeek * requirement.riskWeight, 0);
      const uncoveredRisk = plan.shortfalls
        .filter((shortfall) => shortfall.areaId === area.id && shortfall.firstWeek <= week && week <= shortfall.lastWeek)
        .reduce((sum, shortfall) => sum + shortfall.unitsShort * shortfall.riskWeight, 0);
      const assets = new Map<string, number>();
      for (const assignment of plan.assignments) {
        if (assignment.areaId !== area.id || week < assignment.firstWeek || week > assignment.lastWeek) continue;
        const asset = `${assignment.nation} ${assetTypeName(assignment.assetType)} (${assignment.pledgeCodes.join(', ')})`;
        assets.set(asset, (assets.get(asset) ?? 0) + assignment.units);
      }
      areas.push({
        id: area.id,
        name: area.name,
        requiredRisk,
        uncoveredRisk,
        state: coverState(requiredRisk, uncoveredRisk),
        assets: [...assets].map(([asset, units]) => ({ asset, units })).sort((a, b) => a.asset.localeCompare(b.asset)),
        boundary: area.boundary === undefined || area.boundary === null || area.boundary.length < 3 ? null : area.boundary,
      });
    }
  }
  return areas;
}

function coverState(required: number, uncovered: number): CoverState {
  if (required === 0) return 'idle';
  if (uncovered === 0) return 'covered';
  return uncovered >= required ? 'uncovered' : 'partly';
}

/** The properties of an area's outline on the map. */
export interface AreaFeatureProperties {
  areaId: string;
  state: CoverState;
}

/** The properties of an area's assets marker on the map. */
export interface AssetFeatureProperties {
  areaId: string;
  units: number;
}

/**
 * The map's features for one week: each outlined area as a closed polygon coloured by its state, and, where units are
 * on station, one marker at the centroid of its outline sized by how many.
 */
export function planMapFeatures(areas: readonly AreaWeek[]): {
  areas: FeatureCollection<Polygon, AreaFeatureProperties>;
  assets: FeatureCollection<Point, AssetFeatureProperties>;
} {
  const outlined = areas.filter((area): area is AreaWeek & { boundary: LonLat[] } => area.boundary !== null);
  return {
    areas: {
      type: 'FeatureCollection',
      features: outlined.map(
        (area): Feature<Polygon, AreaFeatureProperties> => ({
          type: 'Feature',
          properties: { areaId: area.id, state: area.state },
          geometry: { type: 'Polygon', coordinates: [[...area.boundary, area.boundary[0]!]] },
        }),
      ),
    },
    assets: {
      type: 'FeatureCollection',
      features: outlined
        .filter((area) => area.assets.length > 0)
        .map(
          (area): Feature<Point, AssetFeatureProperties> => ({
            type: 'Feature',
            properties: { areaId: area.id, units: area.assets.reduce((sum, asset) => sum + asset.units, 0) },
            geometry: { type: 'Point', coordinates: outlineCentroid(area.boundary) },
          }),
        ),
    },
  };
}

/**
 * The centroid of an outline (the shoelace formula, in degrees: patrol areas are small enough for that), where its
 * marker goes; the middle of a long diagonal strait's box would be on land. The mean of the points for an outline
 * with no area.
 */
export function outlineCentroid(boundary: readonly LonLat[]): LonLat {
  let twiceArea = 0;
  let x = 0;
  let y = 0;
  boundary.forEach(([x0, y0], index) => {
    const [x1, y1] = boundary[(index + 1) % boundary.length]!;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  });
  if (Math.abs(twiceArea) < 1e-12) {
    return [boundary.reduce((sum, [longitude]) => sum + longitude, 0) / boundary.length, boundary.reduce((sum, [, latitude]) => sum + latitude, 0) / boundary.length];
  }
  return [x / (3 * twiceArea), y / (3 * twiceArea)];
}

/** The box [west, south, east, north] around every outline, or undefined when there is none. */
export function outlineBounds(outlines: readonly (readonly LonLat[])[]): [number, number, number, number] | undefined {
  const points = outlines.flat();
  if (points.length === 0) return undefined;
  const longitudes = points.map(([longitude]) => longitude);
  const latitudes = points.map(([, latitude]) => latitude);
  return [Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)];
}

/** The state in words, for the table beside the map and the map's legend. */
export const coverStateText: Readonly<Record<CoverState, string>> = {
  covered: 'covered',
  partly: 'partly uncovered',
  uncovered: 'uncovered',
  idle: 'nothing required',
};

/** The fill colour of each state: the map's own palette, red for risk left uncovered. */
export const coverStateColour: Readonly<Record<CoverState, string>> = {
  covered: '#3fae6a',
  partly: '#e0a030',
  uncovered: '#d9443a',
  idle: '#7b8a80',
};
