import type { Type } from '@nestjs/common';
import type { Principal } from '@slipway/identity';
import type { Executor } from '../database/db';

/**
 * Who sees and changes a resource's rows:
 * - shared: every user reads, admins write (servers, models, agent configs…);
 * - owner: members their own rows (`owner_id`), admins all;
 * - project: members the rows of projects they own (`project_id`), admins all;
 * - self: members only their own row, admins write;
 * - run: members the rows of runs they own (`run_id`), admins all;
 * - service: only services (the service token naming no user) read or write; every user, admins
 *   too, is refused (the cost service's records, which it guards by organization itself).
 */
export type Access = 'shared' | 'owner' | 'project' | 'self' | 'run' | 'service';

/**
 * How a list query parameter narrows rows: equality (exact, or whatever the case), one of a list,
 * a bound, or a null test driven by a boolean.
 */
export type Filter =
  | { op: 'eq'; column: string }
  | { op: 'eq_ignoring_case'; column: string }
  | { op: 'in'; column: string }
  | { op: 'gt'; column: string }
  | { op: 'lt'; column: string }
  | { op: 'is_null'; column: string }
  | { op: 'is_not_null'; column: string };

export const eq = (column: string): Filter => ({ op: 'eq', column });
/** lower(column) = lower(value): give the column an index on lower(column) to match it. */
export const eqIgnoringCase = (column: string): Filter => ({ op: 'eq_ignoring_case', column });
export const oneOf = (column: string): Filter => ({ op: 'in', column });
export const above = (column: string): Filter => ({ op: 'gt', column });
export const below = (column: string): Filter => ({ op: 'lt', column });
export const isNull = (column: string): Filter => ({ op: 'is_null', column });
export const isNotNull = (column: string): Filter => ({ op: 'is_not_null', column });

export interface BaseRow {
  id: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  deleted_at?: Date | null;
}

export type Values = Record<string, unknown>;

/** Everything data-api knows about one router: its table, contracts, access rule, filters, sort fields and mapping. */
export interface ResourceDefinition<Row extends BaseRow = BaseRow, Response = unknown> {
  /** URL segment under /api and OpenAPI tag. */
  path: string;
  /** Singular noun for messages. */
  label: string;
  table: string;
  dto: {
    create: Type;
    update: Type;
    response: Type<Response>;
    list: Type;
    get?: Type;
    delete?: Type;
    /** Body of PUT /:id, full replacement: the writable fields; the route exists only with it. */
    replace?: Type;
  };
  /** Fields of `dto.replace` that a PUT leaving them out keeps rather than resets (ownership changes only when named). */
  keptOnReplace?: readonly string[];
  access: Access;
  softDelete: boolean;
  /** Rows are never changed or deleted through the API (ledgers, event logs): PATCH and DELETE answer 405. */
  appendOnly?: boolean;
  /** Records another service keeps (run state, ledgers): people read them as `access` allows, only services write. */
  serviceWritten?: boolean;
  /** Rows are kept for good but change (delivery history): DELETE answers 405, PATCH works. */
  undeletable?: boolean;
  /**
   * Creates are the feature controller's own (the spend ledger's idempotent inserts): the generic
   * POST and POST /bulk are not routed. Such a resource stays out of the plain definitions, which
   * POST /api/batch writes generically.
   */
  ownCreates?: boolean;
  sortable: readonly string[];
  filters: Record<string, Filter>;
  toResponse(row: Row): Response;
  /** Fills defaults and checks references before an insert (runs inside the insert's transaction). */
  prepareCreate?(values: Values, principal: Principal, tx: Executor): Promise<Values>;
  /** Checks a change before it is written. */
  prepareUpdate?(values: Values, principal: Principal, tx: Executor, id: string): Promise<Values>;
  /** Builds the GET-by-id answer when the get query asks for more (embedded rows); null at once when it does not. */
  expand?(row: Row, query: Values, db: Executor): Promise<Response> | null;
  /** Extra work in the delete's transaction (e.g. soft-deleting children). */
  onDelete?(row: Row, query: Values, tx: Executor): Promise<void>;
  /** Checks a restored row in the restore's transaction (e.g. that what it belongs to is live). */
  onRestore?(row: Row, tx: Executor): Promise<void>;
}

/** PostgreSQL numerics answered as exact decimal strings without trailing zeros. */
export const decimal = (value: string): string =>
  value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
export const decimalOrNull = (value: string | null): string | null =>
  value === null ? null : decimal(value);

export const iso = (value: Date): string => value.toISOString();
export const isoOrNull = (value: Date | null): string | null => (value ? value.toISOString() : null);
/** A response object: the record columns every row has, then the entity's own fields (no spread: it is the hot path). */
export const withRecord = <T extends object>(row: BaseRow, fields: T) =>
  Object.assign(
    { id: row.id, created_at: iso(row.created_at), updated_at: iso(row.updated_at), version: row.version },
    fields,
  );
