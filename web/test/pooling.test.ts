import { describe, expect, it } from 'vitest';
import { ConcertApi } from '../src/api/ConcertApi';
import { ApiError } from '../src/api/ApiError';
import type { Fetch } from '../src/api/HttpClient';
import type { CostShares, Plan } from '../src/api/poolingTypes';
import { parseRoute, routeHref } from '../src/app/routes';
import { axisRange, costShareSeries } from '../src/views/pooling/costShareSeries';
import { savingsRows } from '../src/views/pooling/savingsRows';
import { fieldErrorsUnder, messagesFor } from '../src/views/pooling/FieldMessages';
import { labelFields } from '../src/views/pooling/labelText';
import { planGrid, weekRange } from '../src/views/pooling/planGrid';
import { describeShortfall, kiloEuros, planQuality } from '../src/views/pooling/planWords';
import { parseTransitDays } from '../src/views/pooling/transitText';

const label = {
  marking: 'CONCERT RESTRICTED REL CONCERT',
  policy: 'CONCERT',
  classification: 'RESTRICTED',
  releasableToNations: [],
  releasableToCommunities: ['CONCERT'],
  caveats: [],
  stanag4774Xml: '<x/>',
};

function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 7,
    created: '2026-03-02T08:00:00Z',
    author: 'gb.planner',
    basePlanId: null,
    whatIf: null,
    status: 'Optimal',
    objective: 1000,
    bestBound: 1000,
    relativeGap: 0,
    assetCost: 800,
    shortfallPenalty: 200,
    shortfallPrice: 50,
    coverage: 0.9,
    horizonWeeks: 6,
    timeLimitSeconds: 10,
    solveMilliseconds: 120,
    assignments: [
      { pledgeIds: [1], pledgeCodes: ['JPN-DD-1'], nation: 'JPN', assetType: 'DestroyerOrFrigate', areaId: 'ECS', firstWeek: 1, lastWeek: 3, units: 2, cost: 300, serves: ['ECS-SURV'] },
      { pledgeIds: [1], pledgeCodes: ['JPN-DD-1'], nation: 'JPN', assetType: 'DestroyerOrFrigate', areaId: 'SULU', firstWeek: 3, lastWeek: 4, units: 1, cost: 200, serves: ['SULU-PRES'] },
      { pledgeIds: [2], pledgeCodes: ['AUS-MPA-1'], nation: 'AUS', assetType: 'MaritimePatrolAircraft', areaId: 'SULU', firstWeek: 5, lastWeek: 6, units: 1, cost: 300, serves: ['SULU-SURV'] },
    ],
    shortfalls: [],
    costByNation: { AUS: 300, JPN: 500 },
    explanation: [],
    label,
    ...overrides,
  };
}

describe('planGrid', () => {
  it('puts one row per asset and the area it is on station in each week', () => {
    const grid = planGrid(plan());
    expect(grid.weeks).toEqual([1, 2, 3, 4, 5, 6]);
    expect(grid.rows.map((row) => row.asset)).toEqual([
      'AUS maritime patrol aircraft (AUS-MPA-1)',
      'JPN destroyer/frigate (JPN-DD-1)',
    ]);
    const japan = grid.rows[1]!;
    expect(japan.weeks[0]).toEqual([{ area: 'ECS', units: 2 }]);
    // Week 3: two units still in the East China Sea while a third arrives in the Sulu Sea.
    expect(japan.weeks[2]).toEqual([
      { area: 'ECS', units: 2 },
      { area: 'SULU', units: 1 },
    ]);
    expect(japan.weeks[4]).toEqual([]);
  });

  it('is empty for a plan without assignments', () => {
    expect(planGrid(plan({ assignments: [] })).rows).toEqual([]);
  });
});

describe('plan in words', () => {
  it('describes a shortfall with its weeks, units, risk and reason', () => {
    expect(
      describeShortfall({
        requirementId: 'ADEN-ESC',
        areaId: 'ADEN',
        firstWeek: 3,
        lastWeek: 10,
        unitsShort: 2,
        riskWeight: 9,
        uncoveredRisk: 144,
        reason: 'no unit with escort can be on station in ADEN in week 3 (availability and transit)',
      }),
    ).toBe('ADEN-ESC in ADEN lacks 2 units in weeks 3–10 (risk 9): no unit with escort can be on station in ADEN in week 3 (availability and transit).');
    expect(weekRange(4, 4)).toBe('week 4');
  });

  it('says how good the plan is proven to be', () => {
    expect(planQuality(plan())).toBe('Proven optimal');
    expect(planQuality(plan({ status: 'Feasible', relativeGap: 0.0234 }))).toBe('Time limit reached: at most 2.3 % above the optimum');
    expect(planQuality(plan({ status: 'Heuristic', relativeGap: null, bestBound: null }))).toBe('Greedy plan, no bound');
    expect(kiloEuros(1234567)).toBe('1,234,567 k€');
  });
});

describe('pooling form input', () => {
  it('reads trigraphs as nations and longer words as communities', () => {
    expect(labelFields('SECRET', 'nato-ip4, JPN  kor', 'marsec')).toEqual({
      policy: 'CONCERT',
      classification: 'SECRET',
      releasableToNations: ['JPN', 'KOR'],
      releasableToCommunities: ['NATO-IP4'],
      caveats: ['MARSEC'],
    });
  });

  it('reads transit days and names the entries it cannot read', () => {
    expect(parseTransitDays('malacca=2, SINGAPORE=0')).toEqual({ days: { MALACCA: 2, SINGAPORE: 0 }, rejected: [] });
    expect(parseTransitDays('ADEN=x SULU').rejected).toEqual(['ADEN=x', 'SULU']);
  });

  it('gathers the messages of a field and of its sub-fields', () => {
    const errors = { 'label.policy': ['not CONCERT'], label: ['unreadable'], labelXml: ['other'], 'requirements[0].areaId': ['no area'] };
    expect(messagesFor(errors, 'label')).toEqual(['not CONCERT', 'unreadable']);
    expect(messagesFor(errors, 'requirements[0]')).toEqual(['no area']);
    expect(messagesFor(errors, 'nation')).toBeUndefined();
  });
});

describe('cost-share chart', () => {
  const shares: CostShares = {
    nations: ['JPN', 'USA'],
    assetCost: 1000,
    gniKey: [0.8365, 0.1635],
    gniCapped: [false, true],
    contribution: [0.5, 0.5],
    shapley: [0.42, 0.58],
    shapleyStandardErrors: [0, 0],
    shapleyIsExact: true,
    shapleyErrorBounds: [0, 0],
    nucleolus: null,
    buyInCost: 2000,
    totalSavings: 800,
    savingsShapley: [0.25, 0.75],
    savingsNucleolus: null,
    ledgerUnitCost: 8,
    ledgerBalances: [-10, 10],
    grandCoalitionCost: 1200,
    coalitionsPlanned: 3,
    coalitionsProvenOptimal: 3,
    notes: [],
  };

  it('draws the rules the host computed, leaving out a missing nucleolus', () => {
    expect(costShareSeries(shares).map((series) => series.rule)).toEqual(['GNI key (capped)', 'Contribution', 'Shapley value']);
    expect(costShareSeries({ ...shares, nucleolus: [0.4, 0.6] }).map((series) => series.rule)).toContain('Nucleolus');
  });

  it('gives each nation its part of the pool’s savings in k€, with the nucleolus only when the host computed it', () => {
    expect(savingsRows(shares)).toEqual([
      { nation: 'JPN', shapley: 200, nucleolus: null },
      { nation: 'USA', shapley: 600, nucleolus: null },
    ]);
    expect(savingsRows({ ...shares, savingsNucleolus: [0.5, 0.5] }).map((row) => row.nucleolus)).toEqual([400, 400]);
  });

  it('runs the axis from zero, or the tenth below a negative share, to the tenth above the largest share', () => {
    expect(axisRange(costShareSeries(shares))).toEqual({ minimum: 0, maximum: 0.9 });
    expect(axisRange([{ rule: 'x', tone: 't', values: [0.02] }])).toEqual({ minimum: 0, maximum: 0.1 });
    expect(axisRange([{ rule: 'x', tone: 't', values: [0.3, -0.12] }])).toEqual({ minimum: -0.2, maximum: 0.3 });
  });
});

describe('PoolingApi', () => {
  it('sends a pledge with its label and the session token, and keeps the host’s messages by field', async () => {
    const calls: { path: string; init: RequestInit }[] = [];
    const responses = [
      new Response(JSON.stringify({ username: 'gb.planner', mustChangePassword: false, antiforgery: { headerName: 'X-XSRF-TOKEN', token: 't1' } }), { status: 200 }),
      new Response(
        JSON.stringify({ title: 'The pledge was not recorded', status: 400, errors: { nation: ["'XXZ' is not assigned."], lastWeek: ['before the first'] } }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ];
    const fetch: Fetch = (path, init) => {
      calls.push({ path, init });
      return Promise.resolve(responses.shift()!);
    };
    const api = new ConcertApi(fetch);
    await api.signIn('gb.planner', 'pw');
    const fields = {
      code: 'X', nation: 'XXZ', assetType: 'Uav', capabilities: ['Surveillance'], count: 1, firstWeek: 5, lastWeek: 2, costPerDay: 1,
      homePort: 'P', transitDays: { ECS: 1 }, excludedAreas: [], excludedTasks: [],
    };
    const failure = await api.pooling.createPledge(fields, labelFields('RESTRICTED', 'CONCERT', '')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).fieldErrors).toEqual({ nation: ["'XXZ' is not assigned."], lastWeek: ['before the first'] });
    expect(calls[1]!.path).toBe('/api/v1/pooling/pledges');
    expect(new Headers(calls[1]!.init.headers).get('X-XSRF-TOKEN')).toBe('t1');
    expect(JSON.parse(calls[1]!.init.body as string)).toMatchObject({ nation: 'XXZ', label: { policy: 'CONCERT', releasableToCommunities: ['CONCERT'] } });
  });

  it('offers a what-if pledge nested under addPledge, with its label, on the stored plan', async () => {
    const calls: { path: string; init: RequestInit }[] = [];
    const responses = [
      new Response(JSON.stringify({ username: 'gb.planner', mustChangePassword: false, antiforgery: { headerName: 'X-XSRF-TOKEN', token: 't1' } }), { status: 200 }),
      new Response(JSON.stringify({ id: 8 }), { status: 201 }),
    ];
    const fetch: Fetch = (path, init) => {
      calls.push({ path, init });
      return Promise.resolve(responses.shift()!);
    };
    const api = new ConcertApi(fetch);
    await api.signIn('gb.planner', 'pw');
    const fields = {
      code: 'NZL-OPV-1', nation: 'NZL', assetType: 'OffshorePatrolVessel', capabilities: ['Presence'], count: 1, firstWeek: 1, lastWeek: 26,
      costPerDay: 30, homePort: 'Auckland', transitDays: { SULU: 9 }, excludedAreas: [], excludedTasks: [],
    };
    await api.pooling.offerPledge(7, fields, labelFields('RESTRICTED', 'CONCERT', ''), 10);
    expect(calls[1]!.path).toBe('/api/v1/pooling/plans/7/what-if');
    const body = JSON.parse(calls[1]!.init.body as string);
    expect(body.withdrawNation).toBeUndefined();
    expect(body).toMatchObject({ timeLimitSeconds: 10, addPledge: { code: 'NZL-OPV-1', transitDays: { SULU: 9 }, label: { releasableToCommunities: ['CONCERT'] } } });
  });
});

describe('pooling route', () => {
  it('is addressed as #/pooling both ways', () => {
    expect(parseRoute('#/pooling')).toEqual({ view: 'pooling' });
    expect(routeHref({ view: 'pooling' })).toBe('#/pooling');
  });
});

describe('fieldErrorsUnder', () => {
  it('lifts the messages of a nested pledge to the form fields, leaving others as they are', () => {
    const errors = { 'addPledge.nation': ['Not a nation.'], 'addPledge.label.policy': ['Unknown.'], withdrawNation: ['Give one.'] };
    expect(fieldErrorsUnder(errors, 'addPledge.')).toEqual({
      nation: ['Not a nation.'],
      'label.policy': ['Unknown.'],
      withdrawNation: ['Give one.'],
    });
  });

  it('keeps every message when there is no prefix', () => {
    const errors = { code: ['Required.'] };
    expect(fieldErrorsUnder(errors, '')).toBe(errors);
  });
});
