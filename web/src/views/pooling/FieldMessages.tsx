/** The host's messages for one form field, tied to its input by id so screen readers read them with it. */
export function FieldMessages({ id, messages }: { id: string; messages: readonly string[] | undefined }) {
  if (messages === undefined || messages.length === 0) return null;
  return (
    <ul class="field-messages" id={id} data-testid={`field-error-${id}`}>
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

/** The messages of a field, with the label's fields folded in under "label" ("label.policy" → label). */
export function messagesFor(errors: Readonly<Record<string, readonly string[]>>, field: string): readonly string[] | undefined {
  const matching = Object.entries(errors)
    .filter(([key]) => key === field || key.startsWith(`${field}.`) || key.startsWith(`${field}[`))
    .flatMap(([, messages]) => messages);
  return matching.length === 0 ? undefined : matching;
}

/** The messages of the fields nested under a prefix ("addPledge.code" → "code"); all of them when the prefix is "". */
export function fieldErrorsUnder(
  errors: Readonly<Record<string, readonly string[]>>,
  prefix: string,
): Readonly<Record<string, readonly string[]>> {
  if (prefix === '') return errors;
  return Object.fromEntries(
    Object.entries(errors).map(([key, messages]) => [key.startsWith(prefix) ? key.slice(prefix.length) : key, messages]),
  );
}
