import { useState } from 'preact/hooks';
import { ApiError } from '../../api/ApiError';
import type { PoolingApi } from '../../api/PoolingApi';
import type { Pledge } from '../../api/poolingTypes';
import { asApiError } from '../../app/useAsync';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldMessages, messagesFor } from './FieldMessages';
import { LabelInputs } from './LabelInputs';
import { TextField } from './TextField';
import { labelFields, tokens } from './labelText';
import { assetTypeName } from './planGrid';
import { parseTransitDays } from './transitText';

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

/** Records a pledge; the host's messages appear under the fields they are about. */
export function PledgeForm({ api, onCreated }: { api: PoolingApi; onCreated: (pledge: Pledge) => void }) {
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Readonly<Record<string, readonly string[]>>>({});
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<typeof empty>) => setForm({ ...form, ...change });

  async function submit(event: Event) {
    event.preventDefault();
    const transit = parseTransitDays(form.transitDays);
    if (transit.rejected.length > 0) {
      setErrors({ transitDays: [`Write each area as AREA=days; not ${transit.rejected.join(', ')}.`] });
      setFailure(undefined);
      return;
    }
    setBusy(true);
    try {
      const pledge = await api.createPledge(
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
      setErrors({});
      setFailure(undefined);
      setForm(empty);
      onCreated(pledge);
    } catch (error) {
      const failed = asApiError(error);
      setErrors(failed.fieldErrors);
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  }

  const field = (name: string) => messagesFor(errors, name);

  return (
    <form class="pooling-form" onSubmit={submit} aria-labelledby="pledge-form-title" data-testid="pledge-form">
      <h3 id="pledge-form-title">New pledge</h3>
      {failure !== undefined && <ErrorNotice error={failure} />}
      <div class="form-grid">
        <TextField id="pledge-code" name="code" label="Code" value={form.code} onInput={(code) => set({ code })} messages={field('code')} />
        <TextField id="pledge-nation" name="nation" label="Nation (ISO alpha-3)" value={form.nation} onInput={(nation) => set({ nation })} messages={field('nation')} />
        <div>
          <label for="pledge-assetType">Asset type</label>
          <select id="pledge-assetType" value={form.assetType} onChange={(event) => set({ assetType: event.currentTarget.value })}>
            {assetTypes.map((type) => (
              <option key={type} value={type}>
                {assetTypeName(type)}
              </option>
            ))}
          </select>
          <FieldMessages id="pledge-assetType-error" messages={field('assetType')} />
        </div>
        <TextField id="pledge-count" name="count" label="Units" numeric value={form.count} onInput={(count) => set({ count })} messages={field('count')} />
        <TextField id="pledge-firstWeek" name="firstWeek" label="First week" numeric value={form.firstWeek} onInput={(firstWeek) => set({ firstWeek })} messages={field('firstWeek')} />
        <TextField id="pledge-lastWeek" name="lastWeek" label="Last week" numeric value={form.lastWeek} onInput={(lastWeek) => set({ lastWeek })} messages={field('lastWeek')} />
        <TextField id="pledge-costPerDay" name="costPerDay" label="Cost per day (k€)" numeric value={form.costPerDay} onInput={(costPerDay) => set({ costPerDay })} messages={field('costPerDay')} />
        <TextField id="pledge-homePort" name="homePort" label="Home port" value={form.homePort} onInput={(homePort) => set({ homePort })} messages={field('homePort')} />
        <TextField id="pledge-transitDays" name="transitDays" label="Transit days (AREA=days, …)" value={form.transitDays} onInput={(transitDays) => set({ transitDays })} messages={field('transitDays')} />
        <TextField id="pledge-excludedAreas" name="excludedAreas" label="Caveat: excluded areas" value={form.excludedAreas} onInput={(excludedAreas) => set({ excludedAreas })} messages={field('excludedAreas')} />
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
        <FieldMessages id="pledge-capabilities-error" messages={field('capabilities')} />
      </fieldset>
      <LabelInputs
        prefix="pledge"
        classification={form.classification}
        releasableTo={form.releasableTo}
        caveats={form.caveats}
        onChange={(change) => set(change)}
      />
      <FieldMessages id="pledge-label-error" messages={field('label')} />
      <button type="submit" disabled={busy}>
        {busy ? 'Recording…' : 'Record pledge'}
      </button>
    </form>
  );
}
