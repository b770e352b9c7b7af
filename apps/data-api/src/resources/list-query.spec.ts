import { ProblemException } from '@slipway/platform';
import { pageWindow, type ListParams } from './list-query';

function rejection(query: ListParams): ProblemException {
  try {
    pageWindow(query);
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('the query was accepted');
}

describe('pageWindow', () => {
  it('defaults to the first 20 rows', () => {
    expect(pageWindow({})).toEqual({ limit: 20, offset: 0, cursor: undefined });
  });

  it('passes limit, offset and cursor through', () => {
    expect(pageWindow({ limit: 5, offset: 10 })).toEqual({ limit: 5, offset: 10, cursor: undefined });
    expect(pageWindow({ limit: 5, cursor: 'c' })).toEqual({ limit: 5, offset: 0, cursor: 'c' });
  });

  it('maps page n of per_page rows onto offset (n - 1) * per_page', () => {
    expect(pageWindow({ page: 1, per_page: 25 })).toEqual({ limit: 25, offset: 0, cursor: undefined });
    expect(pageWindow({ page: 3, per_page: 25 })).toEqual({ limit: 25, offset: 50, cursor: undefined });
  });

  it('sizes pages by limit, or the default, when per_page is absent', () => {
    expect(pageWindow({ page: 2, limit: 10 })).toMatchObject({ limit: 10, offset: 10 });
    expect(pageWindow({ page: 2 })).toMatchObject({ limit: 20, offset: 20 });
  });

  it('takes per_page as the page size of cursor paging too', () => {
    expect(pageWindow({ per_page: 7, cursor: 'c' })).toEqual({ limit: 7, offset: 0, cursor: 'c' });
  });

  it.each<[string, ListParams, string]>([
    ['cursor with offset', { cursor: 'c', offset: 1 }, 'offset'],
    ['page with cursor', { page: 2, cursor: 'c' }, 'page'],
    ['page with offset', { page: 2, offset: 20 }, 'page'],
    ['per_page with limit', { per_page: 10, limit: 10 }, 'per_page'],
  ])('refuses %s, naming the field', (_case, query, field) => {
    const problem = rejection(query);
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors?.map((e) => e.field)).toEqual([field]);
  });
});
