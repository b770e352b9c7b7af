import { parseSort, type Page, type SortKey } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { Principal } from '@slipway/identity';
import type { Db, Executor } from '../database/db';
import { AccessPolicy } from './access-policy';
import { decodeCursor, encodeCursor } from './cursor';
import type { BaseRow, ResourceDefinition, Values } from './definition';
import { pageWindow, type ListParams } from './list-query';
import {
  definedColumns,
  Statement,
  TableSql,
  whereAfter,
  whereDeleted,
  whereFiltered,
  whereId,
  whereVersion,
} from './sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_SORT = '-created_at';

/** What the entity and contracts tell about a resource's table (resource.factory.ts reads them at boot). */
export interface TableShape {
  jsonColumns: ReadonlySet<string>;
  idIsUuid: boolean;
  /** The writable fields of `dto.replace`: a PUT sets each one, to its default when left out. */
  replaceable: readonly string[];
}

/**
 * The generic CRUD of one resource: keyset paging, whitelisted filters and sort, optimistic
 * locking in one statement, soft delete. Who sees and changes what is the access policy's; the
 * statements are sql.ts's.
 */
export class ResourceService<Row extends BaseRow, Response> {
  private readonly sql: TableSql;
  private readonly policy: AccessPolicy;

  constructor(
    readonly def: ResourceDefinition<Row, Response>,
    private readonly db: Db,
    private readonly shape: TableShape,
  ) {
    this.sql = new TableSql(def.table, shape.jsonColumns);
    this.policy = new AccessPolicy(def);
  }

  async list(principal: Principal, query: ListParams): Promise<Page<Response>> {
    const window = pageWindow(query);
    const sort = this.sortOf(query.sort);
    const st = new Statement();
    this.policy.visible(st, principal, query.include_deleted === true);
    whereFiltered(st, this.def.filters, query);
    const counted = query.count === true ? st.copy() : null;
    if (window.cursor !== undefined) whereAfter(st, sort, decodeCursor(window.cursor, sort));
    const rows = await this.db.query<Row>(
      this.sql.page(st, sort, window.limit + 1, window.offset),
      st.params,
    );
    const more = rows.length > window.limit;
    const items = more ? rows.slice(0, window.limit) : rows;
    const last = items[items.length - 1] as Row & Values;
    const page: Page<Response> = {
      items: items.map((row) => this.def.toResponse(row)),
      next_cursor: more ? encodeCursor(sort, [...sort.map((k) => last[k.field]), last.id]) : null,
    };
    if (counted) {
      const [{ total }] = await this.db.query<{ total: number }>(this.sql.count(counted), counted.params);
      page.total = total;
    }
    return page;
  }

  /** The row as the principal may see it, or 404. */
  async findRow(
    principal: Principal,
    id: string,
    includeDeleted = false,
    executor: Executor = this.db,
  ): Promise<Row> {
    this.assertIdShape(id);
    const st = new Statement();
    whereId(st, id);
    this.policy.visible(st, principal, includeDeleted);
    const [row] = await executor.query<Row>(this.sql.select(st), st.params);
    if (!row) throw ProblemException.notFound(`${this.def.label} ${id}`);
    return row;
  }

  async get(
    principal: Principal,
    id: string,
    query: Values,
  ): Promise<{ body: Response; version: number; expanded: boolean }> {
    const row = await this.findRow(principal, id, query.include_deleted === true);
    const expanding = this.def.expand?.(row, query, this.db) ?? null;
    if (expanding === null) return { body: this.def.toResponse(row), version: row.version, expanded: false };
    return { body: await expanding, version: row.version, expanded: true };
  }

  async create(principal: Principal, dto: object, executor?: Executor): Promise<Row> {
    if (executor) return this.insert(principal, { ...dto }, executor);
    // A lone INSERT is atomic; a transaction is needed only when reads precede it.
    const readsFirst = this.def.prepareCreate !== undefined || this.policy.readsBeforeCreate;
    if (!readsFirst) return this.insert(principal, { ...dto }, this.db);
    return this.db.transaction((tx) => this.insert(principal, { ...dto }, tx));
  }

  /** Creates every item in one transaction; the first failure undoes all and names its index. */
  async createMany(principal: Principal, dtos: object[]): Promise<Row[]> {
    return this.db.transaction(async (tx) => {
      const rows: Row[] = [];
      for (const [index, dto] of dtos.entries()) {
        try {
          rows.push(await this.insert(principal, { ...dto }, tx));
        } catch (error) {
          if (!(error instanceof ProblemException)) throw error;
          throw new ProblemException(
            error.code,
            `item ${index}: ${error.detail}`,
            (error.errors ?? []).map((e) => ({ field: `[${index}].${e.field}`, message: e.message })),
          );
        }
      }
      return rows;
    });
  }

  /** PATCH: the fields given change, the others stay. In `executor`'s transaction when given. */
  update(
    principal: Principal,
    id: string,
    dto: object,
    ifMatch: number[] | undefined,
    executor?: Executor,
  ): Promise<Row> {
    return this.change(principal, id, { ...dto }, ifMatch, false, executor);
  }

  /** PUT: every writable field takes the body's value; one left out returns to its default. */
  replace(principal: Principal, id: string, dto: object, ifMatch: number[] | undefined): Promise<Row> {
    return this.change(principal, id, { ...dto }, ifMatch, true);
  }

  /** Deletes the row (soft-deletes it where the resource keeps deleted rows); answers it as it was left. */
  async remove(
    principal: Principal,
    id: string,
    query: Values,
    ifMatch: number[] | undefined,
    executor?: Executor,
  ): Promise<Row> {
    this.policy.assertMayDelete(principal);
    return this.within(executor, async (tx) => {
      const st = this.identify(principal, id, ifMatch);
      const sql = this.def.softDelete ? this.sql.softDelete(st) : this.sql.delete(st);
      const [row] = await tx.query<Row>(sql, st.params);
      if (!row) return this.missing(principal, id, tx);
      if (this.def.onDelete) await this.def.onDelete(row, query, tx);
      return row;
    });
  }

  /** Brings a soft-deleted row back: 404 unless it is deleted and visible, 412 when If-Match is stale. */
  async restore(
    principal: Principal,
    id: string,
    ifMatch: number[] | undefined,
    executor?: Executor,
  ): Promise<Row> {
    if (!this.def.softDelete)
      throw new ProblemException(
        'method_not_allowed',
        `${this.def.path} records are deleted outright; there is nothing to restore`,
      );
    this.policy.assertMayChange(principal);
    return this.within(executor, async (tx) => {
      const st = this.identify(principal, id, ifMatch, true);
      const [row] = await tx.query<Row>(this.sql.restore(st), st.params);
      if (row) {
        if (this.def.onRestore) await this.def.onRestore(row, tx);
        return row;
      }
      const found = await this.findRow(principal, id, true, tx);
      if (!found.deleted_at) throw ProblemException.notFound(`Deleted ${this.def.label.toLowerCase()} ${id}`);
      throw this.stale(found);
    });
  }

  assertMayWrite(principal: Principal): void {
    this.policy.assertMayWrite(principal);
  }

  /** Records of the `service` kind refuse anyone else before a body is read. */
  assertMayAccess(principal: Principal): void {
    this.policy.assertMayAccess(principal);
  }

  private async change(
    principal: Principal,
    id: string,
    dto: Values,
    ifMatch: number[] | undefined,
    replace: boolean,
    executor?: Executor,
  ): Promise<Row> {
    this.policy.assertMayChange(principal);
    return this.within(executor, async (tx) => {
      this.policy.assertMayReassign(principal, dto);
      const values = this.def.prepareUpdate ? await this.def.prepareUpdate(dto, principal, tx, id) : dto;
      const kept = this.def.keptOnReplace ?? [];
      const reset = replace
        ? this.shape.replaceable.filter((c) => values[c] === undefined && !kept.includes(c))
        : [];
      if (definedColumns(values).length === 0 && reset.length === 0 && ifMatch === undefined)
        return this.findRow(principal, id, false, tx);
      const st = this.identify(principal, id, ifMatch);
      const [row] = await tx.query<Row>(this.sql.update(st, values, reset), st.params);
      return row ?? this.missing(principal, id, tx);
    });
  }

  private async insert(principal: Principal, dto: Values, tx: Executor): Promise<Row> {
    this.policy.assertMayWrite(principal);
    let values = await this.policy.withOwnership(principal, dto, tx);
    if (this.def.prepareCreate) values = await this.def.prepareCreate(values, principal, tx);
    const st = new Statement();
    const [row] = await tx.query<Row>(this.sql.insert(st, values), st.params);
    return row;
  }

  /** After a conditional write matched nothing: 412 when the row exists (stale If-Match), else 404. */
  private async missing(principal: Principal, id: string, tx: Executor): Promise<never> {
    throw this.stale(await this.findRow(principal, id, false, tx));
  }

  private stale(row: Row): ProblemException {
    return new ProblemException(
      'precondition_failed',
      `${this.def.label} ${row.id} is at version ${row.version}; fetch it again`,
    );
  }

  /** Runs `work` in the caller's transaction, or in one of its own. */
  private within<T>(executor: Executor | undefined, work: (tx: Executor) => Promise<T>): Promise<T> {
    return executor ? work(executor) : this.db.transaction(work);
  }

  /** The one row a write targets: its id, visible to the principal, live (or deleted), at a version If-Match accepts. */
  private identify(
    principal: Principal,
    id: string,
    ifMatch: number[] | undefined,
    deleted = false,
  ): Statement {
    this.assertIdShape(id);
    const st = new Statement();
    whereId(st, id);
    this.policy.visible(st, principal, deleted);
    if (deleted) whereDeleted(st);
    if (ifMatch !== undefined) whereVersion(st, ifMatch);
    return st;
  }

  private assertIdShape(id: string): void {
    if (this.shape.idIsUuid && !UUID.test(id)) throw ProblemException.notFound(`${this.def.label} ${id}`);
  }

  private sortOf(sort: string | undefined): SortKey[] {
    const keys = parseSort(sort ?? DEFAULT_SORT, this.def.sortable);
    if (!keys)
      throw ProblemException.validation([
        { field: 'sort', message: `sort may use: ${this.def.sortable.join(', ')}` },
      ]);
    return keys;
  }
}
