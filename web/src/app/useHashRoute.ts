import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './routes';

/** The route of the current URL fragment, updated on every `hashchange` (links, back and forward). */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
