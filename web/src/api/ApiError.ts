import type { ProblemDetails } from './ProblemDetails';

/** Fallback titles for statuses whose response carried no problem details (a proxy's page, an empty body). */
const statusTitles: Readonly<Record<number, string>> = {
  400: 'The request was not accepted.',
  401: 'You are not signed in.',
  403: 'You are not allowed to do this.',
  404: 'Not found.',
  409: 'The record was changed by someone else.',
  423: 'The account is locked.',
  429: 'Too many attempts. Wait a moment and try again.',
  500: 'The server failed. Try again; if it persists, call your administrator.',
  502: 'The server cannot be reached.',
  503: 'The server is not available at the moment.',
  504: 'The server did not answer in time.',
};

/**
 * A failed API call: the HTTP status (0 when the network failed) and what to tell the user — the host's problem
 * details title and detail, and the messages of a validation problem.
 */
export class ApiError extends Error {
  /** The HTTP status, or 0 when no response arrived. */
  readonly status: number;

  /** The short summary (problem details title, or a fallback for the status). */
  readonly title: string;

  /** The explanation the host gave, if any. */
  readonly detail: string | undefined;

  /** The validation messages the host gave, field by field flattened, in its order. */
  readonly messages: readonly string[];

  /** The validation messages by field, as the host named the fields ("lastWeek", "label.policy"). */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;

  constructor(
    status: number,
    title: string,
    detail?: string,
    messages: readonly string[] = [],
    fieldErrors: Readonly<Record<string, readonly string[]>> = {},
  ) {
    super([title, detail, ...messages].filter((part) => part !== undefined).join(' '));
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.messages = messages;
    this.fieldErrors = fieldErrors;
  }

  /** Builds the error for a response status and the problem details it carried (if any). */
  static fromProblem(status: number, problem: ProblemDetails | undefined): ApiError {
    const title = nonBlank(problem?.title) ?? statusTitles[status] ?? `The server answered ${status}.`;
    const messages = Object.values(problem?.errors ?? {}).flat();
    return new ApiError(status, title, nonBlank(problem?.detail), messages, problem?.errors ?? {});
  }

  /** The error for a request that got no response at all. */
  static network(): ApiError {
    return new ApiError(0, 'The server cannot be reached.', 'Check the network connection and try again.');
  }
}

function nonBlank(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text : undefined;
}
