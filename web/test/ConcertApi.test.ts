import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/ApiError';
import { ConcertApi } from '../src/api/ConcertApi';
import type { Fetch } from '../src/api/HttpClient';

interface Call {
  path: string;
  init: RequestInit;
}

/** A fake host: answers each request with the next scripted response and records what the app sent. */
function fakeHost(...responses: (Response | Error)[]) {
  const calls: Call[] = [];
  const fetch: Fetch = (path, init) => {
    calls.push({ path, init });
    const next = responses.shift();
    if (next === undefined) throw new Error(`Unexpected request ${init.method} ${path}`);
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { api: new ConcertApi(fetch), calls };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const problem = (status: number, body: unknown) => json(status, body, 'application/problem+json');
const antiforgery = (token: string) => json(200, { token, headerName: 'X-CSRF-TOKEN' });

const me = {
  username: 'aus.watch',
  displayName: 'Lt Jane Smith',
  nation: { code: 'AUS', name: 'Australia' },
  clearance: 'Secret',
  roles: ['WatchOfficer'],
  communities: ['FPDA'],
  mustChangePassword: false,
};

const headers = (call: Call | undefined) => new Headers(call?.init.headers);

describe('ConcertApi', () => {
  it('signs in with the antiforgery token in the header the host names', async () => {
    const { api, calls } = fakeHost(antiforgery('anonymous-token'), json(200, me));
    await expect(api.signIn(' aus.watch ', 'pw')).resolves.toEqual(me);
    expect(calls.map((call) => `${call.init.method} ${call.path}`)).toEqual([
      'GET /api/v1/auth/antiforgery',
      'POST /api/v1/auth/login',
    ]);
    expect(headers(calls[1]).get('X-CSRF-TOKEN')).toBe('anonymous-token');
    expect(headers(calls[1]).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ username: ' aus.watch ', password: 'pw' });
    expect(calls[1]?.init.credentials).toBe('same-origin');
  });

  it('fetches a new antiforgery token after sign-in, because the host binds it to the user', async () => {
    const { api, calls } = fakeHost(
      antiforgery('anonymous-token'),
      json(200, me),
      antiforgery('user-token'),
      new Response(null, { status: 204 }),
    );
    await api.signIn('aus.watch', 'pw');
    await api.changePassword('old', 'new');
    expect(calls[2]?.path).toBe('/api/v1/auth/antiforgery');
    expect(headers(calls[3]).get('X-CSRF-TOKEN')).toBe('user-token');
    expect(JSON.parse(String(calls[3]?.init.body))).toEqual({ current: 'old', new: 'new' });
  });

  it('reuses the antiforgery token for later requests of the same user', async () => {
    const { api, calls } = fakeHost(
      antiforgery('token'),
      new Response(null, { status: 400 }),
      new Response(null, { status: 204 }),
    );
    await expect(api.changePassword('a', 'b')).rejects.toBeInstanceOf(ApiError);
    await api.changePassword('a', 'c');
    expect(calls.filter((call) => call.path === '/api/v1/auth/antiforgery')).toHaveLength(1);
  });

  it('sends no antiforgery header on reads', async () => {
    const { api, calls } = fakeHost(json(200, []));
    await api.nations();
    expect(headers(calls[0]).get('X-CSRF-TOKEN')).toBeNull();
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('turns a 401 problem into an error with the host title and detail', async () => {
    const { api } = fakeHost(
      antiforgery('t'),
      problem(401, { title: 'Sign-in failed.', detail: 'The username or password is wrong.', status: 401 }),
    );
    const error = await api.signIn('aus.watch', 'wrong').catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      title: 'Sign-in failed.',
      detail: 'The username or password is wrong.',
    });
  });

  it('keeps the 429 detail that says when to retry', async () => {
    const { api } = fakeHost(
      antiforgery('t'),
      problem(429, { title: 'Too many sign-in attempts.', detail: 'Try again in 60 seconds.', status: 429 }),
    );
    await expect(api.signIn('x', 'y')).rejects.toMatchObject({ status: 429, detail: 'Try again in 60 seconds.' });
  });

  it.each([
    ['an empty body', new Response(null, { status: 429 }), 'Too many attempts. Wait a moment and try again.'],
    ['an HTML proxy page', new Response('<html>Bad gateway</html>', { status: 502 }), 'The server cannot be reached.'],
    ['a problem with a blank title', problem(403, { title: '  ' }), 'You are not allowed to do this.'],
    ['a JSON array', json(500, ['no']), 'The server failed. Try again; if it persists, call your administrator.'],
    ['an unusual status', new Response('', { status: 418 }), 'The server answered 418.'],
  ])('falls back to a title for the status on %s', async (_, response, title) => {
    const { api } = fakeHost(response);
    await expect(api.me()).rejects.toMatchObject({ status: response.status, title, detail: undefined });
  });

  it('ignores problem members of the wrong type', async () => {
    const { api } = fakeHost(problem(404, { title: 42, detail: { text: 'x' } }));
    await expect(api.bulletin('b-1')).rejects.toMatchObject({ title: 'Not found.', detail: undefined });
  });

  it('reports a network failure as status 0', async () => {
    const { api } = fakeHost(new TypeError('Failed to fetch'));
    await expect(api.me()).rejects.toMatchObject({ status: 0, title: 'The server cannot be reached.' });
  });

  it('reports an unreadable success body', async () => {
    const { api } = fakeHost(new Response('<html>', { status: 200 }));
    await expect(api.me()).rejects.toMatchObject({ status: 200, title: 'The server sent an answer this page cannot read.' });
  });

  it('does not keep a failed antiforgery request, so the next POST tries again', async () => {
    const { api, calls } = fakeHost(new TypeError('offline'), antiforgery('t'), json(200, me));
    await expect(api.signIn('a', 'b')).rejects.toMatchObject({ status: 0 });
    await expect(api.signIn('a', 'b')).resolves.toEqual(me);
    expect(calls.map((call) => call.path)).toEqual([
      '/api/v1/auth/antiforgery',
      '/api/v1/auth/antiforgery',
      '/api/v1/auth/login',
    ]);
  });

  it('builds paged and escaped paths', async () => {
    const { api, calls } = fakeHost(
      json(200, { items: [], page: 3, pageSize: 20 }),
      json(200, { items: [], page: 1, pageSize: 50 }),
      json(200, {}),
    );
    await api.bulletins(3, 20);
    await api.audit(1, 50);
    await api.bulletin('a/b c');
    expect(calls.map((call) => call.path)).toEqual([
      '/api/v1/bulletins?page=3&pageSize=20',
      '/api/v1/audit?page=1&pageSize=50',
      '/api/v1/bulletins/a%2Fb%20c',
    ]);
  });

  it('forgets the antiforgery token even when sign-out fails', async () => {
    const { api, calls } = fakeHost(
      antiforgery('old'),
      new Response(null, { status: 500 }),
      antiforgery('new'),
      new Response(null, { status: 204 }),
    );
    await expect(api.signOut()).rejects.toMatchObject({ status: 500 });
    await api.signOut();
    expect(headers(calls[3]).get('X-CSRF-TOKEN')).toBe('new');
  });
});
