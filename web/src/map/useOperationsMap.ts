import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { OperationsMap, OperationsMapEvents } from './OperationsMap';

/** The map once created, or why it could not be (no WebGL, for one). */
export type MapState = { state: 'loading' } | { state: 'failed'; reason: string } | { state: 'ready'; map: OperationsMap };

/**
 * Creates the operations map in the element once it is mounted. MapLibre and the Natural Earth basemap are loaded
 * as a separate chunk on first use, so the sign-in screen does not wait for them. The latest `events` are called,
 * whichever render created the map.
 */
export function useOperationsMap(container: RefObject<HTMLElement | null>, events: OperationsMapEvents): MapState {
  const [state, setState] = useState<MapState>({ state: 'loading' });
  const [handlers] = useState<{ current: OperationsMapEvents }>(() => ({ current: events }));
  handlers.current = events;

  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    let created: OperationsMap | undefined;
    let unmounted = false;
    import('./OperationsMap')
      .then(({ OperationsMap }) =>
        OperationsMap.create(element, {
          moved: (box) => handlers.current.moved(box),
          vesselClicked: (mmsi) => handlers.current.vesselClicked(mmsi),
          cameraMoving: (moving) => handlers.current.cameraMoving(moving),
        }),
      )
      .then(
        (map) => {
          if (unmounted) {
            map.remove();
            return;
          }
          created = map;
          setState({ state: 'ready', map });
          handlers.current.moved(map.box());
        },
        (failure: unknown) =>
          !unmounted &&
          setState({ state: 'failed', reason: failure instanceof Error ? failure.message : String(failure) }),
      );
    return () => {
      unmounted = true;
      created?.remove();
    };
  }, []);

  return state;
}
