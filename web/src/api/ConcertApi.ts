import { HttpClient, type Fetch } from './HttpClient';
import type { AuditEntry, Bulletin, BulletinSummary, Community, Me, Nation, Page } from './types';

/** The calls the web app makes to Concert's host, one method per endpoint of /api/v1. */
export class ConcertApi {
  readonly #http: HttpClient;

  constructor(fetchFunction: Fetch) {
    this.#http = new HttpClient(fetchFunction);
  }

  /** The signed-in user; fails with status 401 when no session exists. */
  me(): Promise<Me> {
    return this.#http.get<Me>('/api/v1/me');
  }

  /** Signs in and returns the user. */
  async signIn(username: string, password: string): Promise<Me> {
    const me = await this.#http.post<Me>('/api/v1/auth/login', { username, password });
    this.#http.forgetAntiforgeryToken();
    return me;
  }

  /** Ends the session. */
  async signOut(): Promise<void> {
    try {
      await this.#http.post<undefined>('/api/v1/auth/logout');
    } finally {
      this.#http.forgetAntiforgeryToken();
    }
  }

  /** Replaces the signed-in user's password. */
  async changePassword(current: string, replacement: string): Promise<void> {
    await this.#http.post<undefined>('/api/v1/auth/password', { current, new: replacement });
    this.#http.forgetAntiforgeryToken();
  }

  /** Every nation the host knows. */
  nations(): Promise<Nation[]> {
    return this.#http.get<Nation[]>('/api/v1/nations');
  }

  /** Every community with its dated memberships. */
  communities(): Promise<Community[]> {
    return this.#http.get<Community[]>('/api/v1/communities');
  }

  /** One page of the bulletins the user may read, newest first. */
  bulletins(page: number, pageSize: number): Promise<Page<BulletinSummary>> {
    return this.#http.get<Page<BulletinSummary>>(`/api/v1/bulletins?${pageQuery(page, pageSize)}`);
  }

  /** One bulletin with its text. */
  bulletin(id: string): Promise<Bulletin> {
    return this.#http.get<Bulletin>(`/api/v1/bulletins/${encodeURIComponent(id)}`);
  }

  /** One page of the audit log, newest first (administrators only). */
  audit(page: number, pageSize: number): Promise<Page<AuditEntry>> {
    return this.#http.get<Page<AuditEntry>>(`/api/v1/audit?${pageQuery(page, pageSize)}`);
  }
}

function pageQuery(page: number, pageSize: number): string {
  return new URLSearchParams({ page: String(page), pageSize: String(pageSize) }).toString();
}
