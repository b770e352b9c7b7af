import { DEFAULT_PAGE_SIZE } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { Values } from './definition';

/** A list query after validation (libs/contracts `ListQueryDto` and the resource's filters). */
export interface ListParams extends Values {
  limit?: number;
  cursor?: string;
  offset?: number;
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

/** Reads the paging parameters: `limit` with `cursor` or `offset`; both of these is a 422. */
export function pageWindow(query: ListParams): PageWindow {
  if (query.cursor !== undefined && query.offset !== undefined)
    throw conflict('offset', 'use either cursor or offset, not both');
  return { limit: query.limit ?? DEFAULT_PAGE_SIZE, offset: query.offset ?? 0, cursor: query.cursor };
}
