import { ApiError } from './ApiError';
import { parseProblemDetails } from './ProblemDetails';
import type { AntiforgeryToken } from './types';

/** The subset of `fetch` the client uses, so tests can pass a fake. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

const antiforgeryPath = '/api/v1/auth/antiforgery';

/**
 * JSON over HTTP with the host's session cookie. State-changing requests of a session carry its antiforgery token in
 * the header the host names: the token sign-in returned, or one fetched once from the host. ASP.NET Core binds the
 * token to the user's claims, so it is forgotten whenever they change. Failures become {@link ApiError} with the
 * problem details the host sent.
 */
export class HttpClient {
  readonly #fetch: Fetch;
  #antiforgery: Promise<AntiforgeryToken> | undefined;

  constructor(fetchFunction: Fetch) {
    this.#fetch = fetchFunction;
  }

  /** GETs a JSON resource. */
  get<T>(path: string): Promise<T> {
    return this.#send<T>('GET', path, undefined);
  }

  /** POSTs a JSON body (or nothing) as the signed-in session, and reads the JSON answer, if any. */
  async post<T>(path: string, body?: unknown): Promise<T> {
    return this.#send<T>('POST', path, body, await this.#antiforgeryToken());
  }

  /** PUTs a JSON body as the signed-in session (a change to a record), and reads the JSON answer. */
  async put<T>(path: string, body: unknown): Promise<T> {
    return this.#send<T>('PUT', path, body, await this.#antiforgeryToken());
  }

  /** POSTs without a session (sign-in), so without an antiforgery token. */
  postAnonymous<T>(path: string, body: unknown): Promise<T> {
    return this.#send<T>('POST', path, body);
  }

  /** Uses the token the host issued with a new session. */
  useAntiforgeryToken(token: AntiforgeryToken): void {
    this.#antiforgery = Promise.resolve(token);
  }

  /** Forgets the antiforgery token; the next POST fetches a fresh one. */
  forgetAntiforgeryToken(): void {
    this.#antiforgery = undefined;
  }

  #antiforgeryToken(): Promise<AntiforgeryToken> {
    if (this.#antiforgery === undefined) {
      const request = this.#send<AntiforgeryToken>('GET', antiforgeryPath, undefined);
      // A failed fetch must not stay cached, or every later POST would fail with the same old error.
      request.catch(() => {
        if (this.#antiforgery === request) this.#antiforgery = undefined;
      });
      this.#antiforgery = request;
    }
    return this.#antiforgery;
  }

  async #send<T>(method: string, path: string, body: unknown, antiforgery?: AntiforgeryToken): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (antiforgery !== undefined) headers[antiforgery.headerName] = antiforgery.token;

    let response: Response;
    try {
      response = await this.#fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw ApiError.network();
    }

    const text = await response.text();
    if (!response.ok) {
      throw ApiError.fromProblem(response.status, parseProblemDetails(text));
    }
    if (text === '') {
      return undefined as T;
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError(response.status, 'The server sent an answer this page cannot read.');
    }
  }
}
