import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ConcertApi } from '../api/ConcertApi';
import type { Me } from '../api/types';
import { ClassificationBanner } from '../components/ClassificationBanner';
import { IdentityHeader } from '../components/IdentityHeader';
import { MainNavigation } from '../components/MainNavigation';
import { highestBannerStyle } from '../labels/classificationLevels';
import { AuditLogView } from '../views/AuditLogView';
import { BulletinDetailView } from '../views/BulletinDetailView';
import { BulletinsView } from '../views/BulletinsView';
import { NationsView } from '../views/NationsView';
import { OperationsRoomView } from '../views/OperationsRoomView';
import { PoolingView } from '../views/pooling/PoolingView';
import { isAdministrator, isPlanner } from './roles';
import type { Route } from './routes';
import { useHashRoute } from './useHashRoute';

/**
 * The signed-in application: banner, who is signed in, navigation and the current view. The banner shows the
 * highest classification of the records on screen, reported by the view once they load.
 */
export function Shell({ api, me, onSignOut }: { api: ConcertApi; me: Me; onSignOut: () => void }) {
  const route = useHashRoute();
  const [classifications, setClassifications] = useState<string[]>([]);
  const main = useRef<HTMLElement>(null);
  const administrator = isAdministrator(me);

  useEffect(() => {
    setClassifications([]);
    // Move focus to the new view so keyboard and screen-reader users start reading there, not at the old link.
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route]);

  const report = useCallback((reported: string[]) => setClassifications(reported), []);
  const banner = highestBannerStyle(classifications);

  return (
    <div class="shell">
      <a class="skip-link" href="#content" onClick={skipToContent}>
        Skip to content
      </a>
      <ClassificationBanner style={banner} edge="top" />
      <header class="shell__header">
        <span class="shell__product">Concert</span>
        <IdentityHeader me={me} onSignOut={onSignOut} />
      </header>
      <MainNavigation route={route} administrator={administrator} />
      <main id="content" class="shell__main" ref={main} tabIndex={-1}>
        <CurrentView api={api} route={route} administrator={administrator} planner={isPlanner(me)} onClassifications={report} />
      </main>
      <ClassificationBanner style={banner} edge="bottom" />
    </div>
  );
}

function CurrentView({
  api,
  route,
  administrator,
  planner,
  onClassifications,
}: {
  api: ConcertApi;
  route: Route;
  administrator: boolean;
  planner: boolean;
  onClassifications: (classifications: string[]) => void;
}) {
  switch (route.view) {
    case 'map':
      return <OperationsRoomView api={api} onClassifications={onClassifications} />;
    case 'bulletins':
      return <BulletinsView api={api} before={route.before} onClassifications={onClassifications} />;
    case 'bulletin':
      return <BulletinDetailView api={api} id={route.id} onClassifications={onClassifications} />;
    case 'nations':
      return <NationsView api={api} />;
    case 'audit':
      return administrator ? (
        <AuditLogView api={api} before={route.before} onClassifications={onClassifications} />
      ) : (
        <Unavailable title="Audit log" text="The audit log is open to administrators only." />
      );
    case 'pooling':
      return <PoolingView api={api} planner={planner} onClassifications={onClassifications} />;
    case 'not-found':
      return <Unavailable title="No such view" text={`Nothing is at “${route.path}”. Choose a view above.`} />;
  }
}

function Unavailable({ title, text }: { title: string; text: string }) {
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p>{text}</p>
    </>
  );
}

/** The fragment "#content" would be read as a route; focus the main region directly instead. */
function skipToContent(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('content')?.focus();
}
