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

const me = {
  username: 'jp.watch',
  displayName: 'Lt Cdr Sato Haruki (JMSDF)',
  nation: { code: 'JPN', name: 'Japan' },
  clearance: 'SECRET',
  roles: ['watch-officer'],
  communities: [{ identifier: 'CONCERT', name: 'Concert framework', through: 'nation' }],
  caveats: ['MARSEC'],
};
const signedIn = (token: string, mustChangePassword = false) =>
  json(200, { username: 'jp.watch', mustChangePassword, antiforgery: { headerName: 'X-CSRF-TOKEN', token } });

const headers = (call: Call | undefined) => new Headers(call?.init.headers);
const requests = (calls: Call[]) => calls.map((call) => `${call.init.method} ${call.path}`);

describe('ConcertApi', () => {
  it('signs in without an antiforgery token and keeps the one the session got', async () => {
    const { api, calls } = fakeHost(signedIn('session-token'), new Response(null, { status: 204 }));
    await expect(api.signIn('jp.watch', 'pw')).resolves.toMatchObject({ mustChangePassword: false });
    await api.signOut();
    expect(requests(calls)).toEqual(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout']);
    expect(headers(calls[0]).get('X-CSRF-TOKEN')).toBeNull();
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ username: 'jp.watch', password: 'pw' });
    expect(headers(calls[0]).get('Content-Type')).toBe('application/json');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(headers(calls[1]).get('X-CSRF-TOKEN')).toBe('session-token');
  });

  it('fetches a token for a session it did not start (a reload) and reuses it', async () => {
    const { api, calls } = fakeHost(
      json(200, { headerName: 'X-CSRF-TOKEN', token: 'fetched' }),
      problem(400, { title: 'One or more validation errors occurred.', errors: { NewPassword: ['Too short.'] } }),
      new Response(null, { status: 204 }),
    );
    await expect(api.changePassword('a', 'b')).rejects.toBeInstanceOf(ApiError);
    await api.changePassword('a', 'a-much-longer-one');
    expect(requests(calls)).toEqual([
      'GET /api/v1/auth/antiforgery',
      'POST /api/v1/auth/password',
      'POST /api/v1/auth/password',
    ]);
    expect(headers(calls[2]).get('X-CSRF-TOKEN')).toBe('fetched');
    expect(JSON.parse(String(calls[2]?.init.body))).toEqual({ currentPassword: 'a', newPassword: 'a-much-longer-one' });
  });

  it('renews the token after a password change, because the host renews the session', async () => {
    const { api, calls } = fakeHost(
      signedIn('first', true),
      new Response(null, { status: 204 }),
      json(200, { headerName: 'X-CSRF-TOKEN', token: 'renewed' }),
      new Response(null, { status: 204 }),
    );
    await api.signIn('admin', 'one-time');
    await api.changePassword('one-time', 'chosen');
    await api.signOut();
    expect(headers(calls[1]).get('X-CSRF-TOKEN')).toBe('first');
    expect(calls[2]?.path).toBe('/api/v1/auth/antiforgery');
    expect(headers(calls[3]).get('X-CSRF-TOKEN')).toBe('renewed');
  });

  it('sends no antiforgery header on reads', async () => {
    const { api, calls } = fakeHost(json(200, me));
    await expect(api.me()).resolves.toEqual(me);
    expect(headers(calls[0]).get('X-CSRF-TOKEN')).toBeNull();
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('turns a 401 problem into an error with the host title and detail', async () => {
    const { api } = fakeHost(
      problem(401, { title: 'Sign-in failed', detail: 'The user name or password is wrong.', status: 401 }),
    );
    const error = await api.signIn('jp.watch', 'wrong').catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, title: 'Sign-in failed', detail: 'The user name or password is wrong.' });
  });

  it('keeps the detail of a 429 and a 423', async () => {
    const { api } = fakeHost(
      problem(429, { title: 'Too many sign-in attempts', detail: 'Wait and try again.', status: 429 }),
      problem(423, { title: 'Account locked', detail: 'Try again later or ask an administrator.', status: 423 }),
    );
    await expect(api.signIn('x', 'y')).rejects.toMatchObject({ status: 429, detail: 'Wait and try again.' });
    await expect(api.signIn('x', 'y')).rejects.toMatchObject({ status: 423, title: 'Account locked' });
  });

  it('lists the messages of a validation problem in the order the host gave', async () => {
    const { api } = fakeHost(
      json(200, { headerName: 'X-CSRF-TOKEN', token: 't' }),
      problem(400, {
        title: 'One or more validation errors occurred.',
        errors: { NewPassword: ['At least 12 characters.', 'Not the old one.'], other: 'not a list', third: [7, 'Kept.'] },
      }),
    );
    await expect(api.changePassword('a', 'b')).rejects.toMatchObject({
      status: 400,
      title: 'One or more validation errors occurred.',
      messages: ['At least 12 characters.', 'Not the old one.', 'Kept.'],
    });
  });

  it.each([
    ['an empty body', new Response(null, { status: 429 }), 'Too many attempts. Wait a moment and try again.'],
    ['an HTML proxy page', new Response('<html>Bad gateway</html>', { status: 502 }), 'The server cannot be reached.'],
    ['a problem with a blank title', problem(403, { title: '  ' }), 'You are not allowed to do this.'],
    ['a JSON array', json(500, ['no']), 'The server failed. Try again; if it persists, call your administrator.'],
    ['an unusual status', new Response('', { status: 418 }), 'The server answered 418.'],
  ])('falls back to a title for the status on %s', async (_, response, title) => {
    const { api } = fakeHost(response);
    await expect(api.me()).rejects.toMatchObject({ status: response.status, title, detail: undefined, messages: [] });
  });

  it('ignores problem members of the wrong type', async () => {
    const { api } = fakeHost(problem(404, { title: 42, detail: { text: 'x' }, errors: ['x'] }));
    await expect(api.bulletin(3)).rejects.toMatchObject({ title: 'Not found.', detail: undefined, messages: [] });
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
    const { api, calls } = fakeHost(
      new TypeError('offline'),
      json(200, { headerName: 'X-CSRF-TOKEN', token: 't' }),
      new Response(null, { status: 204 }),
    );
    await expect(api.signOut()).rejects.toMatchObject({ status: 0 });
    await api.signOut();
    expect(requests(calls)).toEqual([
      'GET /api/v1/auth/antiforgery',
      'GET /api/v1/auth/antiforgery',
      'POST /api/v1/auth/logout',
    ]);
  });

  it('asks for pages by limit and cursor', async () => {
    const { api, calls } = fakeHost(
      json(200, { items: [], nextBefore: null }),
      json(200, { items: [], nextBefore: null }),
      json(200, { items: [], nextBefore: null }),
    );
    await api.bulletins(20);
    await api.bulletins(20, 118);
    await api.audit(50, 9001);
    expect(calls.map((call) => call.path)).toEqual([
      '/api/v1/bulletins?limit=20',
      '/api/v1/bulletins?limit=20&before=118',
      '/api/v1/audit?limit=50&before=9001',
    ]);
  });

  it('forgets the antiforgery token even when sign-out fails', async () => {
    const { api, calls } = fakeHost(
      signedIn('old'),
      new Response(null, { status: 500 }),
      json(200, { headerName: 'X-CSRF-TOKEN', token: 'new' }),
      new Response(null, { status: 204 }),
    );
    await api.signIn('jp.watch', 'pw');
    await expect(api.signOut()).rejects.toMatchObject({ status: 500 });
    await api.signOut();
    expect(headers(calls[3]).get('X-CSRF-TOKEN')).toBe('new');
  });
});

describe('ConcertApi session end', () => {
  it('tells the listener when a call that needs a session gets 401', async () => {
    const { api } = fakeHost(problem(401, { title: 'Unauthorized', status: 401 }), json(200, []));
    let ended = 0;
    api.onSessionEnded(() => ended++);
    await expect(api.bulletins(20)).rejects.toMatchObject({ status: 401 });
    await api.nations();
    expect(ended).toBe(1);
  });

  it('does not take a wrong password, a 403 or a first /me for an ended session', async () => {
    const { api } = fakeHost(
      problem(401, { title: 'Sign-in failed', status: 401 }),
      problem(403, { title: 'Forbidden', status: 403 }),
      problem(401, { title: 'Unauthorized', status: 401 }),
    );
    let ended = 0;
    api.onSessionEnded(() => ended++);
    await expect(api.signIn('jp.watch', 'wrong')).rejects.toMatchObject({ status: 401 });
    await expect(api.audit(20)).rejects.toMatchObject({ status: 403 });
    await expect(api.me()).rejects.toMatchObject({ status: 401 });
    expect(ended).toBe(0);
  });

  it('stops telling a removed listener', async () => {
    const { api } = fakeHost(problem(401, {}));
    let ended = 0;
    api.onSessionEnded(() => ended++);
    api.onSessionEnded(undefined);
    await expect(api.communities()).rejects.toMatchObject({ status: 401 });
    expect(ended).toBe(0);
  });
  it('asks for the maritime picture, tracks and searches with the query the host reads', async () => {
    const { api, calls } = fakeHost(json(200, { labels: [], vessels: [] }), json(200, { labels: [], vessels: [] }), json(200, []), json(200, []));
    await api.viewport({ west: 170, south: -10.5, east: -170, north: 20 });
    await api.viewport({ west: 100, south: 0, east: 125, north: 30 }, new Date(Date.UTC(2026, 10, 27, 23, 26)));
    await api.track(477123400, new Date(Date.UTC(2026, 10, 27, 1)), new Date(Date.UTC(2026, 10, 28, 1)));
    await api.searchVessels('PACIFIC & SONS');
    expect(requests(calls)).toEqual([
      'GET /api/v1/maritime/viewport?west=170&south=-10.5&east=-170&north=20',
      'GET /api/v1/maritime/viewport?west=100&south=0&east=125&north=30&at=2026-11-27T23%3A26%3A00.000Z',
      'GET /api/v1/maritime/vessels/477123400/track?from=2026-11-27T01%3A00%3A00.000Z&to=2026-11-28T01%3A00%3A00.000Z',
      'GET /api/v1/maritime/search?q=PACIFIC+%26+SONS',
    ]);
  });

  it('gives every vessel of a viewport its label from the labels the host sent once', async () => {
    const label = {
      marking: 'CONCERT RESTRICTED REL JPN',
      policy: 'CONCERT',
      classification: 'RESTRICTED',
      releasableToNations: ['JPN'],
      releasableToCommunities: [],
      caveats: [],
      stanag4774Xml: '<x/>',
    };
    const { api } = fakeHost(
      json(200, { labels: [label], vessels: [{ mmsi: 209000001, labelIndex: 0 }, { mmsi: 431000003, labelIndex: 0 }] }),
    );
    const vessels = await api.viewport({ west: 100, south: 0, east: 125, north: 30 });
    expect(vessels).toEqual([
      { mmsi: 209000001, label },
      { mmsi: 431000003, label },
    ]);
  });
});
