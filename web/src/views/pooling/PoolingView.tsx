import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConcertApi } from '../../api/ConcertApi';
import type { Plan, Pledge, Project } from '../../api/poolingTypes';
import { useAsync } from '../../app/useAsync';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LabelMarking } from '../../components/LabelMarking';
import { FundsForm } from './FundsForm';
import { FundsTable } from './FundsTable';
import { NationFiguresForm } from './NationFiguresForm';
import { NationFiguresTable } from './NationFiguresTable';
import { assetTypeName, weekRange } from './planGrid';
import { kiloEuros } from './planWords';
import { PlanPanel } from './PlanPanel';
import { PledgeForm } from './PledgeForm';
import { ProjectForm } from './ProjectForm';

/**
 * Smart Defence pooling: the pledges, funds, projects and nations' figures released to the user, forms to add and
 * change them (planners), and the plan with its map and cost shares. Every list and plan carries its marking; the
 * banner follows the highest.
 */
export function PoolingView({
  api,
  planner,
  onClassifications,
}: {
  api: ConcertApi;
  planner: boolean;
  onClassifications: (classifications: string[]) => void;
}) {
  const [revision, setRevision] = useState(0);
  const [plan, setPlan] = useState<Plan | undefined>(undefined);
  const pledges = useAsync(() => api.pooling.pledges(), [revision]);
  const projects = useAsync(() => api.pooling.projects(), [revision]);
  const funds = useAsync(() => api.pooling.funds(), [revision]);
  const nations = useAsync(() => api.pooling.nations(), [revision]);
  const plans = useAsync(() => api.pooling.plans(1), []);

  useEffect(() => {
    if (plans.state === 'ready' && plan === undefined) setPlan(plans.value.items[0]);
  }, [plans]);

  useEffect(() => {
    const shown = [
      ...(pledges.state === 'ready' ? pledges.value.items.map((item) => item.label.classification) : []),
      ...(projects.state === 'ready' ? projects.value.items.map((item) => item.label.classification) : []),
      ...(funds.state === 'ready' ? funds.value.items.map((item) => item.label.classification) : []),
      ...(nations.state === 'ready' ? nations.value.items.map((item) => item.label.classification) : []),
      ...(plan === undefined ? [] : [plan.label.classification]),
    ];
    onClassifications(shown);
  }, [pledges, projects, funds, nations, plan]);

  const refresh = () => setRevision(revision + 1);
  // The forms stay mounted while the lists reload after a save, so a project being changed stays in its form.
  const projectList = useLatest(projects.state === 'ready' ? projects.value.items : undefined);
  const fundsList = useLatest(funds.state === 'ready' ? funds.value.items : undefined);
  const nationList = useLatest(nations.state === 'ready' ? nations.value.items : undefined);

  return (
    <>
      <h1 tabIndex={-1}>Pooling</h1>
      <section aria-labelledby="pledges-title" class="stack">
        <h2 id="pledges-title">Pledges</h2>
        {pledges.state === 'loading' && <p aria-live="polite">Loading…</p>}
        {pledges.state === 'failed' && <ErrorNotice error={pledges.error} />}
        {pledges.state === 'ready' && <PledgeTable pledges={pledges.value.items} />}
        {planner && (
          <PledgeForm
            idPrefix="pledge"
            title="New pledge"
            submitText="Record pledge"
            busyText="Recording…"
            errorPrefix=""
            save={async (pledge, label) => {
              await api.pooling.createPledge(pledge, label);
              refresh();
            }}
          />
        )}
      </section>
      <section aria-labelledby="funds-title" class="stack">
        <h2 id="funds-title">Funds</h2>
        {funds.state === 'loading' && <p aria-live="polite">Loading…</p>}
        {funds.state === 'failed' && <ErrorNotice error={funds.error} />}
        {funds.state === 'ready' && <FundsTable funds={funds.value.items} />}
        {planner && <FundsForm api={api.pooling} funds={fundsList} projects={projectList} onSaved={refresh} />}
      </section>
      <section aria-labelledby="projects-title" class="stack">
        <h2 id="projects-title">Projects and requirements</h2>
        {projects.state === 'loading' && <p aria-live="polite">Loading…</p>}
        {projects.state === 'failed' && <ErrorNotice error={projects.error} />}
        {projects.state === 'ready' && <RequirementTable projects={projects.value.items} />}
        {planner && <ProjectForm api={api.pooling} projects={projectList} onSaved={refresh} />}
      </section>
      <section aria-labelledby="nations-title" class="stack">
        <h2 id="nations-title">Nations' figures</h2>
        <p class="caption-note">
          Defence spending and GNI, each with its source: the reference dataset's figures, illustrative until verified. The GNI cost-share key
          reads them.
        </p>
        {nations.state === 'loading' && <p aria-live="polite">Loading…</p>}
        {nations.state === 'failed' && <ErrorNotice error={nations.error} />}
        {nations.state === 'ready' && <NationFiguresTable nations={nations.value.items} />}
        {planner && <NationFiguresForm api={api.pooling} nations={nationList} onSaved={refresh} />}
      </section>
      <PlanPanel api={api.pooling} planner={planner} latest={plan} projects={projectList} onPlan={setPlan} />
    </>
  );
}

/** The last list that loaded: kept while the next one loads, empty before the first. */
function useLatest<T>(items: readonly T[] | undefined): readonly T[] {
  const latest = useRef<readonly T[]>([]);
  if (items !== undefined) latest.current = items;
  return latest.current;
}

function PledgeTable({ pledges }: { pledges: Pledge[] }) {
  if (pledges.length === 0) return <p>No pledges are released to you.</p>;
  return (
    <table class="data-table data-table--rows" data-testid="pledges-table">
      <thead>
        <tr>
          <th scope="col">Marking</th>
          <th scope="col">Code</th>
          <th scope="col">Nation</th>
          <th scope="col">Asset</th>
          <th scope="col">Capabilities</th>
          <th scope="col">Available</th>
          <th scope="col">k€/day</th>
          <th scope="col">Home port and transit (days)</th>
          <th scope="col">Caveats</th>
        </tr>
      </thead>
      <tbody>
        {pledges.map((pledge) => (
          <tr key={pledge.id}>
            <td>
              <LabelMarking label={pledge.label} />
            </td>
            <td>{pledge.code}</td>
            <td class="trigraph-cell">{pledge.nation}</td>
            <td>
              {pledge.count} × {assetTypeName(pledge.assetType)}
            </td>
            <td>{pledge.capabilities.join(', ')}</td>
            <td>{weekRange(pledge.firstWeek, pledge.lastWeek)}</td>
            <td class="number-cell">{pledge.costPerDay}</td>
            <td>
              {pledge.homePort}:{' '}
              {Object.entries(pledge.transitDays)
                .map(([area, days]) => `${area} ${days}`)
                .join(', ')}
            </td>
            <td>{[...pledge.excludedAreas.map((area) => `not ${area}`), ...pledge.excludedTasks.map((task) => `no ${task}`)].join(', ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RequirementTable({ projects }: { projects: Project[] }) {
  if (projects.length === 0) return <p>No projects are released to you.</p>;
  return (
    <table class="data-table data-table--rows" data-testid="requirements-table">
      <thead>
        <tr>
          <th scope="col">Marking</th>
          <th scope="col">Project</th>
          <th scope="col">Requirement</th>
          <th scope="col">Area</th>
          <th scope="col">Needs</th>
          <th scope="col">When</th>
          <th scope="col">Risk</th>
          <th scope="col">Rotation</th>
          <th scope="col">Budget caps</th>
        </tr>
      </thead>
      <tbody>
        {projects.flatMap((project) =>
          project.requirements.map((requirement) => (
            <tr key={`${project.id}-${requirement.id}`}>
              <td>
                <LabelMarking label={project.label} />
              </td>
              <td>{project.name}</td>
              <td>{requirement.id}</td>
              <td>{project.areas.find((area) => area.id === requirement.areaId)?.name ?? requirement.areaId}</td>
              <td>
                {requirement.unitsPerWeek} × {requirement.kind === 'SurfacePresence' ? 'surface presence' : requirement.capability.toLowerCase()}
                {requirement.kind === 'GroupTransitEscort' && ' escort'}
              </td>
              <td>
                {requirement.kind === 'GroupTransitEscort'
                  ? `transits in weeks ${requirement.groupTransitWeeks.join(', ')}`
                  : weekRange(requirement.firstWeek, requirement.lastWeek)}
              </td>
              <td class="number-cell">{requirement.riskWeight}</td>
              <td>
                {project.maxWeeksOnStation} on, {project.restWeeks} rest
              </td>
              <td>
                {Object.entries(project.budgetCaps)
                  .map(([nation, cap]) => `${nation} ${kiloEuros(cap)}`)
                  .join(', ') || 'none'}
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
