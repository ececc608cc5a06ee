import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../src/app/routes';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { view: 'map' }],
    ['#', { view: 'map' }],
    ['#/', { view: 'map' }],
    ['#/map', { view: 'map' }],
    ['#/bulletins', { view: 'bulletins' }],
    ['#/bulletins/', { view: 'bulletins' }],
    ['#/bulletins?before=120', { view: 'bulletins', before: 120 }],
    ['#/bulletins/7', { view: 'bulletin', id: 7 }],
    ['#/nations', { view: 'nations' }],
    ['#/audit?before=2', { view: 'audit', before: 2 }],
    ['#/audit?before=0', { view: 'audit' }],
    ['#/audit?before=-3', { view: 'audit' }],
    ['#/audit?before=1.5', { view: 'audit' }],
    ['#/audit?before=abc', { view: 'audit' }],
    ['#/audit?before=1e3', { view: 'audit' }],
    ['#/audit?before=9999999999999999', { view: 'audit' }],
    ['#/bulletins/0', { view: 'not-found', path: '/bulletins/0' }],
    ['#/bulletins/abc', { view: 'not-found', path: '/bulletins/abc' }],
    ['#/bulletins/1/extra', { view: 'not-found', path: '/bulletins/1/extra' }],
    ['#/incidents', { view: 'not-found', path: '/incidents' }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<Route>([
    { view: 'map' },
    { view: 'nations' },
    { view: 'bulletins' },
    { view: 'bulletins', before: 9 },
    { view: 'bulletin', id: 42 },
    { view: 'audit' },
    { view: 'audit', before: 1200 },
  ])('reads back what routeHref writes for %j', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
