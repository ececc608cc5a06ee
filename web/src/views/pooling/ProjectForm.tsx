import { useState } from 'preact/hooks';
import type { PoolingApi } from '../../api/PoolingApi';
import type { Area, Project, ProjectFields, Requirement } from '../../api/poolingTypes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldMessages, messagesFor } from './FieldMessages';
import { LabelInputs } from './LabelInputs';
import { TextField } from './TextField';
import { labelFields } from './labelText';
import { budgetCapRows, budgetCaps, formatOutline, labelInputsOf, parseOutline, type BudgetCapRow } from './formText';
import { useFormSubmission } from './useFormSubmission';

const kinds = ['Coverage', 'SurfacePresence', 'GroupTransitEscort'];
const capabilities = ['Presence', 'Surveillance', 'Escort', 'Boarding', 'Refuelling'];

interface AreaRow {
  id: string;
  name: string;
  outline: string;
}

interface RequirementRow {
  id: string;
  areaId: string;
  kind: string;
  capability: string;
  firstWeek: string;
  lastWeek: string;
  unitsPerWeek: string;
  riskWeight: string;
  groupTransitWeeks: string;
}

interface Draft {
  code: string;
  name: string;
  maxWeeks: string;
  restWeeks: string;
  areas: AreaRow[];
  requirements: RequirementRow[];
  caps: BudgetCapRow[];
  label: { classification: string; releasableTo: string; caveats: string };
}

const newRequirement = (areaId: string): RequirementRow => ({
  id: '',
  areaId,
  kind: 'Coverage',
  capability: 'Surveillance',
  firstWeek: '1',
  lastWeek: '26',
  unitsPerWeek: '1',
  riskWeight: '5',
  groupTransitWeeks: '',
});

const blankDraft = (): Draft => ({
  code: '',
  name: '',
  maxWeeks: '8',
  restWeeks: '2',
  areas: [{ id: '', name: '', outline: '' }],
  requirements: [newRequirement('')],
  caps: [{ nation: '', cap: '' }],
  label: { classification: 'RESTRICTED', releasableTo: 'CONCERT', caveats: '' },
});

function draftOf(project: Project): Draft {
  return {
    code: project.code,
    name: project.name,
    maxWeeks: String(project.maxWeeksOnStation),
    restWeeks: String(project.restWeeks),
    areas: project.areas.map((area) => ({ id: area.id, name: area.name, outline: formatOutline(area.boundary) })),
    requirements: project.requirements.map((requirement) => ({
      id: requirement.id,
      areaId: requirement.areaId,
      kind: requirement.kind,
      capability: requirement.capability,
      firstWeek: String(requirement.firstWeek),
      lastWeek: String(requirement.lastWeek),
      unitsPerWeek: String(requirement.unitsPerWeek),
      riskWeight: String(requirement.riskWeight),
      groupTransitWeeks: requirement.groupTransitWeeks.join(', '),
    })),
    caps: [...budgetCapRows(project.budgetCaps), { nation: '', cap: '' }],
    label: labelInputsOf(project.label),
  };
}

/** The request of a draft, or the messages of the fields the browser can already tell are malformed. */
function fieldsOf(draft: Draft): { fields: ProjectFields } | { errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const areas = draft.areas.map((row, index): Area => {
    const id = row.id.trim().toUpperCase();
    if (row.outline.trim() === '') return { id, name: row.name };
    const outline = parseOutline(row.outline);
    if (outline.rejected.length > 0) errors[`areas[${index}].boundary`] = [`Write each point as "longitude latitude", points separated by ";"; not ${outline.rejected.join(', ')}.`];
    return { id, name: row.name, boundary: outline.points };
  });
  const caps = budgetCaps(draft.caps);
  if (caps.rejected.length > 0) errors['budgetCaps'] = [`A cap is a whole number of k€ for a nation; not ${caps.rejected.join(', ')}.`];
  if (Object.keys(errors).length > 0) return { errors };
  return {
    fields: {
      code: draft.code,
      name: draft.name,
      areas,
      requirements: draft.requirements.map(
        (row): Requirement => ({
          id: row.id,
          areaId: row.areaId.trim().toUpperCase(),
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
      maxWeeksOnStation: Number(draft.maxWeeks),
      restWeeks: Number(draft.restWeeks),
      budgetCaps: caps.caps,
    },
  };
}

/**
 * Records a new project, or changes one released to the user: its areas (each with an outline to draw it on the map),
 * its requirements area by area and week by week, its rotation rule and each nation's budget cap. The host's
 * messages appear under the fields they are about.
 */
export function ProjectForm({ api, projects, onSaved }: { api: PoolingApi; projects: readonly Project[]; onSaved: (project: Project) => void }) {
  const [editing, setEditing] = useState<number | undefined>(undefined);
  const [draft, setDraft] = useState<Draft>(blankDraft);
  const { errors, failure, busy, show, submit: saving } = useFormSubmission();
  const [saved, setSaved] = useState<string | undefined>(undefined);

  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const changeArea = (index: number, update: Partial<AreaRow>) => set({ areas: draft.areas.map((row, at) => (at === index ? { ...row, ...update } : row)) });
  const changeRequirement = (index: number, update: Partial<RequirementRow>) =>
    set({ requirements: draft.requirements.map((row, at) => (at === index ? { ...row, ...update } : row)) });
  const changeCap = (index: number, update: Partial<BudgetCapRow>) => set({ caps: draft.caps.map((row, at) => (at === index ? { ...row, ...update } : row)) });
  const areaIds = draft.areas.map((row) => row.id.trim().toUpperCase()).filter((id) => id !== '');

  function choose(value: string) {
    const chosen = projects.find((project) => String(project.id) === value);
    setEditing(chosen?.id);
    setDraft(chosen === undefined ? blankDraft() : draftOf(chosen));
    show({});
    setSaved(undefined);
  }

  async function submit(event: Event) {
    event.preventDefault();
    setSaved(undefined);
    const request = fieldsOf(draft);
    if ('errors' in request) {
      show(request.errors);
      return;
    }
    await saving(async () => {
      const label = labelFields(draft.label.classification, draft.label.releasableTo, draft.label.caveats);
      const project =
        editing === undefined ? await api.createProject(request.fields, label) : await api.updateProject(editing, request.fields, label);
      setSaved(`${editing === undefined ? 'Recorded' : 'Saved'} project ${project.code}.`);
      setEditing(project.id);
      setDraft(draftOf(project));
      onSaved(project);
    });
  }

  const field = (key: string) => messagesFor(errors, key);
  // The caps' messages name the nation they are about, so every cap input is tied to them.
  const capsDescribed = field('budgetCaps') === undefined ? {} : { 'aria-describedby': 'project-budget-caps-error', 'aria-invalid': true };
  return (
    <form class="pooling-form" onSubmit={submit} aria-labelledby="project-form-title" data-testid="project-form">
      <h3 id="project-form-title">{editing === undefined ? 'New project' : `Change project ${draft.code}`}</h3>
      <p>
        <label for="project-choice">Project </label>
        <select id="project-choice" value={editing === undefined ? '' : String(editing)} onChange={(event) => choose(event.currentTarget.value)}>
          <option value="">New project</option>
          {projects.map((project) => (
            <option key={project.id} value={String(project.id)}>
              {project.code} — {project.name}
            </option>
          ))}
        </select>
      </p>
      {failure !== undefined && <ErrorNotice error={failure} />}
      <div class="form-grid">
        <TextField id="project-code" label="Code" value={draft.code} onInput={(code) => set({ code })} messages={field('code')} />
        <TextField id="project-name" label="Name" value={draft.name} onInput={(name) => set({ name })} messages={field('name')} />
        <TextField id="project-max-weeks" label="Most weeks on station" value={draft.maxWeeks} onInput={(maxWeeks) => set({ maxWeeks })} messages={field('maxWeeksOnStation')} numeric />
        <TextField id="project-rest-weeks" label="Rest weeks after a spell" value={draft.restWeeks} onInput={(restWeeks) => set({ restWeeks })} messages={field('restWeeks')} numeric />
      </div>

      <table class="data-table requirement-rows">
        <caption>Areas (an outline is "longitude latitude" points separated by ";")</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Name</th>
            <th scope="col">Outline</th>
          </tr>
        </thead>
        <tbody>
          {draft.areas.map((row, index) => (
            <tr key={index}>
              <td>
                <input aria-label={`Area ${index + 1} code`} value={row.id} onInput={(event) => changeArea(index, { id: event.currentTarget.value })} />
              </td>
              <td>
                <input aria-label={`Area ${index + 1} name`} value={row.name} onInput={(event) => changeArea(index, { name: event.currentTarget.value })} />
              </td>
              <td>
                <input
                  aria-label={`Area ${index + 1} outline`}
                  value={row.outline}
                  onInput={(event) => changeArea(index, { outline: event.currentTarget.value })}
                  {...(field(`areas[${index}]`) === undefined ? {} : { 'aria-describedby': `area-${index}-error`, 'aria-invalid': true })}
                />
                <FieldMessages id={`area-${index}-error`} messages={field(`areas[${index}]`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="button--secondary" onClick={() => set({ areas: [...draft.areas, { id: '', name: '', outline: '' }] })}>
        Add area
      </button>
      <FieldMessages id="project-areas-error" messages={errors['areas']} />

      <table class="data-table requirement-rows">
        <caption>Requirements</caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Area</th>
            <th scope="col">Kind</th>
            <th scope="col">Capability</th>
            <th scope="col">Weeks</th>
            <th scope="col">Units/week</th>
            <th scope="col">Risk (1–10)</th>
            <th scope="col">Transit weeks</th>
          </tr>
        </thead>
        <tbody>
          {draft.requirements.map((row, index) => (
            <tr key={index}>
              <td>
                <input aria-label={`Requirement ${index + 1} id`} value={row.id} onInput={(event) => changeRequirement(index, { id: event.currentTarget.value })} />
              </td>
              <td>
                <select aria-label={`Requirement ${index + 1} area`} value={row.areaId} onChange={(event) => changeRequirement(index, { areaId: event.currentTarget.value })}>
                  <option value="">choose…</option>
                  {[...new Set([...areaIds, row.areaId].filter((id) => id !== ''))].map((id) => (
                    <option key={id} value={id}>
                      {id}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label={`Requirement ${index + 1} kind`} value={row.kind} onChange={(event) => changeRequirement(index, { kind: event.currentTarget.value })}>
                  {kinds.map((kind) => (
                    <option key={kind}>{kind}</option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`Requirement ${index + 1} capability`}
                  value={row.capability}
                  onChange={(event) => changeRequirement(index, { capability: event.currentTarget.value })}
                >
                  {capabilities.map((capability) => (
                    <option key={capability}>{capability}</option>
                  ))}
                </select>
              </td>
              <td>
                <input class="week-input" aria-label={`Requirement ${index + 1} first week`} value={row.firstWeek} onInput={(event) => changeRequirement(index, { firstWeek: event.currentTarget.value })} />
                –
                <input class="week-input" aria-label={`Requirement ${index + 1} last week`} value={row.lastWeek} onInput={(event) => changeRequirement(index, { lastWeek: event.currentTarget.value })} />
              </td>
              <td>
                <input class="week-input" aria-label={`Requirement ${index + 1} units per week`} value={row.unitsPerWeek} onInput={(event) => changeRequirement(index, { unitsPerWeek: event.currentTarget.value })} />
              </td>
              <td>
                <input class="week-input" aria-label={`Requirement ${index + 1} risk weight`} value={row.riskWeight} onInput={(event) => changeRequirement(index, { riskWeight: event.currentTarget.value })} />
              </td>
              <td>
                <input aria-label={`Requirement ${index + 1} group-transit weeks`} value={row.groupTransitWeeks} onInput={(event) => changeRequirement(index, { groupTransitWeeks: event.currentTarget.value })} />
                <FieldMessages id={`requirement-${index}-error`} messages={field(`requirements[${index}]`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="button--secondary" onClick={() => set({ requirements: [...draft.requirements, newRequirement(areaIds[0] ?? '')] })}>
        Add requirement
      </button>
      <FieldMessages id="project-requirements-error" messages={errors['requirements']} />

      <table class="data-table budget-cap-rows">
        <caption>Budget caps (k€ over the horizon; a nation not listed has no cap)</caption>
        <thead>
          <tr>
            <th scope="col">Nation</th>
            <th scope="col">Cap (k€)</th>
          </tr>
        </thead>
        <tbody>
          {draft.caps.map((row, index) => (
            <tr key={index}>
              <td>
                <input aria-label={`Budget cap ${index + 1} nation`} value={row.nation} onInput={(event) => changeCap(index, { nation: event.currentTarget.value })} {...capsDescribed} />
              </td>
              <td>
                <input
                  inputMode="numeric"
                  aria-label={`Budget cap ${index + 1} k€`}
                  value={row.cap}
                  onInput={(event) => changeCap(index, { cap: event.currentTarget.value })}
                  {...capsDescribed}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="button--secondary" onClick={() => set({ caps: [...draft.caps, { nation: '', cap: '' }] })}>
        Add budget cap
      </button>
      <FieldMessages id="project-budget-caps-error" messages={field('budgetCaps')} />

      <LabelInputs prefix="project" {...draft.label} onChange={(update) => set({ label: { ...draft.label, ...update } })} />
      <FieldMessages id="project-label-error" messages={field('label')} />
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : editing === undefined ? 'Record project' : 'Save project'}
      </button>
      {saved !== undefined && (
        <p role="status" data-testid="project-saved">
          {saved}
        </p>
      )}
    </form>
  );
}
