import { useState } from 'preact/hooks';
import type { ApiError } from '../api/ApiError';
import type { ConcertApi } from '../api/ConcertApi';
import type { Me } from '../api/types';
import { asApiError } from '../app/useAsync';
import { ErrorNotice } from '../components/ErrorNotice';

/**
 * The sign-in form; shows the host's problem details on failure (wrong password, locked account, too many
 * attempts). The sign-in answer says whether the password must change first, which /me does not repeat.
 */
export function SignInView({
  api,
  notice,
  onSignedIn,
}: {
  api: ConcertApi;
  notice?: string;
  onSignedIn: (me: Me) => void;
}) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await api.signIn(username.trim(), password);
      const me = await api.me();
      onSignedIn({ ...me, mustChangePassword: result.mustChangePassword || me.mustChangePassword === true });
    } catch (failure) {
      setError(asApiError(failure));
      setPassword('');
      setBusy(false);
    }
  }

  return (
    <main id="content" class="card-page">
      <form class="card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Concert</h1>
        {notice !== undefined && error === undefined && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        {error !== undefined && <ErrorNotice error={error} />}
        <label for="username">Username</label>
        <input
          id="username"
          name="username"
          autocomplete="username"
          required
          autofocus
          value={username}
          onInput={(event) => setUsername(event.currentTarget.value)}
        />
        <label for="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
