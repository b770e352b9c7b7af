import { DEFAULT_PAGE_SIZE, parseSort, type Page, type SortKey } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { isAdmin, scopeOf, type Actor } from '../auth/actor';
import type { Db, Executor } from '../database/db';
import { decodeCursor, encodeCursor } from './cursor';
import type { BaseRow, ResourceDefinition, Values } from './definition';

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_SORT = '-created_at';

/** Collects positional parameters while a statement is assembled; identifiers come only from definitions. */
class Statement {
  readonly params: unknown[] = [];
  readonly where: string[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  whereClause(): string {
    return this.where.length ? `WHERE ${this.where.join(' AND ')}` : '';
  }
}

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

/**
 * The generic CRUD of one resource: visibility and write rules by access kind, keyset paging,
 * whitelisted filters and sort, optimistic locking in one statement, soft delete.
 */
export class ResourceService<Row extends BaseRow, Response> {
  private readonly table: string;

  constructor(
    readonly def: ResourceDefinition<Row, Response>,
    private readonly db: Db,
    private readonly jsonColumns: ReadonlySet<string>,
    private readonly idIsUuid = true,
  ) {
    this.table = ident(def.table);
  }

  async list(actor: Actor, query: ListParams): Promise<Page<Response>> {
    if (query.cursor !== undefined && query.offset !== undefined) {
      throw ProblemException.validation([
        { field: 'offset', message: 'use either cursor or offset, not both' },
      ]);
    }
    const sort = this.sortOf(query.sort);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const st = new Statement();
    this.visible(st, actor, query.include_deleted === true);
    this.filter(st, query);
    const countWhere = [...st.where];
    const countParams = [...st.params];
    if (query.cursor !== undefined) this.after(st, sort, decodeCursor(query.cursor, sort));
    const order = [...sort, { field: 'id', descending: sort[sort.length - 1].descending }]
      .map((k) => `${ident(k.field)} ${k.descending ? 'DESC' : 'ASC'}`)
      .join(', ');
    const rows = await this.db.query<Row>(
      `SELECT * FROM ${this.table} ${st.whereClause()} ORDER BY ${order} LIMIT ${st.param(limit + 1)} OFFSET ${st.param(query.offset ?? 0)}`,
      st.params,
    );
    const more = rows.length > limit;
    const items = more ? rows.slice(0, limit) : rows;
    const last = items[items.length - 1] as Row & Values;
    const page: Page<Response> = {
      items: items.map((row) => this.def.toResponse(row)),
      next_cursor: more ? encodeCursor(sort, [...sort.map((k) => last[k.field]), last.id]) : null,
    };
    if (query.count === true) {
      const where = countWhere.length ? `WHERE ${countWhere.join(' AND ')}` : '';
      const [{ total }] = await this.db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM ${this.table} ${where}`,
        countParams,
      );
      page.total = total;
    }
    return page;
  }

  /** The row as the actor may see it, or 404. */
  async findRow(
    actor: Actor,
    id: string,
    includeDeleted = false,
    executor: Executor = this.db,
  ): Promise<Row> {
    if (this.idIsUuid && !UUID.test(id)) throw ProblemException.notFound(`${this.def.label} ${id}`);
    const st = new Statement();
    st.where.push(`${ident('id')} = ${st.param(id)}`);
    this.visible(st, actor, includeDeleted);
    const [row] = await executor.query<Row>(`SELECT * FROM ${this.table} ${st.whereClause()}`, st.params);
    if (!row) throw ProblemException.notFound(`${this.def.label} ${id}`);
    return row;
  }

  async get(
    actor: Actor,
    id: string,
    query: Values,
  ): Promise<{ body: Response; version: number; expanded: boolean }> {
    const row = await this.findRow(actor, id, query.include_deleted === true);
    const expanded = this.def.expand ? await this.def.expand(row, query, this.db) : null;
    return { body: expanded ?? this.def.toResponse(row), version: row.version, expanded: expanded !== null };
  }

  async create(actor: Actor, dto: object, executor?: Executor): Promise<Row> {
    if (executor) return this.insert(actor, { ...dto }, executor);
    // A lone INSERT is atomic; a transaction is needed only when reads precede it.
    const readsFirst =
      this.def.prepareCreate !== undefined || this.def.access === 'project' || this.def.access === 'run';
    if (!readsFirst) return this.insert(actor, { ...dto }, this.db);
    return this.db.transaction((tx) => this.insert(actor, { ...dto }, tx));
  }

  /** Creates every item in one transaction; the first failure undoes all and names its index. */
  async createMany(actor: Actor, dtos: object[]): Promise<Row[]> {
    return this.db.transaction(async (tx) => {
      const rows: Row[] = [];
      for (const [index, dto] of dtos.entries()) {
        try {
          rows.push(await this.insert(actor, { ...dto }, tx));
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

  async update(actor: Actor, id: string, dto: object, ifMatch: number[] | undefined): Promise<Row> {
    this.assertMayChange(actor);
    return this.db.transaction(async (tx) => {
      let values: Values = { ...dto };
      const scope = scopeOf(actor);
      if (
        this.def.access === 'owner' &&
        scope !== null &&
        values.owner_id !== undefined &&
        values.owner_id !== scope
      ) {
        throw new ProblemException('forbidden', 'Only admins may give a record to another user');
      }
      if (this.def.prepareUpdate) values = await this.def.prepareUpdate(values, actor, tx, id);
      const columns = Object.keys(values).filter((k) => values[k] !== undefined);
      if (columns.length === 0 && ifMatch === undefined) return this.findRow(actor, id, false, tx);
      const st = new Statement();
      const sets = columns.map((c) => `${ident(c)} = ${st.param(this.encode(c, values[c]))}`);
      sets.push(`${ident('version')} = ${ident('version')} + 1`, `${ident('updated_at')} = now()`);
      this.identify(st, actor, id, ifMatch);
      const [row] = await tx.query<Row>(
        `UPDATE ${this.table} SET ${sets.join(', ')} ${st.whereClause()} RETURNING *`,
        st.params,
      );
      return row ?? this.missing(actor, id, tx);
    });
  }

  async remove(actor: Actor, id: string, query: Values, ifMatch: number[] | undefined): Promise<void> {
    this.assertMayChange(actor);
    await this.db.transaction(async (tx) => {
      const st = new Statement();
      this.identify(st, actor, id, ifMatch);
      const sql = this.def.softDelete
        ? `UPDATE ${this.table} SET deleted_at = now(), version = version + 1, updated_at = now() ${st.whereClause()} RETURNING *`
        : `DELETE FROM ${this.table} ${st.whereClause()} RETURNING *`;
      const [row] = await tx.query<Row>(sql, st.params);
      if (!row) await this.missing(actor, id, tx);
      else if (this.def.onDelete) await this.def.onDelete(row, query, tx);
    });
  }

  assertMayWrite(actor: Actor): void {
    if ((this.def.access === 'shared' || this.def.access === 'self') && !isAdmin(actor)) {
      throw new ProblemException('forbidden', `Only admins may change ${this.def.path}`);
    }
  }

  private assertMayChange(actor: Actor): void {
    if (this.def.appendOnly)
      throw new ProblemException(
        'method_not_allowed',
        `${this.def.path} is append-only: records are never changed or deleted`,
      );
    this.assertMayWrite(actor);
  }

  private async insert(actor: Actor, dto: Values, tx: Executor): Promise<Row> {
    this.assertMayWrite(actor);
    let values = await this.withOwnership(actor, dto, tx);
    if (this.def.prepareCreate) values = await this.def.prepareCreate(values, actor, tx);
    const columns = Object.keys(values).filter((k) => values[k] !== undefined);
    const st = new Statement();
    const placeholders = columns.map((c) => st.param(this.encode(c, values[c])));
    const [row] = await tx.query<Row>(
      `INSERT INTO ${this.table} (${columns.map(ident).join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING *`,
      st.params,
    );
    return row;
  }

  /** Members create rows they own, or rows in projects or runs they own; admins and services may name anyone. */
  private async withOwnership(actor: Actor, values: Values, tx: Executor): Promise<Values> {
    const scope = scopeOf(actor);
    if (this.def.access === 'owner') {
      if (values.owner_id === undefined) {
        if (actor.kind !== 'user')
          throw ProblemException.validation([
            { field: 'owner_id', message: 'owner_id is required for service calls' },
          ]);
        return { ...values, owner_id: actor.id };
      }
      if (scope !== null && values.owner_id !== scope)
        throw new ProblemException('forbidden', 'Only admins may create records for another user');
    }
    if (this.def.access === 'project' && typeof values.project_id === 'string') {
      const [project] = await tx.query<{ owner_id: string }>(
        'SELECT owner_id FROM projects WHERE id = $1 AND deleted_at IS NULL',
        [values.project_id],
      );
      if (!project)
        throw ProblemException.validation([
          { field: 'project_id', message: 'project_id refers to no live project' },
        ]);
      if (scope !== null && project.owner_id !== scope)
        throw new ProblemException('forbidden', 'The project belongs to another user');
    }
    if (this.def.access === 'run' && typeof values.run_id === 'string') {
      const [run] = await tx.query<{ owner_id: string }>('SELECT owner_id FROM runs WHERE id = $1', [
        values.run_id,
      ]);
      if (!run) throw ProblemException.validation([{ field: 'run_id', message: 'run_id refers to no run' }]);
      if (scope !== null && run.owner_id !== scope)
        throw new ProblemException('forbidden', 'The run belongs to another user');
    }
    return values;
  }

  /** After a conditional write matched nothing: 412 when the row exists (stale If-Match), else 404. */
  private async missing(actor: Actor, id: string, tx: Executor): Promise<never> {
    const row = await this.findRow(actor, id, false, tx);
    throw new ProblemException(
      'precondition_failed',
      `${this.def.label} ${id} is at version ${row.version}; fetch it again`,
    );
  }

  private identify(st: Statement, actor: Actor, id: string, ifMatch: number[] | undefined): void {
    if (this.idIsUuid && !UUID.test(id)) throw ProblemException.notFound(`${this.def.label} ${id}`);
    st.where.push(`${ident('id')} = ${st.param(id)}`);
    this.visible(st, actor, false);
    if (ifMatch !== undefined) st.where.push(`${ident('version')} = ANY(${st.param(ifMatch)}::int[])`);
  }

  private visible(st: Statement, actor: Actor, includeDeleted: boolean): void {
    if (this.def.softDelete && !includeDeleted) st.where.push(`${ident('deleted_at')} IS NULL`);
    const scope = scopeOf(actor);
    if (scope === null) return;
    switch (this.def.access) {
      case 'shared':
        return;
      case 'owner':
        st.where.push(`${ident('owner_id')} = ${st.param(scope)}`);
        return;
      case 'project':
        st.where.push(
          `${ident('project_id')} IN (SELECT id FROM projects WHERE owner_id = ${st.param(scope)})`,
        );
        return;
      case 'self':
        st.where.push(`${ident('id')} = ${st.param(scope)}`);
        return;
      case 'run':
        st.where.push(`${ident('run_id')} IN (SELECT id FROM runs WHERE owner_id = ${st.param(scope)})`);
        return;
    }
  }

  private filter(st: Statement, query: ListParams): void {
    for (const [param, spec] of Object.entries(this.def.filters)) {
      const value = query[param];
      if (value === undefined) continue;
      const column = ident(spec.column);
      switch (spec.op) {
        case 'eq':
          st.where.push(`${column} = ${st.param(value)}`);
          break;
        case 'in':
          st.where.push(`${column} = ANY(${st.param(value)})`);
          break;
        case 'gt':
          st.where.push(`${column} > ${st.param(value)}`);
          break;
        case 'lt':
          st.where.push(`${column} < ${st.param(value)}`);
          break;
        case 'is_null':
          st.where.push(`${column} ${value === true ? 'IS NULL' : 'IS NOT NULL'}`);
          break;
        case 'is_not_null':
          st.where.push(`${column} ${value === true ? 'IS NOT NULL' : 'IS NULL'}`);
          break;
      }
    }
    if (query.created_after) st.where.push(`created_at >= ${st.param(query.created_after)}`);
    if (query.created_before) st.where.push(`created_at < ${st.param(query.created_before)}`);
    if (query.updated_since) st.where.push(`updated_at >= ${st.param(query.updated_since)}`);
  }

  /** Keyset condition "strictly after the cursor row" for any mix of sort directions. */
  private after(st: Statement, sort: SortKey[], values: unknown[]): void {
    const keys = [...sort, { field: 'id', descending: sort[sort.length - 1].descending }];
    const params = values.map((v) => st.param(v));
    const alternatives = keys.map((key, i) => {
      const equal = keys.slice(0, i).map((k, j) => `${ident(k.field)} = ${params[j]}`);
      return [...equal, `${ident(key.field)} ${key.descending ? '<' : '>'} ${params[i]}`].join(' AND ');
    });
    st.where.push(`(${alternatives.map((a) => `(${a})`).join(' OR ')})`);
  }

  private sortOf(sort: string | undefined): SortKey[] {
    const keys = parseSort(sort ?? DEFAULT_SORT, this.def.sortable);
    if (!keys)
      throw ProblemException.validation([
        { field: 'sort', message: `sort may use: ${this.def.sortable.join(', ')}` },
      ]);
    return keys;
  }

  private encode(column: string, value: unknown): unknown {
    return this.jsonColumns.has(column) && value !== null ? JSON.stringify(value) : value;
  }
}
