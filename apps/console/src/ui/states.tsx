import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

/** A failed request as a person reads it: the problem's title and detail, and its request id to report. */
export function ErrorPanel({ error, title }: { error: unknown; title?: string }) {
  const api = error instanceof ApiError ? error : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="panel error" role="alert">
      <strong>{title ?? api?.problem.title ?? 'Something went wrong'}</strong>
      {message && message !== api?.problem.title ? <p>{message}</p> : null}
      {api?.problem.errors?.length ? (
        <ul>
          {api.problem.errors.map((field) => (
            <li key={`${field.field}:${field.message}`}>
              <code>{field.field}</code>: {field.message}
            </li>
          ))}
        </ul>
      ) : null}
      {api?.requestId ? (
        <p className="muted">
          Request id <code>{api.requestId}</code>
        </p>
      ) : null}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="panel empty">{children}</p>;
}

/** Loading, failed or ready: the three states of a query, shown the same way on every page. */
export function QueryState<T>({
  query,
  what,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.error) return <ErrorPanel error={query.error} title={`Could not load ${what}`} />;
  if (query.isPending || query.data === undefined) return <Loading what={what} />;
  return <>{children(query.data)}</>;
}

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      <div className="actions">{children}</div>
    </header>
  );
}

const TONES: Record<string, string> = {
  completed: 'ok',
  success: 'ok',
  succeeded: 'ok',
  applied: 'ok',
  done: 'ok',
  running: 'busy',
  in_progress: 'busy',
  applying: 'busy',
  pending: 'wait',
  queued: 'wait',
  awaiting_approval: 'wait',
  proposed: 'wait',
  validated: 'wait',
  todo: 'wait',
  failed: 'bad',
  error: 'bad',
  crashed: 'bad',
  conflicted: 'bad',
  rejected: 'bad',
  cancelled: 'off',
  cancelling: 'off',
  undone: 'off',
  superseded: 'off',
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge ${TONES[status] ?? 'off'}`}>{status.replace(/_/g, ' ')}</span>;
}
