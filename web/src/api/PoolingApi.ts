import type { HttpClient } from './HttpClient';
import type {
  CostSharesResponse,
  Funds,
  FundsFields,
  LabelFields,
  NationFigures,
  NationFiguresFields,
  Plan,
  PledgeFields,
  Project,
  ProjectFields,
  Pledge,
} from './poolingTypes';
import type { Page } from './types';

/** Runs a call inside the session, so that a 401 ends it (ConcertApi's rule). */
export type InSession = <T>(call: Promise<T>) => Promise<T>;

/** The calls of /api/v1/pooling: pledges, funds, nations' figures, projects, plans, what-ifs and cost shares. */
export class PoolingApi {
  readonly #http: HttpClient;
  readonly #inSession: InSession;

  constructor(http: HttpClient, inSession: InSession) {
    this.#http = http;
    this.#inSession = inSession;
  }

  /** The newest pledges released to the user (up to 200). */
  pledges(): Promise<Page<Pledge>> {
    return this.#inSession(this.#http.get<Page<Pledge>>('/api/v1/pooling/pledges?limit=200'));
  }

  /** Records a pledge under a label; a 400 carries the messages by field. */
  createPledge(pledge: PledgeFields, label: LabelFields): Promise<Pledge> {
    return this.#inSession(this.#http.post<Pledge>('/api/v1/pooling/pledges', { ...pledge, label }));
  }

  /** The newest projects released to the user (up to 200). */
  projects(): Promise<Page<Project>> {
    return this.#inSession(this.#http.get<Page<Project>>('/api/v1/pooling/projects?limit=200'));
  }

  /** Records a project under a label. */
  createProject(project: ProjectFields, label: LabelFields): Promise<Project> {
    return this.#inSession(this.#http.post<Project>('/api/v1/pooling/projects', { ...project, label }));
  }

  /** Changes a project released to the user (its budget caps, areas, requirements, label). */
  updateProject(id: number, project: ProjectFields, label: LabelFields): Promise<Project> {
    return this.#inSession(this.#http.put<Project>(`/api/v1/pooling/projects/${id}`, { ...project, label }));
  }

  /** The newest funds pledges released to the user (up to 200). */
  funds(): Promise<Page<Funds>> {
    return this.#inSession(this.#http.get<Page<Funds>>('/api/v1/pooling/funds?limit=200'));
  }

  /** Records money for a project under a label. */
  createFunds(funds: FundsFields, label: LabelFields): Promise<Funds> {
    return this.#inSession(this.#http.post<Funds>('/api/v1/pooling/funds', { ...funds, label }));
  }

  /** Changes a funds pledge released to the user. */
  updateFunds(id: number, funds: FundsFields, label: LabelFields): Promise<Funds> {
    return this.#inSession(this.#http.put<Funds>(`/api/v1/pooling/funds/${id}`, { ...funds, label }));
  }

  /** The newest nations' figures released to the user (up to 200). */
  nations(): Promise<Page<NationFigures>> {
    return this.#inSession(this.#http.get<Page<NationFigures>>('/api/v1/pooling/nations?limit=200'));
  }

  /** Records a nation's figures under a label. */
  createNation(figures: NationFiguresFields, label: LabelFields): Promise<NationFigures> {
    return this.#inSession(this.#http.post<NationFigures>('/api/v1/pooling/nations', { ...figures, label }));
  }

  /** Corrects a nation's figures released to the user. */
  updateNation(id: number, figures: NationFiguresFields, label: LabelFields): Promise<NationFigures> {
    return this.#inSession(this.#http.put<NationFigures>(`/api/v1/pooling/nations/${id}`, { ...figures, label }));
  }

  /** The newest plans released to the user. */
  plans(limit: number): Promise<Page<Plan>> {
    return this.#inSession(this.#http.get<Page<Plan>>(`/api/v1/pooling/plans?limit=${limit}`));
  }

  /** Plans every pledge and project released to the user within the time limit. */
  plan(timeLimitSeconds: number): Promise<Plan> {
    return this.#inSession(this.#http.post<Plan>('/api/v1/pooling/plans', { timeLimitSeconds }));
  }

  /** Re-plans a stored plan as if a nation withdrew. */
  withdraw(planId: number, nation: string, timeLimitSeconds: number): Promise<Plan> {
    return this.#inSession(
      this.#http.post<Plan>(`/api/v1/pooling/plans/${planId}/what-if`, { withdrawNation: nation, timeLimitSeconds }),
    );
  }

  /** Re-plans a stored plan as if one more pledge were offered; the pledge is kept with the what-if plan only. */
  offerPledge(planId: number, pledge: PledgeFields, label: LabelFields, timeLimitSeconds: number): Promise<Plan> {
    return this.#inSession(
      this.#http.post<Plan>(`/api/v1/pooling/plans/${planId}/what-if`, { addPledge: { ...pledge, label }, timeLimitSeconds }),
    );
  }

  /** The plan's cost split by every rule (computed on first request, which may take a while). */
  costShares(planId: number): Promise<CostSharesResponse> {
    return this.#inSession(this.#http.get<CostSharesResponse>(`/api/v1/pooling/plans/${planId}/cost-shares`));
  }
}
