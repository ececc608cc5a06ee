import { useState } from 'preact/hooks';
import type { PoolingApi } from '../../api/PoolingApi';
import type { Funds, Project } from '../../api/poolingTypes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldMessages, messagesFor } from './FieldMessages';
import { LabelInputs } from './LabelInputs';
import { TextField } from './TextField';
import { labelFields } from './labelText';
import { labelInputsOf, parseNumber } from './formText';
import { useFormSubmission } from './useFormSubmission';

const blank = { nation: '', projectCode: '', amount: '', label: { classification: 'RESTRICTED', releasableTo: 'CONCERT', caveats: '' } };

type Draft = typeof blank;

function draftOf(funds: Funds): Draft {
  return { nation: funds.nation, projectCode: funds.projectCode, amount: String(funds.amount), label: labelInputsOf(funds.label) };
}

/** Records money a nation puts into a project, or changes a funds pledge released to the user. */
export function FundsForm({
  api,
  funds,
  projects,
  onSaved,
}: {
  api: PoolingApi;
  funds: readonly Funds[];
  projects: readonly Project[];
  onSaved: () => void;
}) {
  const [editing, setEditing] = useState<number | undefined>(undefined);
  const [draft, setDraft] = useState<Draft>(blank);
  const { errors, failure, busy, show, submit: saving } = useFormSubmission();
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  function choose(value: string) {
    const chosen = funds.find((pledge) => String(pledge.id) === value);
    setEditing(chosen?.id);
    setDraft(chosen === undefined ? blank : draftOf(chosen));
    show({});
  }

  async function submit(event: Event) {
    event.preventDefault();
    const amount = parseNumber(draft.amount);
    if (amount === undefined) {
      show({ amount: ['Give the amount in k€ as a number.'] });
      return;
    }
    await saving(async () => {
      const fields = { nation: draft.nation.trim().toUpperCase(), projectCode: draft.projectCode, amount };
      const label = labelFields(draft.label.classification, draft.label.releasableTo, draft.label.caveats);
      const saved = editing === undefined ? await api.createFunds(fields, label) : await api.updateFunds(editing, fields, label);
      setEditing(saved.id);
      setDraft(draftOf(saved));
      onSaved();
    });
  }

  const field = (key: string) => messagesFor(errors, key);
  return (
    <form class="pooling-form" onSubmit={submit} aria-labelledby="funds-form-title" data-testid="funds-form">
      <h3 id="funds-form-title">{editing === undefined ? 'New funds pledge' : `Change funds pledge ${editing}`}</h3>
      <p>
        <label for="funds-choice">Funds pledge </label>
        <select id="funds-choice" value={editing === undefined ? '' : String(editing)} onChange={(event) => choose(event.currentTarget.value)}>
          <option value="">New funds pledge</option>
          {funds.map((pledge) => (
            <option key={pledge.id} value={String(pledge.id)}>
              {pledge.nation} to {pledge.projectCode}: {pledge.amount} k€
            </option>
          ))}
        </select>
      </p>
      {failure !== undefined && <ErrorNotice error={failure} />}
      <div class="form-grid">
        <TextField id="funds-nation" label="Nation (ISO alpha-3)" value={draft.nation} onInput={(nation) => set({ nation })} messages={field('nation')} />
        <div>
          <label for="funds-project">Project</label>
          <select
            id="funds-project"
            value={draft.projectCode}
            onChange={(event) => set({ projectCode: event.currentTarget.value })}
            {...(field('projectCode') === undefined ? {} : { 'aria-describedby': 'funds-project-error', 'aria-invalid': true })}
          >
            <option value="">choose…</option>
            {[...new Set([...projects.map((project) => project.code), draft.projectCode].filter((code) => code !== ''))].map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
          <FieldMessages id="funds-project-error" messages={field('projectCode')} />
        </div>
        <TextField id="funds-amount" label="Amount (k€)" value={draft.amount} onInput={(amount) => set({ amount })} messages={field('amount')} numeric />
      </div>
      <LabelInputs prefix="funds" {...draft.label} onChange={(update) => set({ label: { ...draft.label, ...update } })} />
      <FieldMessages id="funds-label-error" messages={field('label')} />
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : editing === undefined ? 'Record funds' : 'Save funds'}
      </button>
    </form>
  );
}
