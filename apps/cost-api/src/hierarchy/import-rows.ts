import { parse } from 'csv-parse/sync';
import {
  HIERARCHY_BUDGET_PATTERN,
  HIERARCHY_COLUMNS,
  HIERARCHY_CODE_PATTERN,
  HIERARCHY_LEVEL_NAME_PATTERN,
  type HierarchyColumn,
  type HierarchyFileNodeDto,
  type HierarchyRowErrorDto,
} from '@slipway/contracts';

/** A file's node, numbered from 1 in the file's order (in CSV, the first line after the header). */
export type ImportRow = HierarchyFileNodeDto & { row: number };

export interface ParsedRows {
  rows: ImportRow[];
  errors: HierarchyRowErrorDto[];
  /** The codes of the rows that have errors, with their row: their children are reported, not guessed at. */
  rejected: Map<string, number>;
}

const nothing = (errors: HierarchyRowErrorDto[]): ParsedRows => ({ rows: [], errors, rejected: new Map() });

function merge(parts: readonly ParsedRows[], errors: HierarchyRowErrorDto[] = []): ParsedRows {
  return {
    rows: parts.flatMap((p) => p.rows),
    errors: [...errors, ...parts.flatMap((p) => p.errors)].sort((a, b) => a.row - b.row),
    rejected: new Map(parts.flatMap((p) => [...p.rejected])),
  };
}

const REQUIRED: readonly HierarchyColumn[] = ['code', 'name', 'level'];
const ENFORCEMENTS = ['hard', 'soft'];
const COLUMNS = new Set<string>(HIERARCHY_COLUMNS);

/** Checks one column's value; answers the message when it is wrong. */
function columnProblem(column: HierarchyColumn, value: string | null, own: Record<string, unknown>) {
  if (value === null) return REQUIRED.includes(column) ? `${column} is required` : undefined;
  switch (column) {
    case 'code':
    case 'parent_code':
      if (!HIERARCHY_CODE_PATTERN.test(value)) return `${column} must match ${HIERARCHY_CODE_PATTERN.source}`;
      return column === 'parent_code' && value === own.code
        ? 'parent_code cannot be the row’s own code'
        : undefined;
    case 'name':
      return value.length > 200 ? 'name must be at most 200 characters' : undefined;
    case 'level':
      return HIERARCHY_LEVEL_NAME_PATTERN.test(value)
        ? undefined
        : `level must match ${HIERARCHY_LEVEL_NAME_PATTERN.source}`;
    case 'daily_budget':
    case 'monthly_budget':
      return HIERARCHY_BUDGET_PATTERN.test(value)
        ? undefined
        : `${column} must be a non-negative decimal string matching ${HIERARCHY_BUDGET_PATTERN.source}`;
    case 'budget_enforcement':
      return ENFORCEMENTS.includes(value) ? undefined : 'budget_enforcement must be hard or soft';
  }
}

/**
 * One node of a file, checked column by column. `values` holds what the file gave: strings (CSV
 * always, JSON for every column) or null; an empty CSV cell is null.
 */
export function readRow(values: Record<string, unknown>, row: number): ParsedRows {
  const errors: HierarchyRowErrorDto[] = [];
  for (const key of Object.keys(values)) {
    if (!COLUMNS.has(key)) errors.push({ row, field: key, message: `${key} is not a column` });
  }
  const node: Partial<Record<HierarchyColumn, string | null>> = {};
  for (const column of HIERARCHY_COLUMNS) {
    const raw = values[column] ?? null;
    if (raw !== null && typeof raw !== 'string') {
      errors.push({ row, field: column, message: `${column} must be a string or null` });
      continue;
    }
    const value = raw === '' ? null : raw;
    const problem = columnProblem(column, value, values);
    if (problem) errors.push({ row, field: column, message: problem });
    node[column] = value;
  }
  if (errors.length) {
    const code = typeof values.code === 'string' ? values.code : undefined;
    return { rows: [], errors, rejected: new Map(code ? [[code, row]] : []) };
  }
  return { rows: [{ ...(node as HierarchyFileNodeDto), row }], errors, rejected: new Map() };
}

/** A CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes; a BOM is dropped). */
export function parseCsv(text: string): ParsedRows {
  let lines: string[][];
  try {
    lines = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : 'the file is not valid CSV';
    return nothing([{ row: 0, field: 'csv', message }]);
  }
  const [header = [], ...records] = lines;
  const errors: HierarchyRowErrorDto[] = [];
  for (const name of header) {
    if (!COLUMNS.has(name)) errors.push({ row: 0, field: 'header', message: `${name} is not a column` });
  }
  for (const name of REQUIRED) {
    if (!header.includes(name))
      errors.push({ row: 0, field: 'header', message: `the ${name} column is missing` });
  }
  if (new Set(header).size !== header.length) {
    errors.push({ row: 0, field: 'header', message: 'a column is named twice' });
  }
  if (errors.length) return nothing(errors);

  return merge(
    records.map((cells, index) => {
      const row = index + 1;
      const values = Object.fromEntries(header.map((name, column) => [name, cells[column] ?? null]));
      if (cells.length === header.length) return readRow(values, row);
      const message = `the row has ${cells.length} fields; the header names ${header.length}`;
      const code = typeof values.code === 'string' ? values.code : undefined;
      return {
        rows: [],
        errors: [{ row, field: 'csv', message }],
        rejected: new Map(code ? [[code, row]] : []),
      };
    }),
  );
}

/** A JSON body `{"nodes": [{code, name, level, parent_code?, …}, …]}`. */
export function parseJson(body: unknown): ParsedRows {
  const wrong = (message: string) => nothing([{ row: 0, field: 'nodes', message }]);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return wrong('the body must be a JSON object {"nodes": [...]}');
  }
  const extra = Object.keys(body).filter((key) => key !== 'nodes');
  if (extra.length) return wrong(`only nodes is allowed at the top level, not ${extra.join(', ')}`);
  const nodes = (body as { nodes?: unknown }).nodes;
  if (!Array.isArray(nodes)) return wrong('nodes must be an array');
  const errors: HierarchyRowErrorDto[] = [];
  const objects = nodes.map((node: unknown, index) => {
    if (typeof node === 'object' && node !== null && !Array.isArray(node))
      return node as Record<string, unknown>;
    errors.push({ row: index + 1, field: 'row', message: 'each node must be a JSON object' });
    return null;
  });
  return merge(
    objects.map((values, index) => (values ? readRow(values, index + 1) : nothing([]))),
    errors,
  );
}
