/**
 * The views of the shell, addressed by the URL fragment ("#/bulletins?page=2") so the host serves one page and the
 * browser's back button, bookmarks and links between officers work without server routes.
 */
export type Route =
  | { view: 'nations' }
  | { view: 'bulletins'; page: number }
  | { view: 'bulletin'; id: string }
  | { view: 'audit'; page: number }
  | { view: 'not-found'; path: string };

/** The view a fragment names; an empty fragment opens the bulletins. */
export function parseRoute(hash: string): Route {
  const fragment = hash.replace(/^#/, '');
  const [rawPath = '', query = ''] = fragment.split('?', 2);
  const path = rawPath.replace(/\/+$/, '');
  const page = pageNumber(new URLSearchParams(query).get('page'));

  if (path === '' || path === '/bulletins') return { view: 'bulletins', page };
  if (path === '/nations') return { view: 'nations' };
  if (path === '/audit') return { view: 'audit', page };
  const bulletin = /^\/bulletins\/([^/]+)$/.exec(path);
  if (bulletin?.[1] !== undefined) return { view: 'bulletin', id: safeDecode(bulletin[1]) };
  return { view: 'not-found', path };
}

/** The fragment of a view, the inverse of {@link parseRoute}. */
export function routeHref(route: Route): string {
  switch (route.view) {
    case 'nations':
      return '#/nations';
    case 'bulletins':
      return route.page === 1 ? '#/bulletins' : `#/bulletins?page=${route.page}`;
    case 'bulletin':
      return `#/bulletins/${encodeURIComponent(route.id)}`;
    case 'audit':
      return route.page === 1 ? '#/audit' : `#/audit?page=${route.page}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

function pageNumber(text: string | null): number {
  const page = Number(text);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
