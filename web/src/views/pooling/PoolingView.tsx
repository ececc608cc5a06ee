import { useEffect, useState } from 'preact/hooks';
import type { ConcertApi } from '../../api/ConcertApi';
import type { Plan, Pledge, Project } from '../../api/poolingTypes';
import { useAsync } from '../../app/useAsync';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LabelMarking } from '../../components/LabelMarking';
import { assetTypeName, weekRange } from './planGrid';
import { PlanPanel } from './PlanPanel';
import { PledgeForm } from './PledgeForm';
import { ProjectForm } from './ProjectForm';

/**
 * Smart Defence pooling: the pledges and projects released to the user, forms to add them (planners), and the plan
 * with its cost shares. Every list and plan carries its marking; the banner follows the highest.
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
  const plans = useAsync(() => api.pooling.plans(1), []);

  useEffect(() => {
    if (plans.state === 'ready' && plan === undefined) setPlan(plans.value.items[0]);
  }, [plans]);

  useEffect(() => {
    const shown = [
      ...(pledges.state === 'ready' ? pledges.value.items.map((item) => item.label.classification) : []),
      ...(projects.state === 'ready' ? projects.value.items.map((item) => item.label.classification) : []),
      ...(plan === undefined ? [] : [plan.label.classification]),
    ];
    onClassifications(shown);
  }, [pledges, projects, plan]);

  return (
    <>
      <h1 tabIndex={-1}>Pooling</h1>
      <section aria-labelledby="pledges-title" class="stack">
        <h2 id="pledges-title">Pledges</h2>
        {pledges.state === 'loading' && <p aria-live="polite">Loading…</p>}
        {pledges.state === 'failed' && <ErrorNotice error={pledges.error} />}
        {pledges.state === 'ready' && <PledgeTable pledges={pledges.value.items} />}
        {planner && <PledgeForm api={api.pooling} onCreated={() => setRevision(revision + 1)} />}
      </section>
      <section aria-labelledby="projects-title" class="stack">
        <h2 id="projects-title">Projects and requirements</h2>
        {projects.state === 'loading' && <p aria-live="polite">Loading…</p>}
        {projects.state === 'failed' && <ErrorNotice error={projects.error} />}
        {projects.state === 'ready' && <RequirementTable projects={projects.value.items} />}
        {planner && <ProjectForm api={api.pooling} onCreated={() => setRevision(revision + 1)} />}
      </section>
      <PlanPanel api={api.pooling} planner={planner} latest={plan} onPlan={setPlan} />
    </>
  );
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
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
