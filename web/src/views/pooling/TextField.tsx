import { FieldMessages } from './FieldMessages';

/** A labelled text input with the host's messages for it, marked invalid and tied to them when there are any. */
export function TextField({
  id,
  name,
  label,
  value,
  onInput,
  messages,
  numeric = false,
}: {
  id: string;
  /** The form field's name, when the form posts it by name. */
  name?: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  messages: readonly string[] | undefined;
  numeric?: boolean;
}) {
  return (
    <div>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        inputMode={numeric ? 'numeric' : 'text'}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        {...(messages === undefined ? {} : { 'aria-describedby': `${id}-error`, 'aria-invalid': true })}
      />
      <FieldMessages id={`${id}-error`} messages={messages} />
    </div>
  );
}
