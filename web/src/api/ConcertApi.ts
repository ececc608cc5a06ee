import { ApiError } from './ApiError';
import { HttpClient, type Fetch } from './HttpClient';
import { PoolingApi } from './PoolingApi';
import type { AuditEntry, Bulletin, Community, GeoBox, Me, Nation, Page, SignInResult, TrackPoint, Vessel, VesselList } from './types';
import { withLabels } from './vesselLabels';

/**
 * The calls the web app makes to Concert's host, one method per endpoint of /api/v1. A 401 from a call that needs
 * a session means the session ended (expired, signed out elsewhere, password changed on another screen): the
 * listener set with {@link onSessionEnded} hears of it, so the app can return to sign-in instead of showing errors.
 */
export class ConcertApi {
  readonly #http: HttpClient;
  #sessionEnded: (() => void) | undefined;
  #pooling: PoolingApi | undefined;

  constructor(fetchFunction: Fetch) {
    this.#http = new HttpClient(fetchFunction);
  }

  /** Sets the one listener told when a call finds the session gone; undefined removes it. */
  onSessionEnded(listener: (() => void) | undefined): void {
    this.#sessionEnded = listener;
  }

  /** The signed-in user; fails with status 401 when no session exists. */
  me(): Promise<Me> {
    return this.#http.get<Me>('/api/v1/me');
  }

  /** Starts a session; its antiforgery token is kept for the session's later requests. */
  async signIn(username: string, password: string): Promise<SignInResult> {
    const result = await this.#http.postAnonymous<SignInResult>('/api/v1/auth/login', { username, password });
    this.#http.useAntiforgeryToken(result.antiforgery);
    return result;
  }

  /** Ends the session. */
  async signOut(): Promise<void> {
    try {
      await this.#http.post<undefined>('/api/v1/auth/logout');
    } finally {
      this.#http.forgetAntiforgeryToken();
    }
  }

  /** Replaces the signed-in user's password; the host renews the session, so the antiforgery token is renewed too. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.#inSession(this.#http.post<undefined>('/api/v1/auth/password', { currentPassword, newPassword }));
    this.#http.forgetAntiforgeryToken();
  }

  /** Every nation the host knows. */
  nations(): Promise<Nation[]> {
    return this.#inSession(this.#http.get<Nation[]>('/api/v1/nations'));
  }

  /** Every community with its dated memberships. */
  communities(): Promise<Community[]> {
    return this.#inSession(this.#http.get<Community[]>('/api/v1/communities'));
  }

  /** The bulletins released to the user, newest first, older than the cursor `before` when given. */
  bulletins(limit: number, before?: number): Promise<Page<Bulletin>> {
    return this.#inSession(this.#http.get<Page<Bulletin>>(`/api/v1/bulletins?${pageQuery(limit, before)}`));
  }

  /** One bulletin. */
  bulletin(id: number): Promise<Bulletin> {
    return this.#inSession(this.#http.get<Bulletin>(`/api/v1/bulletins/${id}`));
  }

  /** Audit entries, newest first, older than the cursor `before` when given (administrators only). */
  audit(limit: number, before?: number): Promise<Page<AuditEntry>> {
    return this.#inSession(this.#http.get<Page<AuditEntry>>(`/api/v1/audit?${pageQuery(limit, before)}`));
  }

  /**
   * The vessels released to the user in a box: live, or as the archive knew them at `at`. The host sends each label
   * once; every vessel comes back holding its own (shared) label object.
   */
  viewport(box: GeoBox, at?: Date): Promise<Vessel[]> {
    const query = new URLSearchParams({
      west: String(box.west),
      south: String(box.south),
      east: String(box.east),
      north: String(box.north),
    });
    if (at !== undefined) query.set('at', at.toISOString());
    return this.#inSession(this.#http.get<VesselList>(`/api/v1/maritime/viewport?${query.toString()}`)).then((list) =>
      withLabels(list.labels, list.vessels),
    );
  }

  /** One vessel's live state. */
  vessel(mmsi: number): Promise<Vessel> {
    return this.#inSession(this.#http.get<Vessel>(`/api/v1/maritime/vessels/${mmsi}`));
  }

  /** One vessel's archived positions between two times, oldest first. */
  track(mmsi: number, from: Date, to: Date): Promise<TrackPoint[]> {
    const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
    return this.#inSession(this.#http.get<TrackPoint[]>(`/api/v1/maritime/vessels/${mmsi}/track?${query.toString()}`));
  }

  /** Live vessels whose name contains the text, or whose MMSI, IMO number or call sign it is. */
  searchVessels(text: string): Promise<Vessel[]> {
    return this.#inSession(this.#http.get<Vessel[]>(`/api/v1/maritime/search?${new URLSearchParams({ q: text }).toString()}`));
  }

  /** The pooling calls, in this session (its cookie, antiforgery token and end). */
  get pooling(): PoolingApi {
    this.#pooling ??= new PoolingApi(this.#http, (call) => this.#inSession(call));
    return this.#pooling;
  }

  async #inSession<T>(call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.#sessionEnded?.();
      throw error;
    }
  }
}

function pageQuery(limit: number, before: number | undefined): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before !== undefined) query.set('before', String(before));
  return query.toString();
}
