/**
 * An RFC 9457 problem details body; every member is optional on the wire. `errors` is ASP.NET Core's validation
 * extension: messages by field name.
 */
export interface ProblemDetails {
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
}

/**
 * Reads a problem details body from a response text, or undefined when the text is not a JSON object.
 * Members of the wrong type are dropped, so a malformed body cannot put anything but text on screen.
 */
export function parseProblemDetails(text: string): ProblemDetails | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) {
    return undefined;
  }
  const problem: ProblemDetails = {};
  if (typeof value['type'] === 'string') problem.type = value['type'];
  if (typeof value['title'] === 'string') problem.title = value['title'];
  if (typeof value['detail'] === 'string') problem.detail = value['detail'];
  if (typeof value['status'] === 'number') problem.status = value['status'];
  const errors = value['errors'];
  if (isRecord(errors)) {
    problem.errors = Object.fromEntries(
      Object.entries(errors).map(([field, messages]) => [
        field,
        Array.isArray(messages) ? messages.filter((message) => typeof message === 'string') : [],
      ]),
    );
  }
  return problem;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
