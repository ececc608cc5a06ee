import { useState } from 'preact/hooks';
import type { PoolingApi } from '../../api/PoolingApi';
import type { NationFigures } from '../../api/poolingTypes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldMessages, messagesFor } from './FieldMessages';
import { LabelInputs } from './LabelInputs';
import { TextField } from './TextField';
import { labelFields } from './labelText';
import { labelInputsOf, parseNumber } from './formText';
import { useFormSubmission } from './useFormSubmission';

const blank = {
  nation: '',
  defenceSpending: '',
  defenceSpendingSource: '',
  gni: '',
  gniSource: '',
  label: { classification: 'RESTRICTED', releasableTo: 'CONCERT', caveats: '' },
};

type Draft = typeof blank;

function draftOf(figures: NationFigures): Draft {
  return {
    nation: figures.nation,
    defenceSpending: String(figures.defenceSpendingUsdBillions),
    defenceSpendingSource: figures.defenceSpendingSource,
    gni: String(figures.gniUsdBillions),
    gniSource: figures.gniSource,
    label: labelInputsOf(figures.label),
  };
}

/**
 * Records a nation's figures or corrects figures released to the user: defence spending and GNI, each with the source
 * to verify it against. The GNI key of later cost shares reads them.
 */
export function NationFiguresForm({ api, nations, onSaved }: { api: PoolingApi; nations: readonly NationFigures[]; onSaved: () => void }) {
  const [editing, setEditing] = useState<number | undefined>(undefined);
  const [draft, setDraft] = useState<Draft>(blank);
  const { errors, failure, busy, show, submit: saving } = useFormSubmission();
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  function choose(value: string) {
    const chosen = nations.find((figures) => String(figures.id) === value);
    setEditing(chosen?.id);
    setDraft(chosen === undefined ? blank : draftOf(chosen));
    show({});
  }

  async function submit(event: Event) {
    event.preventDefault();
    const defenceSpending = parseNumber(draft.defenceSpending);
    const gni = parseNumber(draft.gni);
    if (defenceSpending === undefined || gni === undefined) {
      show({
        ...(defenceSpending === undefined ? { defenceSpendingUsdBillions: ['Give defence spending in billions of US$ as a number.'] } : {}),
        ...(gni === undefined ? { gniUsdBillions: ['Give GNI in billions of US$ as a number.'] } : {}),
      });
      return;
    }
    await saving(async () => {
      const fields = {
        nation: draft.nation.trim().toUpperCase(),
        defenceSpendingUsdBillions: defenceSpending,
        defenceSpendingSource: draft.defenceSpendingSource,
        gniUsdBillions: gni,
        gniSource: draft.gniSource,
      };
      const label = labelFields(draft.label.classification, draft.label.releasableTo, draft.label.caveats);
      const saved = editing === undefined ? await api.createNation(fields, label) : await api.updateNation(editing, fields, label);
      setEditing(saved.id);
      setDraft(draftOf(saved));
      onSaved();
    });
  }

  const field = (key: string) => messagesFor(errors, key);
  return (
    <form class="pooling-form" onSubmit={submit} aria-labelledby="nation-form-title" data-testid="nation-form">
      <h3 id="nation-form-title">{editing === undefined ? "New nation's figures" : `Correct ${draft.nation}'s figures`}</h3>
      <p>
        <label for="nation-choice">Figures </label>
        <select id="nation-choice" value={editing === undefined ? '' : String(editing)} onChange={(event) => choose(event.currentTarget.value)}>
          <option value="">New figures</option>
          {nations.map((figures) => (
            <option key={figures.id} value={String(figures.id)}>
              {figures.nation} ({figures.label.marking})
            </option>
          ))}
        </select>
      </p>
      {failure !== undefined && <ErrorNotice error={failure} />}
      <div class="form-grid">
        <TextField id="nation-code" label="Nation (ISO alpha-3)" value={draft.nation} onInput={(nation) => set({ nation })} messages={field('nation')} />
        <TextField id="nation-defence" label="Defence spending (bn US$)" value={draft.defenceSpending} onInput={(defenceSpending) => set({ defenceSpending })} messages={field('defenceSpendingUsdBillions')} />
        <TextField id="nation-defence-source" label="Defence spending source" value={draft.defenceSpendingSource} onInput={(defenceSpendingSource) => set({ defenceSpendingSource })} messages={field('defenceSpendingSource')} />
        <TextField id="nation-gni" label="GNI (bn US$)" value={draft.gni} onInput={(gni) => set({ gni })} messages={field('gniUsdBillions')} />
        <TextField id="nation-gni-source" label="GNI source" value={draft.gniSource} onInput={(gniSource) => set({ gniSource })} messages={field('gniSource')} />
      </div>
      <LabelInputs prefix="nation" {...draft.label} onChange={(update) => set({ label: { ...draft.label, ...update } })} />
      <FieldMessages id="nation-label-error" messages={field('label')} />
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : editing === undefined ? 'Record figures' : 'Save figures'}
      </button>
    </form>
  );
}
