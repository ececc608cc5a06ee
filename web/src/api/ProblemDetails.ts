/** An RFC 9457 problem details body; every member is optional on the wire. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
}

/**
 * Reads a problem details body from a response text, or undefined when the text is not a JSON object.
 * Only string titles/details and numeric statuses are kept, so a malformed body cannot inject other values.
 */
export function parseProblemDetails(text: string): ProblemDetails | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const problem: ProblemDetails = {};
  if (typeof record['type'] === 'string') problem.type = record['type'];
  if (typeof record['title'] === 'string') problem.title = record['title'];
  if (typeof record['detail'] === 'string') problem.detail = record['detail'];
  if (typeof record['status'] === 'number') problem.status = record['status'];
  return problem;
}
