import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { Empty, PageHeader, QueryState, StatusBadge } from '../../ui/states';
import { duration, when } from '../../ui/format';
import { JOB_STATUSES, type JobsSearch } from './search';
import './ci.css';

const POLL_MS = 3000;
const PAGE_SIZE = 50;

const jobDuration = (job: { started_at?: string; finished_at?: string }): number | undefined =>
  job.started_at
    ? (job.finished_at ? Date.parse(job.finished_at) : Date.now()) - Date.parse(job.started_at)
    : undefined;

/** /ci: the CI jobs, newest first, refreshed every few seconds; filters live in the URL. */
export function JobsPage() {
  const search = useSearch({ from: '/app/ci' });
  const navigate = useNavigate({ from: '/ci' });
  const [repo, setRepo] = useState(search.repo ?? '');
  const [branch, setBranch] = useState(search.branch ?? '');
  const jobs = useQuery({
    queryKey: ['jobs', search],
    queryFn: () =>
      unwrap(
        api.GET('/jobs', {
          params: {
            query: {
              status: search.status,
              repo: search.repo,
              branch: search.branch,
              cursor: search.cursor,
              limit: PAGE_SIZE,
            },
          },
        }),
      ),
    refetchInterval: POLL_MS,
    placeholderData: keepPreviousData,
  });
  const filter = (next: Partial<JobsSearch>) =>
    void navigate({ search: (prev: JobsSearch) => ({ ...prev, ...next, cursor: undefined }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    filter({ repo: repo.trim() || undefined, branch: branch.trim() || undefined });
  };

  return (
    <section>
      <PageHeader title="CI jobs">
        <span className="muted" aria-live="polite">
          {jobs.isFetching ? 'Refreshing…' : `Live · every ${POLL_MS / 1000} s`}
        </span>
      </PageHeader>
      <form className="ci-filters panel" onSubmit={submit} aria-label="Filter jobs">
        <label>
          Status
          <select
            value={search.status ?? ''}
            onChange={(event) =>
              filter({ status: (event.target.value || undefined) as JobsSearch['status'] })
            }
          >
            <option value="">any</option>
            {JOB_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
        <label>
          Repository
          <input value={repo} onChange={(e) => setRepo(e.target.value)} placeholder="team/app" />
        </label>
        <label>
          Branch
          <input value={branch} onChange={(e) => setBranch(e.target.value)} placeholder="main" />
        </label>
        <button type="submit">Filter</button>
        {search.status || search.repo || search.branch ? (
          <button
            type="button"
            onClick={() => {
              setRepo('');
              setBranch('');
              void navigate({ search: {} });
            }}
          >
            Clear
          </button>
        ) : null}
      </form>
      <QueryState query={jobs} what="jobs">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              No jobs {search.status || search.repo || search.branch ? 'match these filters' : 'yet'}.
            </Empty>
          ) : (
            <>
              <table className="ci-jobs panel">
                <thead>
                  <tr>
                    <th scope="col">Status</th>
                    <th scope="col">Job</th>
                    <th scope="col">Repository</th>
                    <th scope="col">Ref</th>
                    <th scope="col">Commit</th>
                    <th scope="col">Created</th>
                    <th scope="col" className="num">
                      Duration
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((job) => (
                    <tr key={job.id}>
                      <td>
                        <StatusBadge status={job.status} />
                        {job.status === 'pending' && job.queue_position ? (
                          <span className="muted"> #{job.queue_position} in queue</span>
                        ) : null}
                      </td>
                      <td>
                        <Link to="/ci/$jobId" params={{ jobId: job.id }}>
                          <code>{job.id.slice(0, 8)}</code>
                        </Link>
                        <span className="muted"> {job.forge}</span>
                      </td>
                      <td>{job.repository}</td>
                      <td>{job.branch ?? job.tag ?? job.ref}</td>
                      <td>
                        <code>{job.sha?.slice(0, 10) ?? '—'}</code>
                      </td>
                      <td title={job.created_at}>{when(job.created_at)}</td>
                      <td className="num">{duration(jobDuration(job))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <nav className="actions" aria-label="Pages">
                {search.cursor ? (
                  <Link to="/ci" search={{ ...search, cursor: undefined }}>
                    First page
                  </Link>
                ) : null}
                {page.next_cursor ? (
                  <Link to="/ci" search={{ ...search, cursor: page.next_cursor }}>
                    Next page
                  </Link>
                ) : null}
              </nav>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
