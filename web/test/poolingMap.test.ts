import { describe, expect, it } from 'vitest';
import { ConcertApi } from '../src/api/ConcertApi';
import type { Fetch } from '../src/api/HttpClient';
import type { Plan, Project, Requirement } from '../src/api/poolingTypes';
import { budgetCapRows, budgetCaps, formatOutline, labelInputsOf, parseNumber, parseOutline } from '../src/views/pooling/formText';
import { labelFields } from '../src/views/pooling/labelText';
import { isActive, outlineBounds, outlineCentroid, planAreaWeek, planMapFeatures } from '../src/views/pooling/planMapWeek';

const label = {
  marking: 'CONCERT RESTRICTED REL CONCERT',
  policy: 'CONCERT',
  classification: 'RESTRICTED',
  releasableToNations: [],
  releasableToCommunities: ['CONCERT'],
  caveats: [],
  stanag4774Xml: '<x/>',
};

function requirement(overrides: Partial<Requirement>): Requirement {
  return {
    id: 'R',
    areaId: 'SULU',
    kind: 'Coverage',
    capability: 'Surveillance',
    firstWeek: 1,
    lastWeek: 6,
    unitsPerWeek: 1,
    riskWeight: 5,
    groupTransitWeeks: [],
    ...overrides,
  };
}

const singaporeStrait: [number, number][] = [
  [103.4, 1.45],
  [104.5, 1.45],
  [104.5, 1.1],
  [103.4, 1.1],
];

const projects: Project[] = [
  {
    id: 1,
    code: 'SEA',
    name: 'Straits',
    areas: [
      { id: 'SINGAPORE', name: 'Singapore Strait', boundary: singaporeStrait },
      { id: 'SULU', name: 'Sulu and Celebes Seas', boundary: null },
    ],
    requirements: [
      requirement({ id: 'SG-PRES', areaId: 'SINGAPORE', kind: 'SurfacePresence', capability: 'Presence', unitsPerWeek: 2, riskWeight: 6 }),
      requirement({ id: 'SG-ESC', areaId: 'SINGAPORE', kind: 'GroupTransitEscort', capability: 'Escort', unitsPerWeek: 1, riskWeight: 9, groupTransitWeeks: [2, 5] }),
      requirement({ id: 'SULU-SURV', areaId: 'SULU', firstWeek: 3, lastWeek: 6, unitsPerWeek: 1, riskWeight: 4 }),
    ],
    maxWeeksOnStation: 8,
    restWeeks: 2,
    budgetCaps: { JPN: 5000 },
    created: '2026-03-02T08:00:00Z',
    updated: '2026-03-02T08:00:00Z',
    author: 'secretariat',
    label,
  },
];

const plan: Plan = {
  id: 3,
  created: '2026-03-02T08:00:00Z',
  author: 'gb.planner',
  basePlanId: null,
  whatIf: null,
  status: 'Optimal',
  objective: 0,
  bestBound: 0,
  relativeGap: 0,
  assetCost: 0,
  shortfallPenalty: 0,
  shortfallPrice: 50,
  coverage: 0.8,
  horizonWeeks: 6,
  timeLimitSeconds: 10,
  solveMilliseconds: 100,
  assignments: [
    { pledgeIds: [1], pledgeCodes: ['SGP-FF-1'], nation: 'SGP', assetType: 'DestroyerOrFrigate', areaId: 'SINGAPORE', firstWeek: 1, lastWeek: 6, units: 1, cost: 1, serves: ['SG-PRES'] },
    { pledgeIds: [2], pledgeCodes: ['MYS-OPV-1'], nation: 'MYS', assetType: 'OffshorePatrolVessel', areaId: 'SINGAPORE', firstWeek: 2, lastWeek: 2, units: 2, cost: 1, serves: ['SG-ESC', 'SG-PRES'] },
    { pledgeIds: [2], pledgeCodes: ['MYS-OPV-1'], nation: 'MYS', assetType: 'OffshorePatrolVessel', areaId: 'SULU', firstWeek: 4, lastWeek: 6, units: 1, cost: 1, serves: ['SULU-SURV'] },
  ],
  shortfalls: [
    // Week 1: one unit of presence short (risk 6); weeks 3–4 the same; week 3 also Sulu uncovered (risk 4).
    { requirementId: 'SG-PRES', areaId: 'SINGAPORE', firstWeek: 1, lastWeek: 1, unitsShort: 1, riskWeight: 6, uncoveredRisk: 6, reason: 'x' },
    { requirementId: 'SG-PRES', areaId: 'SINGAPORE', firstWeek: 3, lastWeek: 4, unitsShort: 1, riskWeight: 6, uncoveredRisk: 12, reason: 'x' },
    { requirementId: 'SULU-SURV', areaId: 'SULU', firstWeek: 3, lastWeek: 3, unitsShort: 1, riskWeight: 4, uncoveredRisk: 4, reason: 'x' },
  ],
  costByNation: { MYS: 2, SGP: 1 },
  explanation: [],
  label,
};

describe('area outlines as typed', () => {
  it('reads "longitude latitude" pairs separated by semicolons or lines, commas allowed in a pair', () => {
    expect(parseOutline('103.4 1.45; 104.5,1.45\n104.5 1.1 ;')).toEqual({
      points: [
        [103.4, 1.45],
        [104.5, 1.45],
        [104.5, 1.1],
      ],
      rejected: [],
    });
  });

  it('rejects pairs that are not two numbers, leaving ranges to the host', () => {
    expect(parseOutline('103.4; 1 2 3; east north; 200 95')).toEqual({ points: [[200, 95]], rejected: ['103.4', '1 2 3', 'east north'] });
  });

  it('writes an outline back as it reads it', () => {
    expect(formatOutline(singaporeStrait)).toBe('103.4 1.45; 104.5 1.45; 104.5 1.1; 103.4 1.1');
    expect(parseOutline(formatOutline(singaporeStrait)).points).toEqual(singaporeStrait);
    expect(formatOutline(null)).toBe('');
  });
});

describe('budget caps as typed', () => {
  it('keeps whole k€ per nation, upper-cased, and skips blank rows', () => {
    expect(
      budgetCaps([
        { nation: 'jpn', cap: '5000' },
        { nation: '', cap: '' },
        { nation: 'KOR ', cap: ' 0' },
      ]),
    ).toEqual({ caps: { JPN: 5000, KOR: 0 }, rejected: [] });
  });

  it('rejects caps that are not whole numbers rather than sending a guess', () => {
    expect(
      budgetCaps([
        { nation: 'JPN', cap: '5k' },
        { nation: 'AUS', cap: '' },
        { nation: '', cap: '10' },
        { nation: 'NZL', cap: '-3' },
      ]),
    ).toEqual({ caps: {}, rejected: ['JPN: 5k', 'AUS: (no cap)', '(no nation): 10', 'NZL: -3'] });
  });

  it('lists stored caps as rows in nation order', () => {
    expect(budgetCapRows({ USA: 100, AUS: 7 })).toEqual([
      { nation: 'AUS', cap: '7' },
      { nation: 'USA', cap: '100' },
    ]);
  });
});

describe('form numbers and labels', () => {
  it('reads decimals and refuses blanks, so a blank is never sent as 0', () => {
    expect(parseNumber(' 47.9 ')).toBe(47.9);
    expect(parseNumber('3300')).toBe(3300);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('4,9')).toBeUndefined();
    expect(parseNumber('1e3')).toBeUndefined();
  });

  it('shows a stored label in the label inputs so that saving keeps it', () => {
    const stored = { ...label, classification: 'SECRET', releasableToNations: ['JPN', 'KOR'], releasableToCommunities: ['NATO-IP4'], caveats: ['EXERCISE'] };
    const inputs = labelInputsOf(stored);
    expect(inputs).toEqual({ classification: 'SECRET', releasableTo: 'JPN KOR NATO-IP4', caveats: 'EXERCISE' });
    expect(labelFields(inputs.classification, inputs.releasableTo, inputs.caveats)).toEqual({
      policy: 'CONCERT',
      classification: 'SECRET',
      releasableToNations: ['JPN', 'KOR'],
      releasableToCommunities: ['NATO-IP4'],
      caveats: ['EXERCISE'],
    });
  });
});

describe('the plan on the map', () => {
  it('counts an escort only in its group-transit weeks', () => {
    const escort = requirement({ kind: 'GroupTransitEscort', firstWeek: 2, lastWeek: 5, groupTransitWeeks: [2, 5] });
    expect([1, 2, 3, 4, 5, 6].filter((week) => isActive(escort, week))).toEqual([2, 5]);
    expect([0, 1, 6, 7].filter((week) => isActive(requirement({}), week))).toEqual([1, 6]);
  });

  it('weighs each area’s need and shortfall by risk, week by week', () => {
    // Week 1: Singapore needs 2 × 6 = 12 (no transit), 6 short; Sulu needs nothing yet.
    const week1 = planAreaWeek(plan, projects, 1);
    expect(week1.map(({ id, requiredRisk, uncoveredRisk, state }) => ({ id, requiredRisk, uncoveredRisk, state }))).toEqual([
      { id: 'SINGAPORE', requiredRisk: 12, uncoveredRisk: 6, state: 'partly' },
      { id: 'SULU', requiredRisk: 0, uncoveredRisk: 0, state: 'idle' },
    ]);
    // Week 2: presence 12 + escort 9 = 21, all covered by the frigate and two patrol vessels.
    const week2 = planAreaWeek(plan, projects, 2);
    expect(week2[0]).toMatchObject({ requiredRisk: 21, uncoveredRisk: 0, state: 'covered' });
    expect(week2[0]!.assets).toEqual([
      { asset: 'MYS offshore patrol vessel (MYS-OPV-1)', units: 2 },
      { asset: 'SGP destroyer/frigate (SGP-FF-1)', units: 1 },
    ]);
    // Week 3: Sulu needs 4 and has no one: uncovered.
    expect(planAreaWeek(plan, projects, 3)[1]).toMatchObject({ requiredRisk: 4, uncoveredRisk: 4, state: 'uncovered', assets: [] });
  });

  it('draws outlined areas as closed polygons and a marker with the units on station', () => {
    const features = planMapFeatures(planAreaWeek(plan, projects, 2));
    expect(features.areas.features).toHaveLength(1);
    const singapore = features.areas.features[0]!;
    expect(singapore.properties).toEqual({ areaId: 'SINGAPORE', state: 'covered' });
    expect(singapore.geometry.coordinates[0]).toEqual([...singaporeStrait, singaporeStrait[0]]);
    expect(features.assets.features).toEqual([
      { type: 'Feature', properties: { areaId: 'SINGAPORE', units: 3 }, geometry: { type: 'Point', coordinates: outlineCentroid(singaporeStrait) } },
    ]);
  });

  it('frames every outline', () => {
    expect(outlineBounds([singaporeStrait, [[98, 6]]])).toEqual([98, 1.1, 104.5, 6]);
    expect(outlineBounds([])).toBeUndefined();
  });

  it('puts the marker at the centroid, inside an L-shaped area where the box middle is outside', () => {
    const [x, y] = outlineCentroid(singaporeStrait);
    expect(x).toBeCloseTo(103.95, 10);
    expect(y).toBeCloseTo(1.275, 10);
    // An L of three unit squares, (0,0)–(2,1) and (0,1)–(1,2): centroid (5/6, 5/6), the box middle (1, 1) is a corner.
    const ell: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 2],
      [0, 2],
    ];
    const [ex, ey] = outlineCentroid(ell);
    expect(ex).toBeCloseTo(5 / 6, 12);
    expect(ey).toBeCloseTo(5 / 6, 12);
    // Clockwise or anticlockwise, the same point; a degenerate outline falls back to the mean of its points.
    expect(outlineCentroid([...ell].reverse())[0]).toBeCloseTo(5 / 6, 12);
    expect(outlineCentroid([[1, 1], [2, 2], [3, 3]])).toEqual([2, 2]);
  });
});

describe('PoolingApi changes', () => {
  it('PUTs a project’s new budget caps with the session token', async () => {
    const calls: { path: string; init: RequestInit }[] = [];
    const responses = [
      new Response(JSON.stringify({ username: 'gb.planner', mustChangePassword: false, antiforgery: { headerName: 'X-XSRF-TOKEN', token: 't1' } }), { status: 200 }),
      new Response(JSON.stringify({ ...projects[0], budgetCaps: { JPN: 4000 } }), { status: 200 }),
      new Response(JSON.stringify({ title: 'The nation’s figures were not changed', status: 400, errors: { gniSource: ['Name the source of the GNI figure.'] } }), {
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    ];
    const fetch: Fetch = (path, init) => {
      calls.push({ path, init });
      return Promise.resolve(responses.shift()!);
    };
    const api = new ConcertApi(fetch);
    await api.signIn('gb.planner', 'pw');
    const { id: _id, created: _created, updated: _updated, author: _author, label: _label, ...fields } = projects[0]!;
    const saved = await api.pooling.updateProject(1, { ...fields, budgetCaps: { JPN: 4000 } }, labelFields('RESTRICTED', 'CONCERT', ''));
    expect(saved.budgetCaps).toEqual({ JPN: 4000 });
    expect(calls[1]!.path).toBe('/api/v1/pooling/projects/1');
    expect(calls[1]!.init.method).toBe('PUT');
    expect(new Headers(calls[1]!.init.headers).get('X-XSRF-TOKEN')).toBe('t1');
    expect(JSON.parse(calls[1]!.init.body as string)).toMatchObject({ budgetCaps: { JPN: 4000 }, label: { policy: 'CONCERT' } });

    const failure = await api.pooling
      .updateNation(8, { nation: 'JPN', defenceSpendingUsdBillions: 50, defenceSpendingSource: 'SIPRI', gniUsdBillions: 4900, gniSource: ' ' }, labelFields('RESTRICTED', 'CONCERT', ''))
      .catch((error: unknown) => error);
    expect(calls[2]!.path).toBe('/api/v1/pooling/nations/8');
    expect((failure as { fieldErrors: unknown }).fieldErrors).toEqual({ gniSource: ['Name the source of the GNI figure.'] });
  });
});
