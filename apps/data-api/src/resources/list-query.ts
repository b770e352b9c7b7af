import { DEFAULT_PAGE_SIZE } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { Values } from './definition';

/** A list query after validation (libs/contracts `ListQueryDto` and the resource's filters). */
export interface ListParams extends Values {
  limit?: number;
  cursor?: string;
  offset?: number;
  page?: number;
  per_page?: number;
  count?: boolean;
  sort?: string;
  include_deleted?: boolean;
  created_after?: string;
  created_before?: string;
  updated_since?: string;
}

/** The rows a list answers: at most `limit` of them, after `cursor` or `offset` rows. */
export interface PageWindow {
  limit: number;
  offset: number;
  cursor: string | undefined;
}

const conflict = (field: string, message: string) => ProblemException.validation([{ field, message }]);

/**
 * Reads the paging parameters: `limit` with `cursor` or `offset`, or the seed's `page`/`per_page`
 * (page n of per_page rows is offset (n − 1) × per_page). Two ways of saying the same thing are a 422.
 */
export function pageWindow(query: ListParams): PageWindow {
  if (query.cursor !== undefined && query.offset !== undefined)
    throw conflict('offset', 'use either cursor or offset, not both');
  if (query.page !== undefined && query.cursor !== undefined)
    throw conflict('page', 'use either page or cursor, not both');
  if (query.page !== undefined && query.offset !== undefined)
    throw conflict('page', 'use either page or offset, not both');
  if (query.per_page !== undefined && query.limit !== undefined)
    throw conflict('per_page', 'use either per_page or limit, not both');
  const limit = query.per_page ?? query.limit ?? DEFAULT_PAGE_SIZE;
  const offset = query.page === undefined ? (query.offset ?? 0) : (query.page - 1) * limit;
  return { limit, offset, cursor: query.cursor };
}
