import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from '@tanstack/react-router';
import { useCallback } from 'react';
import { api, unwrap } from '../../api/client';
import { duration, when } from '../../ui/format';
import { ErrorPanel, PageHeader, QueryState, StatusBadge } from '../../ui/states';
import { hashOfLine, lineOfHash } from './log/log-model';
import { LogViewer } from './log/LogViewer';
import { FINISHED } from './search';
import './ci.css';

const POLL_MS = 2000;

/** /ci/$jobId: a job's status, why it waits, retry and cancel, and its live log (#L<n> names a line). */
export function JobPage() {
  const { jobId } = useParams({ from: '/app/ci/$jobId' });
  const hash = useLocation({ select: (location) => location.hash });
  const navigate = useNavigate();
  const client = useQueryClient();
  const key = ['job', jobId];
  const job = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/jobs/{id}', { params: { path: { id: jobId } } })),
    refetchInterval: (query) => (query.state.data && FINISHED.has(query.state.data.status) ? false : POLL_MS),
  });
  const cancel = useMutation({
    mutationFn: () => unwrap(api.POST('/jobs/{id}/cancel', { params: { path: { id: jobId } } })),
    onSuccess: (data) => client.setQueryData(key, data),
  });
  const retry = useMutation({
    mutationFn: () => unwrap(api.POST('/jobs/{id}/retry', { params: { path: { id: jobId } } })),
    onSuccess: (accepted) => void navigate({ to: '/ci/$jobId', params: { jobId: accepted.job_id } }),
  });
  const onLink = useCallback(
    (n: number) => void navigate({ to: '.', hash: hashOfLine(n), replace: true, resetScroll: false }),
    [navigate],
  );
  const onStatus = useCallback(
    () => void client.invalidateQueries({ queryKey: ['job', jobId] }),
    [client, jobId],
  );

  return (
    <section>
      <p>
        <Link to="/ci">← CI jobs</Link>
      </p>
      <QueryState query={job} what="the job">
        {(data) => {
          const finished = FINISHED.has(data.status);
          const ran = data.started_at
            ? (data.finished_at ? Date.parse(data.finished_at) : Date.now()) - Date.parse(data.started_at)
            : undefined;
          return (
            <>
              <PageHeader title={`Job ${data.id.slice(0, 8)}`}>
                <StatusBadge status={data.status} />
                {finished ? (
                  <button type="button" onClick={() => retry.mutate()} disabled={retry.isPending}>
                    Retry
                  </button>
                ) : (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => cancel.mutate()}
                    disabled={cancel.isPending}
                  >
                    Cancel
                  </button>
                )}
              </PageHeader>
              {cancel.error ? <ErrorPanel error={cancel.error} title="Could not cancel" /> : null}
              {retry.error ? <ErrorPanel error={retry.error} title="Could not retry" /> : null}
              {data.status === 'pending' ? (
                <p className="panel ci-waiting" role="status">
                  <strong>Waiting for a runner</strong>
                  {data.queue_position ? ` — number ${data.queue_position} in the queue` : ''}.{' '}
                  {data.reason ?? 'It starts when a runner claims it.'}
                </p>
              ) : null}
              <dl className="ci-facts panel">
                <div>
                  <dt>Repository</dt>
                  <dd>{data.repository}</dd>
                </div>
                <div>
                  <dt>Ref</dt>
                  <dd>{data.ref}</dd>
                </div>
                <div>
                  <dt>Commit</dt>
                  <dd>
                    <code>{data.sha?.slice(0, 12) ?? '—'}</code>
                  </dd>
                </div>
                <div>
                  <dt>Trigger</dt>
                  <dd>
                    {data.forge} {data.event}
                    {data.author ? ` by ${data.author}` : ''}
                  </dd>
                </div>
                <div>
                  <dt>Created</dt>
                  <dd title={data.created_at}>{when(data.created_at)}</dd>
                </div>
                <div>
                  <dt>Ran for</dt>
                  <dd>{duration(ran)}</dd>
                </div>
                <div>
                  <dt>Attempt</dt>
                  <dd>
                    {data.attempt}
                    {data.runner ? ` on ${data.runner}` : ''}
                  </dd>
                </div>
                <div>
                  <dt>Exit code</dt>
                  <dd>{data.exit_code ?? '—'}</dd>
                </div>
                {data.retry_of ? (
                  <div>
                    <dt>Retry of</dt>
                    <dd>
                      <Link to="/ci/$jobId" params={{ jobId: data.retry_of }}>
                        <code>{data.retry_of.slice(0, 8)}</code>
                      </Link>
                    </dd>
                  </div>
                ) : null}
                {finished && data.reason ? (
                  <div>
                    <dt>Why</dt>
                    <dd>{data.reason}</dd>
                  </div>
                ) : null}
              </dl>
            </>
          );
        }}
      </QueryState>
      <LogViewer
        key={jobId}
        jobId={jobId}
        target={lineOfHash(hash)}
        onLink={onLink}
        onStatus={onStatus}
        emptyText="No log lines yet: they appear here as the runner writes them."
      />
    </section>
  );
}
