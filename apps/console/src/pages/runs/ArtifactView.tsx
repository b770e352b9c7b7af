import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../ui/states';
import { codeHtml, jsonTables, kindOf, markdownHtml, parseCsv, type JsonTable } from './artifact-render';
import { getArtifactText, runKeys, type Artifact } from './runs-api';

/** Files above this size are offered as a download only: rendering them would stall the page. */
const RENDER_LIMIT = 2 * 1024 * 1024;

/** One artifact rendered by its kind: Markdown, highlighted code, JSON or CSV as tables, plain text. */
export function ArtifactView({ runId, artifact }: { runId: string; artifact: Artifact }) {
  const tooBig = artifact.size_bytes > RENDER_LIMIT;
  const file = useQuery({
    queryKey: runKeys.artifact(runId, artifact.artifact_id),
    queryFn: () => getArtifactText(runId, artifact.artifact_id),
    enabled: !tooBig,
    staleTime: Infinity,
  });
  if (tooBig) return <p className="panel muted">This file is too large to show here; download it.</p>;
  return (
    <QueryState query={file} what={artifact.name}>
      {(text) => <Rendered name={artifact.name} text={text} />}
    </QueryState>
  );
}

export function Rendered({ name, text }: { name: string; text: string }) {
  const { kind, language } = kindOf(name);
  switch (kind) {
    case 'markdown':
      return <article className="markdown panel" dangerouslySetInnerHTML={{ __html: markdownHtml(text) }} />;
    case 'code':
      return (
        <pre className="code panel">
          <code
            className="hljs"
            dangerouslySetInnerHTML={{ __html: codeHtml(text, language ?? 'plaintext') }}
          />
        </pre>
      );
    case 'json': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return (
          <>
            <p className="bad-text">
              Not valid JSON: {error instanceof Error ? error.message : String(error)}
            </p>
            <pre className="code panel">{text}</pre>
          </>
        );
      }
      return (
        <>
          {jsonTables(parsed).map((table, index) => (
            <DataTable key={table.title ?? index} table={table} />
          ))}
        </>
      );
    }
    case 'csv': {
      const [header = [], ...rows] = parseCsv(text);
      return <DataTable table={{ columns: header, rows }} />;
    }
    case 'text':
      return <pre className="code panel">{text}</pre>;
  }
}

function DataTable({ table }: { table: JsonTable }) {
  return (
    <div className="data-table">
      {table.title ? <h3>{table.title}</h3> : null}
      <table>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
