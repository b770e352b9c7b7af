import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { when } from '../../ui/format';
import { Empty, ErrorPanel, Loading, PageHeader, StatusBadge } from '../../ui/states';
import { CreateRunForm } from './CreateRunForm';
import { isRunStatus, isTerminal, listRuns, RUN_STATUSES, runKeys, type RunSummary } from './runs-api';
import type { RunsSearch } from './search';
import './runs.css';

const route = getRouteApi('/app/delivery');

/** How often the list is read again while a run on it is live, and when all have ended. */
const LIVE_MS = 3_000;
const IDLE_MS = 20_000;

/** The runs you may see, newest first: filtered and paged in the URL, live while a run moves. */
export function RunsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // Cursors of the pages before this one, for "Previous"; a shared link starts a history of its own.
  const [earlier, setEarlier] = useState<(string | undefined)[]>([]);
  const filter = { status: search.status, profile: search.profile, cursor: search.cursor };
  const runs = useQuery({
    queryKey: runKeys.list(filter),
    queryFn: () => listRuns(filter),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.items.some((run) => !isTerminal(run.status)) ? LIVE_MS : IDLE_MS,
  });
  const setSearch = (next: RunsSearch) => void navigate({ search: next });
  const setFilter = (change: Partial<RunsSearch>) => {
    setEarlier([]);
    setSearch({ ...search, ...change, cursor: undefined });
  };
  const profiles = [...new Set(runs.data?.items.map((run) => run.profile) ?? [])];

  return (
    <>
      <PageHeader title="Runs">
        {search.create ? null : (
          <button type="button" onClick={() => setSearch({ ...search, create: true })}>
            New run
          </button>
        )}
      </PageHeader>
      {search.create ? (
        <CreateRunForm profiles={profiles} onCancel={() => setSearch({ ...search, create: undefined })} />
      ) : null}
      <form
        className="filters"
        role="search"
        aria-label="Filter runs"
        onSubmit={(event) => event.preventDefault()}
      >
        <div>
          <label htmlFor="runs-status">Status</label>
          <select
            id="runs-status"
            value={search.status ?? ''}
            onChange={(event) =>
              setFilter({ status: isRunStatus(event.target.value) ? event.target.value : undefined })
            }
          >
            <option value="">any</option>
            {RUN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </div>
        <ProfileFilter value={search.profile} onChange={(profile) => setFilter({ profile })} />
        {runs.isFetching && !runs.isPending ? (
          <span className="muted" aria-live="polite">
            updating…
          </span>
        ) : null}
      </form>
      {runs.error ? <ErrorPanel error={runs.error} title="Could not load the runs" /> : null}
      {runs.isPending ? <Loading what="runs" /> : null}
      {runs.data && runs.data.items.length === 0 ? (
        <Empty>
          {search.status || search.profile
            ? 'No run matches these filters.'
            : 'No runs yet: create the first one.'}
        </Empty>
      ) : null}
      {runs.data && runs.data.items.length > 0 ? <RunsTable runs={runs.data.items} /> : null}
      <nav className="pager actions" aria-label="Pages of runs">
        {search.cursor ? (
          <>
            <button type="button" className="secondary" onClick={() => setFilter({})}>
              Newest
            </button>
            <button
              type="button"
              className="secondary"
              disabled={earlier.length === 0}
              onClick={() => {
                setSearch({ ...search, cursor: earlier[earlier.length - 1] });
                setEarlier(earlier.slice(0, -1));
              }}
            >
              Previous
            </button>
          </>
        ) : null}
        {runs.data?.next_cursor ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setEarlier([...earlier, search.cursor]);
              setSearch({ ...search, cursor: runs.data.next_cursor ?? undefined });
            }}
          >
            Next
          </button>
        ) : null}
      </nav>
    </>
  );
}

/** The profile filter, applied when submitted (Enter) rather than on every key. */
function ProfileFilter({ value, onChange }: { value: string | undefined; onChange(profile?: string): void }) {
  const [text, setText] = useState(value ?? '');
  return (
    <div>
      <label htmlFor="runs-profile">Profile</label>
      <input
        id="runs-profile"
        value={text}
        placeholder="any"
        onChange={(event) => setText(event.target.value)}
        onBlur={() => onChange(text.trim() || undefined)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange(text.trim() || undefined);
        }}
      />
    </div>
  );
}

function RunsTable({ runs }: { runs: RunSummary[] }) {
  return (
    <table className="runs-table">
      <thead>
        <tr>
          <th>Run</th>
          <th>Status</th>
          <th>Phase</th>
          <th>Profile</th>
          <th>Project</th>
          <th>Mode</th>
          <th>Created</th>
          <th>Updated</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.run_id}>
            <td>
              <Link to="/delivery/$runId" params={{ runId: run.run_id }} className="mono">
                {run.run_id.slice(0, 8)}
              </Link>
              {run.parent_run_id ? (
                <span className="muted" title={`Cloned from ${run.parent_run_id}`}>
                  {' '}
                  ↳ clone
                </span>
              ) : null}
            </td>
            <td>
              <StatusBadge status={run.status} />
            </td>
            <td>{run.current_phase}</td>
            <td>{run.profile}</td>
            <td>{run.project_name ?? <span className="muted">—</span>}</td>
            <td>{run.mode}</td>
            <td title={run.created_at}>{when(run.created_at)}</td>
            <td title={run.updated_at}>{when(run.updated_at)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
