import type { ApiError } from '../api/ApiError';

/** A failed request as the host explained it (title, detail, validation messages), announced to screen readers. */
export function ErrorNotice({ error }: { error: ApiError }) {
  return (
    <div class="error-notice" role="alert">
      <strong class="error-notice__title">{error.title}</strong>
      {error.detail !== undefined && <p class="error-notice__detail">{error.detail}</p>}
      {error.messages.length > 0 && (
        <ul class="error-notice__messages">
          {error.messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
