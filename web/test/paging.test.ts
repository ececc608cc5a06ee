import { describe, expect, it } from 'vitest';
import { hasNextPage, pageCount } from '../src/app/paging';

describe('paging', () => {
  it('counts pages from the total, at least one', () => {
    expect(pageCount({ page: 1, pageSize: 20, itemCount: 20, total: 41 })).toBe(3);
    expect(pageCount({ page: 1, pageSize: 20, itemCount: 20, total: 40 })).toBe(2);
    expect(pageCount({ page: 1, pageSize: 20, itemCount: 0, total: 0 })).toBe(1);
    expect(pageCount({ page: 1, pageSize: 20, itemCount: 0 })).toBeUndefined();
    expect(pageCount({ page: 1, pageSize: 20, itemCount: 0, total: null })).toBeUndefined();
  });

  it('offers a next page by the total when the host counts', () => {
    expect(hasNextPage({ page: 2, pageSize: 20, itemCount: 20, total: 41 })).toBe(true);
    expect(hasNextPage({ page: 3, pageSize: 20, itemCount: 1, total: 41 })).toBe(false);
    expect(hasNextPage({ page: 2, pageSize: 20, itemCount: 20, total: 40 })).toBe(false);
  });

  it('offers a next page after a full page when the host does not count', () => {
    expect(hasNextPage({ page: 1, pageSize: 20, itemCount: 20 })).toBe(true);
    expect(hasNextPage({ page: 1, pageSize: 20, itemCount: 19 })).toBe(false);
  });
});
