import DOMPurify from 'dompurify';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { marked } from 'marked';

for (const [name, language] of Object.entries({
  bash,
  css,
  javascript,
  json,
  python,
  sql,
  typescript,
  xml,
  yaml,
}))
  hljs.registerLanguage(name, language);

export type ArtifactKind = 'markdown' | 'json' | 'csv' | 'code' | 'text';

const LANGUAGES: Record<string, string> = {
  ts: 'typescript',
  tsx: 'typescript',
  js: 'javascript',
  mjs: 'javascript',
  jsx: 'javascript',
  py: 'python',
  sql: 'sql',
  yaml: 'yaml',
  yml: 'yaml',
  sh: 'bash',
  bash: 'bash',
  html: 'xml',
  xml: 'xml',
  css: 'css',
};

const extensionOf = (name: string): string => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** How a file is shown, by its name: Markdown rendered, JSON and CSV as tables, code highlighted. */
export function kindOf(name: string): { kind: ArtifactKind; language?: string } {
  const ext = extensionOf(name);
  if (ext === 'md' || ext === 'markdown') return { kind: 'markdown' };
  if (ext === 'json') return { kind: 'json' };
  if (ext === 'csv') return { kind: 'csv' };
  if (LANGUAGES[ext]) return { kind: 'code', language: LANGUAGES[ext] };
  return { kind: 'text' };
}

/**
 * What a model-written file may not bring into the console even sanitized: styles (a fixed overlay
 * drawn over the page) and forms (a fake login inside an artifact).
 */
const FORBIDDEN = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  FORBID_ATTR: ['style'],
};

/** Markdown as sanitized HTML: whatever HTML the file carries goes through DOMPurify. */
export function markdownHtml(text: string): string {
  const html = marked.parse(text, { async: false, gfm: true });
  return DOMPurify.sanitize(html, FORBIDDEN);
}

/** Highlighted code as HTML: highlight.js escapes the file's text and adds only its own spans. */
export function codeHtml(text: string, language: string): string {
  return hljs.highlight(text, { language, ignoreIllegals: true }).value;
}

/** CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) as rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A table of JSON: its columns and rows of cell text. */
export interface JsonTable {
  title?: string;
  columns: string[];
  rows: string[][];
}

const cellOf = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function tableOfList(list: unknown[], title?: string): JsonTable {
  if (list.every(isRecord)) {
    const columns = [...new Set(list.flatMap((item) => Object.keys(item)))];
    return { title, columns, rows: list.map((item) => columns.map((column) => cellOf(item[column]))) };
  }
  return { title, columns: ['value'], rows: list.map((item) => [cellOf(item)]) };
}

/**
 * JSON as tables: a list (of objects) is one table; an object whose values are all lists (fixtures
 * keyed by table name) is a table per key; any other object is a table of its keys and values.
 */
export function jsonTables(value: unknown): JsonTable[] {
  if (Array.isArray(value)) return [tableOfList(value)];
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([, item]) => Array.isArray(item)))
      return entries.map(([key, item]) => tableOfList(item as unknown[], key));
    return [{ columns: ['key', 'value'], rows: entries.map(([key, item]) => [key, cellOf(item)]) }];
  }
  return [{ columns: ['value'], rows: [[cellOf(value)]] }];
}
