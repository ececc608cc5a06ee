const classifications = ['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const;

/** The label part of a pooling form: classification, releasable to, caveats (the policy is CONCERT). */
export function LabelInputs({
  prefix,
  classification,
  releasableTo,
  caveats,
  onChange,
}: {
  prefix: string;
  classification: string;
  releasableTo: string;
  caveats: string;
  onChange: (change: { classification?: string; releasableTo?: string; caveats?: string }) => void;
}) {
  return (
    <fieldset class="form-group">
      <legend>Label (CONCERT policy)</legend>
      <label for={`${prefix}-classification`}>Classification</label>
      <select
        id={`${prefix}-classification`}
        value={classification}
        onChange={(event) => onChange({ classification: event.currentTarget.value })}
      >
        {classifications.map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </select>
      <label for={`${prefix}-releasable`}>Releasable to (nations and communities)</label>
      <input
        id={`${prefix}-releasable`}
        value={releasableTo}
        onInput={(event) => onChange({ releasableTo: event.currentTarget.value })}
      />
      <label for={`${prefix}-caveats`}>Caveats</label>
      <input id={`${prefix}-caveats`} value={caveats} onInput={(event) => onChange({ caveats: event.currentTarget.value })} />
    </fieldset>
  );
}
