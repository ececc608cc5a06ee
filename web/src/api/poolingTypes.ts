import type { Label } from './types';

/** The label of a new pooling record, as the host reads it (JSON fields; the policy is always CONCERT). */
export interface LabelFields {
  policy: string;
  classification: string;
  releasableToNations: string[];
  releasableToCommunities: string[];
  caveats: string[];
}

/** What a nation offers the pool: identical units of one asset type. */
export interface PledgeFields {
  code: string;
  nation: string;
  assetType: string;
  capabilities: string[];
  count: number;
  firstWeek: number;
  lastWeek: number;
  costPerDay: number;
  homePort: string;
  transitDays: Record<string, number>;
  excludedAreas: string[];
  excludedTasks: string[];
}

/** A stored pledge. */
export interface Pledge extends PledgeFields {
  id: number;
  created: string;
  updated: string;
  author: string;
  label: Label;
}

/** A point of an area outline: [longitude, latitude] in degrees. */
export type LonLat = [number, number];

/** An operating area of a project, with its outline (the ring not closed) when someone has drawn it. */
export interface Area {
  id: string;
  name: string;
  boundary?: LonLat[] | null;
}

/** What a project needs in one area. */
export interface Requirement {
  id: string;
  areaId: string;
  kind: string;
  capability: string;
  firstWeek: number;
  lastWeek: number;
  unitsPerWeek: number;
  riskWeight: number;
  groupTransitWeeks: number[];
}

/** The fields of a common project. */
export interface ProjectFields {
  code: string;
  name: string;
  areas: Area[];
  requirements: Requirement[];
  maxWeeksOnStation: number;
  restWeeks: number;
  budgetCaps: Record<string, number>;
}

/** A stored project. */
export interface Project extends ProjectFields {
  id: number;
  created: string;
  updated: string;
  author: string;
  label: Label;
}

/** Units of interchangeable pledges on station in one area over consecutive weeks. */
export interface Assignment {
  pledgeIds: number[];
  pledgeCodes: string[];
  nation: string;
  assetType: string;
  areaId: string;
  firstWeek: number;
  lastWeek: number;
  units: number;
  cost: number;
  serves: string[];
}

/** A requirement the plan cannot meet over consecutive weeks. */
export interface Shortfall {
  requirementId: string;
  areaId: string;
  firstWeek: number;
  lastWeek: number;
  unitsShort: number;
  riskWeight: number;
  uncoveredRisk: number;
  reason: string;
}

/** A stored plan. */
export interface Plan {
  id: number;
  created: string;
  author: string;
  basePlanId: number | null;
  whatIf: string | null;
  status: string;
  objective: number;
  bestBound: number | null;
  relativeGap: number | null;
  assetCost: number;
  shortfallPenalty: number;
  shortfallPrice: number;
  coverage: number;
  horizonWeeks: number;
  timeLimitSeconds: number;
  solveMilliseconds: number;
  assignments: Assignment[];
  shortfalls: Shortfall[];
  costByNation: Record<string, number>;
  explanation: string[];
  label: Label;
}

/** Each rule's share of a plan's cost per nation; every list follows `nations`. */
export interface CostShares {
  nations: string[];
  assetCost: number;
  gniKey: number[];
  gniCapped: boolean[];
  contribution: number[];
  shapley: number[];
  shapleyStandardErrors: number[];
  shapleyIsExact: boolean;
  /** How far each exact Shapley share can be off (fractions of v(N)) where coalition plans are not proven optimal. */
  shapleyErrorBounds: number[];
  nucleolus: number[] | null;
  /** What buying every requirement-week in at the shortfall price would cost, in k€. */
  buyInCost: number;
  /** What the pool saves against buying in, in k€. */
  totalSavings: number;
  /** Shapley shares of the savings game (fractions of `totalSavings`): never negative. */
  savingsShapley: number[];
  savingsNucleolus: number[] | null;
  ledgerUnitCost: number;
  ledgerBalances: number[];
  grandCoalitionCost: number;
  coalitionsPlanned: number;
  coalitionsProvenOptimal: number;
  notes: string[];
}

/** The cost-share comparison of a plan, under the plan's label. */
export interface CostSharesResponse {
  planId: number;
  shares: CostShares;
  label: Label;
}

/** Money a nation puts into a common project, in k€. */
export interface FundsFields {
  nation: string;
  projectCode: string;
  amount: number;
}

/** A stored funds pledge. */
export interface Funds extends FundsFields {
  id: number;
  created: string;
  updated: string;
  author: string;
  label: Label;
}

/** A nation's defence spending and GNI (billions of US$), each with its source: the reference dataset's figures. */
export interface NationFiguresFields {
  nation: string;
  defenceSpendingUsdBillions: number;
  defenceSpendingSource: string;
  gniUsdBillions: number;
  gniSource: string;
}

/** A nation's stored figures. */
export interface NationFigures extends NationFiguresFields {
  id: number;
  created: string;
  updated: string;
  author: string;
  label: Label;
}
