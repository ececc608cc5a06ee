import type { ApiError } from '../api/ApiError';

/** A failed request, as the host explained it (problem details title and detail), announced to screen readers. */
export function ErrorNotice({ error }: { error: ApiError }) {
  return (
    <div class="error-notice" role="alert">
      <strong class="error-notice__title">{error.title}</strong>
      {error.detail !== undefined && <p class="error-notice__detail">{error.detail}</p>}
    </div>
  );
}
