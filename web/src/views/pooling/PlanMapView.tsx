import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Plan, Project } from '../../api/poolingTypes';
import type { PlanMap } from './PlanMap';
import { coverStateColour, coverStateText, outlineBounds, planAreaWeek, planMapFeatures } from './planMapWeek';

type MapState = { state: 'loading' } | { state: 'failed'; reason: string } | { state: 'ready'; map: PlanMap };

/**
 * The plan on the map for a chosen week: the projects' areas coloured by risk covered or left uncovered, a marker
 * where units are on station, and beside it the same in a table (names, states and assets), which is what a screen
 * reader reads and what the map cannot label without fonts.
 */
export function PlanMapView({ plan, projects }: { plan: Plan; projects: readonly Project[] }) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapState>({ state: 'loading' });
  const [week, setWeek] = useState(1);
  // How many areas and markers the map holds, on its element, for the browser test (the canvas cannot be read).
  const [drawn, setDrawn] = useState({ areas: 0, markers: 0 });
  const areas = useMemo(() => planAreaWeek(plan, projects, week), [plan, projects, week]);
  const weeks = Array.from({ length: plan.horizonWeeks }, (_, index) => index + 1);

  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    let created: PlanMap | undefined;
    let unmounted = false;
    // MapLibre comes as its own chunk, shared with the operations room, on first use.
    import('./PlanMap')
      .then(({ PlanMap }) => PlanMap.create(element))
      .then(
        (made) => {
          if (unmounted) {
            made.remove();
            return;
          }
          created = made;
          setMap({ state: 'ready', map: made });
        },
        (failure: unknown) => !unmounted && setMap({ state: 'failed', reason: failure instanceof Error ? failure.message : String(failure) }),
      );
    return () => {
      unmounted = true;
      created?.remove();
    };
  }, []);

  const outlines = areas.flatMap((area) => (area.boundary === null ? [] : [area.boundary]));
  const bounds = outlineBounds(outlines);
  const boundsKey = bounds?.join(',');
  useEffect(() => {
    if (map.state === 'ready' && bounds !== undefined) map.map.frame(bounds);
  }, [map, boundsKey]);

  useEffect(() => {
    if (map.state !== 'ready') return;
    const features = planMapFeatures(areas);
    map.map.show(features.areas, features.assets);
    setDrawn({ areas: features.areas.features.length, markers: features.assets.features.length });
  }, [map, areas]);

  useEffect(() => setWeek((current) => Math.min(current, plan.horizonWeeks)), [plan.horizonWeeks]);

  return (
    <div class="plan-map-view">
      <p>
        <label for="plan-map-week">Week </label>
        <select id="plan-map-week" value={week} onChange={(event) => setWeek(Number(event.currentTarget.value))}>
          {weeks.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>{' '}
        <span class="plan-map-legend" aria-hidden="true">
          {(['covered', 'partly', 'uncovered', 'idle'] as const).map((state) => (
            <span key={state} class="plan-map-key">
              <span class="plan-map-swatch" style={{ background: coverStateColour[state] }} /> {coverStateText[state]}
            </span>
          ))}
        </span>
      </p>
      <div class="plan-map-layout">
        <div
          ref={container}
          class="plan-map"
          data-testid="plan-map"
          data-state={map.state}
          data-areas-drawn={drawn.areas}
          data-asset-markers-drawn={drawn.markers}
          role="img"
          aria-label={`Map of the plan's areas in week ${week}; the table beside it lists them.`}
        />
        <table class="data-table data-table--rows plan-map-table" data-testid="plan-map-areas">
          <caption>Areas in week {week}</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Risk</th>
              <th scope="col">On station</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id} data-area={area.id}>
                <th scope="row">
                  <span class="plan-map-swatch" style={{ background: coverStateColour[area.state] }} /> {area.name}
                  {area.boundary === null && <span class="caption-note"> (no outline to draw)</span>}
                </th>
                <td>
                  {coverStateText[area.state]}
                  {area.requiredRisk > 0 && ` (${area.uncoveredRisk} of ${area.requiredRisk} uncovered)`}
                </td>
                <td>
                  {area.assets.length === 0
                    ? '—'
                    : area.assets.map((asset) => (
                        <div key={asset.asset}>
                          {asset.units} × {asset.asset}
                        </div>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {map.state === 'failed' && <p class="caption-note">The map could not be drawn ({map.reason}); the table lists the same.</p>}
    </div>
  );
}
