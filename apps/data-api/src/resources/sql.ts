import type { SortKey } from '@slipway/contracts';
import type { Filter, Values } from './definition';

const quoted = new Map<string, string>();
/** More names than every table's columns together: the memo never grows with traffic. */
const MAX_QUOTED = 2000;

/**
 * A quoted identifier; identifiers come only from definitions, never from requests, so the few
 * there are are quoted once and remembered (every statement of every request names some).
 */
export function ident(name: string): string {
  let identifier = quoted.get(name);
  if (identifier === undefined) {
    identifier = `"${name.replace(/"/g, '""')}"`;
    if (quoted.size < MAX_QUOTED) quoted.set(name, identifier);
  }
  return identifier;
}

/** Collects positional parameters and conditions while a statement is assembled. */
export class Statement {
  readonly params: unknown[] = [];
  readonly where: string[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  whereClause(): string {
    return this.where.length ? `WHERE ${this.where.join(' AND ')}` : '';
  }

  /** The conditions so far, to be extended separately (a count beside its page). */
  copy(): Statement {
    const copy = new Statement();
    copy.params.push(...this.params);
    copy.where.push(...this.where);
    return copy;
  }
}

/** The sort keys, then the id in the last key's direction: a total order for keyset paging. */
const withId = (sort: SortKey[]): SortKey[] => [
  ...sort,
  { field: 'id', descending: sort[sort.length - 1].descending },
];

export function whereId(st: Statement, id: string): void {
  st.where.push(`${ident('id')} = ${st.param(id)}`);
}

/** Only soft-deleted rows (what a restore targets). */
export function whereDeleted(st: Statement): void {
  st.where.push(`${ident('deleted_at')} IS NOT NULL`);
}

export function whereVersion(st: Statement, versions: number[]): void {
  st.where.push(`${ident('version')} = ANY(${st.param(versions)}::int[])`);
}

/** The whitelisted filters a list query names, and its time windows. */
export function whereFiltered(st: Statement, filters: Record<string, Filter>, query: Values): void {
  for (const [param, spec] of Object.entries(filters)) {
    const value = query[param];
    if (value === undefined) continue;
    const column = ident(spec.column);
    switch (spec.op) {
      case 'eq':
        st.where.push(`${column} = ${st.param(value)}`);
        break;
      case 'eq_ignoring_case':
        st.where.push(`lower(${column}) = lower(${st.param(value)})`);
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
export function whereAfter(st: Statement, sort: SortKey[], values: unknown[]): void {
  const keys = withId(sort);
  const params = values.map((v) => st.param(v));
  const alternatives = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${ident(k.field)} = ${params[j]}`);
    return [...equal, `${ident(key.field)} ${key.descending ? '<' : '>'} ${params[i]}`].join(' AND ');
  });
  st.where.push(`(${alternatives.map((a) => `(${a})`).join(' OR ')})`);
}

/** The statements of one table; values always travel as parameters. */
export class TableSql {
  private readonly table: string;

  constructor(
    table: string,
    private readonly jsonColumns: ReadonlySet<string>,
  ) {
    this.table = ident(table);
  }

  select(st: Statement): string {
    return `SELECT * FROM ${this.table} ${st.whereClause()}`;
  }

  /** One page in sort order; the limit and offset become parameters of the statement. */
  page(st: Statement, sort: SortKey[], limit: number, offset: number): string {
    const order = withId(sort)
      .map((k) => `${ident(k.field)} ${k.descending ? 'DESC' : 'ASC'}`)
      .join(', ');
    return `${this.select(st)} ORDER BY ${order} LIMIT ${st.param(limit)} OFFSET ${st.param(offset)}`;
  }

  count(st: Statement): string {
    return `SELECT count(*)::int AS total FROM ${this.table} ${st.whereClause()}`;
  }

  /** Inserts the defined values; a column left undefined takes its default (all of them: DEFAULT VALUES). */
  insert(st: Statement, values: Values): string {
    const columns = definedColumns(values);
    if (columns.length === 0) return `INSERT INTO ${this.table} DEFAULT VALUES RETURNING *`;
    const placeholders = columns.map((c) => st.param(this.encode(c, values[c])));
    return `INSERT INTO ${this.table} (${columns.map(ident).join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING *`;
  }

  /** Sets the defined values and returns the `reset` columns to their defaults; counts a version. */
  update(st: Statement, values: Values, reset: readonly string[]): string {
    const sets = [
      ...definedColumns(values).map((c) => `${ident(c)} = ${st.param(this.encode(c, values[c]))}`),
      ...reset.map((c) => `${ident(c)} = DEFAULT`),
      `${ident('version')} = ${ident('version')} + 1`,
      `${ident('updated_at')} = now()`,
    ];
    return `UPDATE ${this.table} SET ${sets.join(', ')} ${st.whereClause()} RETURNING *`;
  }

  softDelete(st: Statement): string {
    return `UPDATE ${this.table} SET deleted_at = now(), version = version + 1, updated_at = now() ${st.whereClause()} RETURNING *`;
  }

  restore(st: Statement): string {
    return `UPDATE ${this.table} SET deleted_at = NULL, version = version + 1, updated_at = now() ${st.whereClause()} RETURNING *`;
  }

  delete(st: Statement): string {
    return `DELETE FROM ${this.table} ${st.whereClause()} RETURNING *`;
  }

  private encode(column: string, value: unknown): unknown {
    return this.jsonColumns.has(column) && value !== null ? JSON.stringify(value) : value;
  }
}

export const definedColumns = (values: Values): string[] =>
  Object.keys(values).filter((k) => values[k] !== undefined);
