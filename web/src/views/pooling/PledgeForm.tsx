import { useState } from 'preact/hooks';
import type { LabelFields, PledgeFields } from '../../api/poolingTypes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldMessages, messagesFor } from './FieldMessages';
import { LabelInputs } from './LabelInputs';
import { TextField } from './TextField';
import { labelFields, tokens } from './labelText';
import { assetTypeName } from './planGrid';
import { parseTransitDays } from './transitText';
import { useFormSubmission } from './useFormSubmission';

const assetTypes = ['DestroyerOrFrigate', 'OffshorePatrolVessel', 'MaritimePatrolAircraft', 'Helicopter', 'Uav', 'Tanker'];
const capabilityNames = ['Presence', 'Surveillance', 'Escort', 'Boarding', 'Refuelling'];

const empty = {
  code: '',
  nation: '',
  assetType: 'OffshorePatrolVessel',
  capabilities: ['Presence'] as string[],
  count: '1',
  firstWeek: '1',
  lastWeek: '26',
  costPerDay: '40',
  homePort: '',
  transitDays: '',
  excludedAreas: '',
  classification: 'RESTRICTED',
  releasableTo: 'CONCERT',
  caveats: '',
};

/** What the form is for: its ids, words and what it does with a pledge. */
export interface PledgeFormPurpose {
  /** Prefix of the form's element ids, unique on the page ("pledge"). */
  idPrefix: string;
  title: string;
  submitText: string;
  busyText: string;
  /** Where the host nests the pledge's fields in its messages ("addPledge." for a what-if), or "". */
  errorPrefix: string;
  /** Sends the pledge; a rejection with field messages shows them under the fields. */
  save: (pledge: PledgeFields, label: LabelFields) => Promise<unknown>;
}

/** Fills in a pledge and sends it (recorded, or offered in a what-if); the host's messages appear under the fields they are about. */
export function PledgeForm({ idPrefix, title, submitText, busyText, errorPrefix, save }: PledgeFormPurpose) {
  const [form, setForm] = useState(empty);
  const { errors, failure, busy, show, submit: saving } = useFormSubmission(errorPrefix);
  const set = (change: Partial<typeof empty>) => setForm({ ...form, ...change });

  async function submit(event: Event) {
    event.preventDefault();
    const transit = parseTransitDays(form.transitDays);
    if (transit.rejected.length > 0) {
      show({ transitDays: [`Write each area as AREA=days; not ${transit.rejected.join(', ')}.`] });
      return;
    }
    await saving(async () => {
      await save(
        {
          code: form.code,
          nation: form.nation.trim().toUpperCase(),
          assetType: form.assetType,
          capabilities: form.capabilities,
          count: Number(form.count),
          firstWeek: Number(form.firstWeek),
          lastWeek: Number(form.lastWeek),
          costPerDay: Number(form.costPerDay),
          homePort: form.homePort,
          transitDays: transit.days,
          excludedAreas: tokens(form.excludedAreas),
          excludedTasks: [],
        },
        labelFields(form.classification, form.releasableTo, form.caveats),
      );
      setForm(empty);
    });
  }

  const field = (name: string) => messagesFor(errors, name);

  return (
    <form class="pooling-form" onSubmit={submit} aria-labelledby={`${idPrefix}-form-title`} data-testid={`${idPrefix}-form`}>
      <h3 id={`${idPrefix}-form-title`}>{title}</h3>
      {failure !== undefined && <ErrorNotice error={failure} />}
      <div class="form-grid">
        <TextField id={`${idPrefix}-code`} name="code" label="Code" value={form.code} onInput={(code) => set({ code })} messages={field('code')} />
        <TextField id={`${idPrefix}-nation`} name="nation" label="Nation (ISO alpha-3)" value={form.nation} onInput={(nation) => set({ nation })} messages={field('nation')} />
        <div>
          <label for={`${idPrefix}-assetType`}>Asset type</label>
          <select id={`${idPrefix}-assetType`} value={form.assetType} onChange={(event) => set({ assetType: event.currentTarget.value })}>
            {assetTypes.map((type) => (
              <option key={type} value={type}>
                {assetTypeName(type)}
              </option>
            ))}
          </select>
          <FieldMessages id={`${idPrefix}-assetType-error`} messages={field('assetType')} />
        </div>
        <TextField id={`${idPrefix}-count`} name="count" label="Units" numeric value={form.count} onInput={(count) => set({ count })} messages={field('count')} />
        <TextField id={`${idPrefix}-firstWeek`} name="firstWeek" label="First week" numeric value={form.firstWeek} onInput={(firstWeek) => set({ firstWeek })} messages={field('firstWeek')} />
        <TextField id={`${idPrefix}-lastWeek`} name="lastWeek" label="Last week" numeric value={form.lastWeek} onInput={(lastWeek) => set({ lastWeek })} messages={field('lastWeek')} />
        <TextField id={`${idPrefix}-costPerDay`} name="costPerDay" label="Cost per day (k€)" numeric value={form.costPerDay} onInput={(costPerDay) => set({ costPerDay })} messages={field('costPerDay')} />
        <TextField id={`${idPrefix}-homePort`} name="homePort" label="Home port" value={form.homePort} onInput={(homePort) => set({ homePort })} messages={field('homePort')} />
        <TextField id={`${idPrefix}-transitDays`} name="transitDays" label="Transit days (AREA=days, …)" value={form.transitDays} onInput={(transitDays) => set({ transitDays })} messages={field('transitDays')} />
        <TextField id={`${idPrefix}-excludedAreas`} name="excludedAreas" label="Caveat: excluded areas" value={form.excludedAreas} onInput={(excludedAreas) => set({ excludedAreas })} messages={field('excludedAreas')} />
      </div>
      <fieldset class="form-group">
        <legend>Capabilities</legend>
        {capabilityNames.map((name) => (
          <label key={name} class="checkbox">
            <input
              type="checkbox"
              checked={form.capabilities.includes(name)}
              onChange={(event) =>
                set({
                  capabilities: event.currentTarget.checked
                    ? [...form.capabilities, name]
                    : form.capabilities.filter((capability) => capability !== name),
                })
              }
            />
            {name}
          </label>
        ))}
        <FieldMessages id={`${idPrefix}-capabilities-error`} messages={field('capabilities')} />
      </fieldset>
      <LabelInputs
        prefix={idPrefix}
        classification={form.classification}
        releasableTo={form.releasableTo}
        caveats={form.caveats}
        onChange={(change) => set(change)}
      />
      <FieldMessages id={`${idPrefix}-label-error`} messages={field('label')} />
      <button type="submit" disabled={busy}>
        {busy ? busyText : submitText}
      </button>
    </form>
  );
}
