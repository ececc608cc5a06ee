import { useState } from 'preact/hooks';
import { ApiError } from '../api/ApiError';
import type { ConcertApi } from '../api/ConcertApi';
import type { Me } from '../api/types';
import { asApiError } from '../app/useAsync';
import { ErrorNotice } from '../components/ErrorNotice';

/**
 * The forced password change at first sign-in. The host decides what a good password is and explains a refusal in
 * its problem details; the page only checks that the two new entries match, so a typo cannot lock the user out.
 */
export function ChangePasswordView({
  api,
  me,
  onChanged,
  onSignOut,
}: {
  api: ConcertApi;
  me: Me;
  onChanged: (me: Me) => void;
  onSignOut: () => void;
}) {
  const [current, setCurrent] = useState('');
  const [replacement, setReplacement] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function submit(event: Event) {
    event.preventDefault();
    if (replacement !== confirmation) {
      setError(new ApiError(400, 'The new passwords differ.', 'Type the same new password twice.'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.changePassword(current, replacement);
      onChanged({ ...(await api.me()), mustChangePassword: false });
    } catch (failure) {
      setError(asApiError(failure));
      setBusy(false);
    }
  }

  return (
    <main id="content" class="card-page">
      <form class="card" onSubmit={submit} aria-labelledby="change-password-title">
        <h1 id="change-password-title">Choose a new password</h1>
        <p>
          {me.displayName}, your account was given a first password. Choose your own before you continue.
        </p>
        {error !== undefined && <ErrorNotice error={error} />}
        <input type="text" name="username" autocomplete="username" value={me.username} hidden readOnly />
        <label for="current-password">Current password</label>
        <input
          id="current-password"
          type="password"
          autocomplete="current-password"
          required
          autofocus
          value={current}
          onInput={(event) => setCurrent(event.currentTarget.value)}
        />
        <label for="new-password">New password</label>
        <input
          id="new-password"
          type="password"
          autocomplete="new-password"
          required
          value={replacement}
          onInput={(event) => setReplacement(event.currentTarget.value)}
        />
        <label for="confirm-password">New password again</label>
        <input
          id="confirm-password"
          type="password"
          autocomplete="new-password"
          required
          value={confirmation}
          onInput={(event) => setConfirmation(event.currentTarget.value)}
        />
        <div class="card__actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Change password'}
          </button>
          <button type="button" class="button--secondary" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </form>
    </main>
  );
}
