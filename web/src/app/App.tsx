import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../api/ApiError';
import type { ConcertApi } from '../api/ConcertApi';
import type { Me } from '../api/types';
import { ClassificationBanner } from '../components/ClassificationBanner';
import { ErrorNotice } from '../components/ErrorNotice';
import { highestBannerStyle } from '../labels/classificationLevels';
import { ChangePasswordView } from '../views/ChangePasswordView';
import { SignInView } from '../views/SignInView';
import { Shell } from './Shell';
import { asApiError } from './useAsync';

type Session =
  | { state: 'checking' }
  | { state: 'unreachable'; error: ApiError }
  | { state: 'signed-out'; notice?: string }
  | { state: 'signed-in'; me: Me };

/**
 * The session: asks the host who is signed in, then shows sign-in, the forced password change, or the shell.
 * An existing session cookie is reused, so a reload keeps the officer signed in; a session that ends while in use
 * returns to sign-in with a notice.
 */
export function App({ api }: { api: ConcertApi }) {
  const [session, setSession] = useState<Session>({ state: 'checking' });

  useEffect(() => {
    api.onSessionEnded(() =>
      setSession({ state: 'signed-out', notice: 'Your session has ended. Sign in again to continue.' }),
    );
    return () => api.onSessionEnded(undefined);
  }, [api]);

  useEffect(() => {
    api.me().then(
      (me) => setSession({ state: 'signed-in', me }),
      (failure: unknown) => {
        const error = asApiError(failure);
        setSession(error.status === 401 ? { state: 'signed-out' } : { state: 'unreachable', error });
      },
    );
  }, [api]);

  async function signOut() {
    try {
      await api.signOut();
      setSession({ state: 'signed-out' });
    } catch (failure) {
      // 401: the session had already ended. Otherwise the host may still hold it; say so rather than pretend.
      setSession(
        asApiError(failure).status === 401
          ? { state: 'signed-out' }
          : {
              state: 'signed-out',
              notice: 'The server could not end your session. Close the browser to end it on this computer.',
            },
      );
    }
  }

  switch (session.state) {
    case 'checking':
      return (
        <Outside>
          <p class="card-page" aria-live="polite">
            Connecting to Concert…
          </p>
        </Outside>
      );
    case 'unreachable':
      return (
        <Outside>
          <main id="content" class="card-page">
            <div class="card">
              <h1>Concert is not available</h1>
              <ErrorNotice error={session.error} />
              <button type="button" onClick={() => window.location.reload()}>
                Try again
              </button>
            </div>
          </main>
        </Outside>
      );
    case 'signed-out':
      return (
        <Outside>
          <SignInView
            api={api}
            {...(session.notice === undefined ? {} : { notice: session.notice })}
            onSignedIn={(me) => setSession({ state: 'signed-in', me })}
          />
        </Outside>
      );
    case 'signed-in':
      return session.me.mustChangePassword ? (
        <Outside>
          <ChangePasswordView
            api={api}
            me={session.me}
            onChanged={(me) => setSession({ state: 'signed-in', me })}
            onSignOut={signOut}
          />
        </Outside>
      ) : (
        <Shell api={api} me={session.me} onSignOut={signOut} />
      );
  }
}

/** The frame of the screens before the shell, which show no records and so carry the lowest banner. */
function Outside({ children }: { children: ComponentChildren }) {
  const banner = highestBannerStyle([]);
  return (
    <div class="shell">
      <ClassificationBanner style={banner} edge="top" />
      {children}
      <ClassificationBanner style={banner} edge="bottom" />
    </div>
  );
}
