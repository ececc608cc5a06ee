/**
 * The views of the shell, addressed by the URL fragment ("#/bulletins?before=120") so the host serves one page and
 * the browser's back button, bookmarks and links between officers work without server routes. Lists page by
 * cursor: `before` is the host's `nextBefore` of the newer page, absent on the newest.
 */
export type Route =
  | { view: 'map' }
  | { view: 'nations' }
  | { view: 'bulletins'; before?: number }
  | { view: 'bulletin'; id: number }
  | { view: 'audit'; before?: number }
  | { view: 'pooling' }
  | { view: 'not-found'; path: string };

/** The view a fragment names; an empty fragment opens the operations room's map, the home view. */
export function parseRoute(hash: string): Route {
  const fragment = hash.replace(/^#/, '');
  const [rawPath = '', query = ''] = fragment.split('?', 2);
  const path = rawPath.replace(/\/+$/, '');
  const before = cursor(new URLSearchParams(query).get('before'));
  const paged = before === undefined ? {} : { before };

  if (path === '' || path === '/map') return { view: 'map' };
  if (path === '/bulletins') return { view: 'bulletins', ...paged };
  if (path === '/nations') return { view: 'nations' };
  if (path === '/audit') return { view: 'audit', ...paged };
  if (path === '/pooling') return { view: 'pooling' };
  const bulletin = /^\/bulletins\/(\d+)$/.exec(path);
  const id = cursor(bulletin?.[1] ?? null);
  if (id !== undefined) return { view: 'bulletin', id };
  return { view: 'not-found', path };
}

/** The fragment of a view, the inverse of {@link parseRoute}. */
export function routeHref(route: Route): string {
  switch (route.view) {
    case 'map':
      return '#/map';
    case 'nations':
      return '#/nations';
    case 'bulletins':
      return route.before === undefined ? '#/bulletins' : `#/bulletins?before=${route.before}`;
    case 'bulletin':
      return `#/bulletins/${route.id}`;
    case 'audit':
      return route.before === undefined ? '#/audit' : `#/audit?before=${route.before}`;
    case 'pooling':
      return '#/pooling';
    case 'not-found':
      return `#${route.path}`;
  }
}

/** A positive whole number (record ids and sequence numbers), or undefined. */
function cursor(text: string | null): number | undefined {
  if (text === null || !/^\d{1,15}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 ? value : undefined;
}
