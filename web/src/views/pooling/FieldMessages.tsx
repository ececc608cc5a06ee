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
