import type { Route } from '../app/routes';

interface Entry {
  href: string;
  text: string;
  views: readonly Route['view'][];
}

const everyone: readonly Entry[] = [
  { href: '#/map', text: 'Operations room', views: ['map'] },
  { href: '#/bulletins', text: 'Bulletins', views: ['bulletins', 'bulletin'] },
  { href: '#/nations', text: 'Nations & communities', views: ['nations'] },
  { href: '#/pooling', text: 'Pooling', views: ['pooling'] },
];

const administrators: readonly Entry[] = [{ href: '#/audit', text: 'Audit log', views: ['audit'] }];

/** The views of the shell; the audit log is offered to administrators only. */
export function MainNavigation({ route, administrator }: { route: Route; administrator: boolean }) {
  const entries = administrator ? [...everyone, ...administrators] : everyone;
  return (
    <nav class="main-navigation" aria-label="Views">
      <ul>
        {entries.map((entry) => (
          <li key={entry.href}>
            <a href={entry.href} aria-current={entry.views.includes(route.view) ? 'page' : undefined}>
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
