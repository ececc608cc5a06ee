import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/ApiError';

/** The state of a value being loaded: loading, failed with the error to show, or ready. */
export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: ApiError }
  | { state: 'ready'; value: T };

/**
 * Loads a value whenever the dependencies change, ignoring answers that arrive after a newer request started
 * (a quick click through pages must not show page 2's rows under page 3's pager).
 */
export function useAsync<T>(load: () => Promise<T>, dependencies: readonly unknown[]): Loadable<T> {
  const [loadable, setLoadable] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoadable({ state: 'loading' });
    load().then(
      (value) => current && setLoadable({ state: 'ready', value }),
      (error: unknown) => current && setLoadable({ state: 'failed', error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
    // The caller's dependencies decide when to reload; `load` is a fresh closure on every render.
  }, dependencies);
  return loadable;
}

/** Any thrown value as an ApiError, so views have one error shape to show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'Something went wrong in this page.', error instanceof Error ? error.message : undefined);
}
