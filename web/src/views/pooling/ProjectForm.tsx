import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/ApiError';
import type { PoolingApi } from '../../api/PoolingApi';
import type { Project, Requirement } from '../../api/poolingTypes';
import { asApiError } from '../../app/useAsync';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldMessages, messagesFor } from './FieldMessages';
import { LabelInputs } from './LabelInputs';
import { TextField } from './TextField';
import { labelFields } from './labelText';

const kinds = ['Coverage', 'SurfacePresence', 'GroupTransitEscort'];
const capabilities = ['Presence', 'Surveillance', 'Escort', 'Boarding', 'Refuelling'];

interface RequirementRow {
  id: string;
  kind: string;
  capability: string;
  firstWeek: string;
  lastWeek: string;
  unitsPerWeek: string;
  riskWeight: string;
  groupTransitWeeks: string;
}

const newRequirement = (): RequirementRow => ({
  id: '',
  kind: 'Coverage',
  capability: 'Surveillance',
  firstWeek: '1',
  lastWeek: '26',
  unitsPerWeek: '1',
  riskWeight: '5',
  groupTransitWeeks: '',
});

/** Records a project in one area with its requirements, week by week; the host's messages appear by field. */
export function ProjectForm({ api, onCreated }: { api: PoolingApi; onCreated: (project: Project) => void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [areaId, setAreaId] = useState('');
  const [areaName, setAreaName] = useState('');
  const [maxWeeks, setMaxWeeks] = useState('8');
  const [restWeeks, setRestWeeks] = useState('2');
  const [requirements, setRequirements] = useState<RequirementRow[]>([newRequirement()]);
  const [label, setLabel] = useState({ classification: 'RESTRICTED', releasableTo: 'CONCERT', caveats: '' });
  const [errors, setErrors] = useState<Readonly<Record<string, readonly string[]>>>({});
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const change = (index: number, update: Partial<RequirementRow>) =>
    setRequirements(requirements.map((row, at) => (at === index ? { ...row, ...update } : row)));

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const area = areaId.trim().toUpperCase();
      const project = await api.createProject(
        {
          code,
          name,
          areas: [{ id: area, name: areaName }],
          requirements: requirements.map(
            (row): Requirement => ({
              id: row.id,
              areaId: area,
              kind: row.kind,
              capability: row.capability,
              firstWeek: Number(row.firstWeek),
              lastWeek: Number(row.lastWeek),
              unitsPerWeek: Number(row.unitsPerWeek),
              riskWeight: Number(row.riskWeight),
              groupTransitWeeks: row.groupTransitWeeks
                .split(/[\s,]+/)
                .filter((week) => week !== '')
                .map(Number),
            }),
          ),
          maxWeeksOnStation: Number(maxWeeks),
          restWeeks: Number(restWeeks),
          budgetCaps: {},
        },
        labelFields(label.classification, label.releasableTo, label.caveats),
      );
      setErrors({});
      setFailure(undefined);
      onCreated(project);
    } catch (error) {
      const failed = asApiError(error);
      setErrors(failed.fieldErrors);
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  }

  const field = (key: string) => messagesFor(errors, key);
  return (
    <form class="pooling-form" onSubmit={submit} aria-labelledby="project-form-title" data-testid="project-form">
      <h3 id="project-form-title">New project</h3>
      {failure !== undefined && <ErrorNotice error={failure} />}
      <div class="form-grid">
        <TextField id="project-code" label="Code" value={code} onInput={setCode} messages={field('code')} />
        <TextField id="project-name" label="Name" value={name} onInput={setName} messages={field('name')} />
        <TextField id="project-area" label="Area code" value={areaId} onInput={setAreaId} messages={field('areas')} />
        <TextField id="project-area-name" label="Area name" value={areaName} onInput={setAreaName} messages={undefined} />
        <TextField id="project-max-weeks" label="Most weeks on station" value={maxWeeks} onInput={setMaxWeeks} messages={field('maxWeeksOnStation')} />
        <TextField id="project-rest-weeks" label="Rest weeks after a spell" value={restWeeks} onInput={setRestWeeks} messages={field('restWeeks')} />
      </div>
      <table class="data-table requirement-rows">
        <caption>Requirements</caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Kind</th>
            <th scope="col">Capability</th>
            <th scope="col">Weeks</th>
            <th scope="col">Units/week</th>
            <th scope="col">Risk (1–10)</th>
            <th scope="col">Transit weeks</th>
          </tr>
        </thead>
        <tbody>
          {requirements.map((row, index) => (
            <tr key={index}>
              <td>
                <input aria-label={`Requirement ${index + 1} id`} value={row.id} onInput={(event) => change(index, { id: event.currentTarget.value })} />
              </td>
              <td>
                <select aria-label={`Requirement ${index + 1} kind`} value={row.kind} onChange={(event) => change(index, { kind: event.currentTarget.value })}>
                  {kinds.map((kind) => (
                    <option key={kind}>{kind}</option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`Requirement ${index + 1} capability`}
                  value={row.capability}
                  onChange={(event) => change(index, { capability: event.currentTarget.value })}
                >
                  {capabilities.map((capability) => (
                    <option key={capability}>{capability}</option>
                  ))}
                </select>
              </td>
              <td>
                <input class="week-input" aria-label={`Requirement ${index + 1} first week`} value={row.firstWeek} onInput={(event) => change(index, { firstWeek: event.currentTarget.value })} />
                –
                <input class="week-input" aria-label={`Requirement ${index + 1} last week`} value={row.lastWeek} onInput={(event) => change(index, { lastWeek: event.currentTarget.value })} />
              </td>
              <td>
                <input class="week-input" aria-label={`Requirement ${index + 1} units per week`} value={row.unitsPerWeek} onInput={(event) => change(index, { unitsPerWeek: event.currentTarget.value })} />
              </td>
              <td>
                <input class="week-input" aria-label={`Requirement ${index + 1} risk weight`} value={row.riskWeight} onInput={(event) => change(index, { riskWeight: event.currentTarget.value })} />
              </td>
              <td>
                <input aria-label={`Requirement ${index + 1} group-transit weeks`} value={row.groupTransitWeeks} onInput={(event) => change(index, { groupTransitWeeks: event.currentTarget.value })} />
                <FieldMessages id={`requirement-${index}-error`} messages={field(`requirements[${index}]`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="button--secondary" onClick={() => setRequirements([...requirements, newRequirement()])}>
        Add requirement
      </button>
      <FieldMessages id="project-requirements-error" messages={errors['requirements']} />
      <LabelInputs prefix="project" {...label} onChange={(update) => setLabel({ ...label, ...update })} />
      <FieldMessages id="project-label-error" messages={field('label')} />
      <button type="submit" disabled={busy}>
        {busy ? 'Recording…' : 'Record project'}
      </button>
    </form>
  );
}
