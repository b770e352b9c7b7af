import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonTables, kindOf, parseCsv } from './artifact-render';
import { Rendered } from './ArtifactView';

afterEach(cleanup);

describe('artifact rendering', () => {
  it('picks the view by the file name', () => {
    expect(kindOf('PRD.md')).toEqual({ kind: 'markdown' });
    expect(kindOf('fixtures.json')).toEqual({ kind: 'json' });
    expect(kindOf('forecast.CSV')).toEqual({ kind: 'csv' });
    expect(kindOf('schema.sql')).toEqual({ kind: 'code', language: 'sql' });
    expect(kindOf('openapi.yaml')).toEqual({ kind: 'code', language: 'yaml' });
    expect(kindOf('Dockerfile')).toEqual({ kind: 'text' });
  });

  it('parses quoted CSV fields with commas, doubled quotes and newlines', () => {
    expect(parseCsv('name,note\r\n"Smith, J","said ""hi""\nthen left"\nx,\n')).toEqual([
      ['name', 'note'],
      ['Smith, J', 'said "hi"\nthen left'],
      ['x', ''],
    ]);
  });

  it('makes a table per key of fixtures keyed by table name, and one of a list of objects', () => {
    expect(
      jsonTables({
        users: [
          { id: 1, name: 'a' },
          { id: 2, tags: ['x'] },
        ],
        orders: [],
      }),
    ).toEqual([
      {
        title: 'users',
        columns: ['id', 'name', 'tags'],
        rows: [
          ['1', 'a', ''],
          ['2', '', '["x"]'],
        ],
      },
      { title: 'orders', columns: [], rows: [] },
    ]);
    expect(jsonTables({ version: 2, nested: { a: 1 } })).toEqual([
      {
        columns: ['key', 'value'],
        rows: [
          ['version', '2'],
          ['nested', '{"a":1}'],
        ],
      },
    ]);
  });

  it('shows a CSV file as a table with its header', () => {
    render(<Rendered name="data.csv" text={'day,units\n2025-01-01,12\n2025-01-02,15\n'} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['day', 'units']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  // Markdown (marked + DOMPurify) is checked in the browser suite: DOMPurify does not work under
  // happy-dom (it keeps event handlers and drops headings there), so a test here would prove nothing.
  it('shows code highlighted, and says when JSON is broken', () => {
    const code = render(<Rendered name="app.ts" text={'const a = "<img src=x onerror=alert(1)>";'} />);
    expect(code.container.querySelector('.hljs-keyword')?.textContent).toBe('const');
    expect(code.container.querySelector('img')).toBeNull();
    expect(code.container.querySelector('.hljs-string')?.textContent).toBe('"<img src=x onerror=alert(1)>"');
    code.unmount();
    render(<Rendered name="x.json" text={'{"a":'} />);
    expect(screen.getByText(/Not valid JSON/)).toBeDefined();
  });
});
