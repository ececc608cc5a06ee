import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../../api/ApiError';
import type { PoolingApi } from '../../api/PoolingApi';
import type { CostShares, Plan, Project } from '../../api/poolingTypes';
import { asApiError } from '../../app/useAsync';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LabelMarking } from '../../components/LabelMarking';
import { CostShareChart } from './CostShareChart';
import { PlanGridTable } from './PlanGridTable';
import { PlanMapView } from './PlanMapView';
import { PledgeForm } from './PledgeForm';
import { describeShortfall, kiloEuros, percent, planQuality } from './planWords';

const timeLimitSeconds = 10;

type CostShareState = { state: 'idle' } | { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'ready'; shares: CostShares };

/**
 * Runs the planner over what the user may see and shows the result: its quality, what is short in words, the plan by
 * asset and week and on the map, what-ifs (a nation withdraws, a pledge is offered), and the cost-share comparison.
 */
export function PlanPanel({
  api,
  planner,
  latest,
  projects,
  onPlan,
}: {
  api: PoolingApi;
  planner: boolean;
  latest: Plan | undefined;
  /** The projects released to the user, whose areas and requirements the map draws. */
  projects: readonly Project[];
  onPlan: (plan: Plan) => void;
}) {
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);
  const [costShares, setCostShares] = useState<CostShareState>({ state: 'idle' });
  const [withdrawn, setWithdrawn] = useState('');
  const [offering, setOffering] = useState(false);

  useEffect(() => {
    if (latest === undefined) return;
    let current = true;
    setCostShares({ state: 'loading' });
    api.costShares(latest.id).then(
      (response) => current && setCostShares({ state: 'ready', shares: response.shares }),
      (error: unknown) => current && setCostShares({ state: 'failed', error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [latest?.id]);

  async function run(call: () => Promise<Plan>, what: string) {
    setBusy(what);
    setFailure(undefined);
    try {
      onPlan(await call());
    } catch (error) {
      setFailure(asApiError(error));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section aria-labelledby="plan-title" class="stack">
      <h2 id="plan-title">Plan</h2>
      {planner ? (
        <p>
          <button type="button" disabled={busy !== undefined} onClick={() => run(() => api.plan(timeLimitSeconds), 'Planning')}>
            {busy ?? 'Plan'}
          </button>{' '}
          <span class="caption-note">Uses every pledge and project released to you, searched for up to {timeLimitSeconds} s.</span>
        </p>
      ) : (
        <p class="caption-note">Only planners run the planner; the latest plan released to you is shown.</p>
      )}
      {failure !== undefined && <ErrorNotice error={failure} />}
      {latest === undefined ? (
        <p>No plan has been made yet.</p>
      ) : (
        <article class="plan-result" data-testid="plan-result">
          <p>
            <LabelMarking label={latest.label} /> Plan {latest.id}
            {latest.whatIf !== null && ` — what-if on plan ${latest.basePlanId}: ${latest.whatIf}`}
          </p>
          <dl class="facts plan-facts">
            <dt>Quality</dt>
            <dd data-testid="plan-quality">{planQuality(latest)}</dd>
            <dt>Objective</dt>
            <dd>{kiloEuros(latest.objective)} (assets {kiloEuros(latest.assetCost)} + shortfall {kiloEuros(latest.shortfallPenalty)})</dd>
            <dt>Bound</dt>
            <dd>{latest.bestBound === null ? '—' : kiloEuros(latest.bestBound)}</dd>
            <dt>Gap</dt>
            <dd>{latest.relativeGap === null ? '—' : percent(latest.relativeGap)}</dd>
            <dt>Risk-weighted coverage</dt>
            <dd>{percent(latest.coverage)}</dd>
          </dl>
          <h3>Shortfalls</h3>
          {latest.shortfalls.length === 0 ? (
            <p>Every requirement is met in every week.</p>
          ) : (
            <ul data-testid="plan-shortfalls">
              {latest.shortfalls.map((shortfall) => (
                <li key={`${shortfall.requirementId}-${shortfall.firstWeek}`}>{describeShortfall(shortfall)}</li>
              ))}
            </ul>
          )}
          <h3>By asset and week</h3>
          <PlanGridTable plan={latest} />
          <h3>On the map</h3>
          <PlanMapView plan={latest} projects={projects} />
          {planner && (
            <p class="what-if">
              <label for="withdraw-nation">What if a nation withdraws: </label>
              <select id="withdraw-nation" value={withdrawn} onChange={(event) => setWithdrawn(event.currentTarget.value)}>
                <option value="">choose…</option>
                {Object.keys(latest.costByNation).map((nation) => (
                  <option key={nation} value={nation}>
                    {nation}
                  </option>
                ))}
              </select>{' '}
              <button
                type="button"
                class="button--secondary"
                disabled={withdrawn === '' || busy !== undefined}
                onClick={() => run(() => api.withdraw(latest.id, withdrawn, timeLimitSeconds), 'Re-planning')}
              >
                Re-plan without it
              </button>
            </p>
          )}
          {planner &&
            (offering ? (
              <PledgeForm
                idPrefix="what-if-pledge"
                title="What if a pledge is offered"
                submitText="Re-plan with it"
                busyText="Re-planning…"
                errorPrefix="addPledge."
                save={async (pledge, label) => {
                  onPlan(await api.offerPledge(latest.id, pledge, label, timeLimitSeconds));
                  setOffering(false);
                }}
              />
            ) : (
              <p>
                <button type="button" class="button--secondary" disabled={busy !== undefined} onClick={() => setOffering(true)}>
                  What if a pledge is offered…
                </button>
              </p>
            ))}
          <h3>Cost shares</h3>
          {costShares.state === 'loading' && <p aria-live="polite">Computing the cost shares (every coalition is planned)…</p>}
          {costShares.state === 'failed' && <ErrorNotice error={costShares.error} />}
          {costShares.state === 'ready' && <CostShareChart shares={costShares.shares} />}
          <details>
            <summary>The planner's explanation</summary>
            <ul>
              {latest.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        </article>
      )}
    </section>
  );
}
