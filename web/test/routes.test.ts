import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../src/app/routes';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { view: 'bulletins', page: 1 }],
    ['#', { view: 'bulletins', page: 1 }],
    ['#/', { view: 'bulletins', page: 1 }],
    ['#/bulletins', { view: 'bulletins', page: 1 }],
    ['#/bulletins/', { view: 'bulletins', page: 1 }],
    ['#/bulletins?page=4', { view: 'bulletins', page: 4 }],
    ['#/bulletins/b%2F7', { view: 'bulletin', id: 'b/7' }],
    ['#/bulletins/%E0%A4%A', { view: 'bulletin', id: '%E0%A4%A' }],
    ['#/nations', { view: 'nations' }],
    ['#/audit?page=2', { view: 'audit', page: 2 }],
    ['#/audit?page=0', { view: 'audit', page: 1 }],
    ['#/audit?page=-3', { view: 'audit', page: 1 }],
    ['#/audit?page=1.5', { view: 'audit', page: 1 }],
    ['#/audit?page=abc', { view: 'audit', page: 1 }],
    ['#/incidents', { view: 'not-found', path: '/incidents' }],
    ['#/bulletins/1/extra', { view: 'not-found', path: '/bulletins/1/extra' }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<Route>([
    { view: 'nations' },
    { view: 'bulletins', page: 1 },
    { view: 'bulletins', page: 9 },
    { view: 'bulletin', id: 'a b/c?d' },
    { view: 'audit', page: 1 },
    { view: 'audit', page: 12 },
  ])('reads back what routeHref writes for %j', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
