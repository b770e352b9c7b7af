import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { duration, money, when } from '../../ui/format';
import { ErrorPanel, Loading, PageHeader, StatusBadge } from '../../ui/states';
import { ArtifactsTab } from './Artifacts';
import { MetricsTab } from './Metrics';
import { RunActions } from './RunActions';
import { getRun, runKeys, type RunDetail } from './runs-api';
import { RUN_TABS } from './search';
import { EventHistory, PhaseTrack } from './Timeline';
import { useRunEvents, type RunEvent, type StreamState } from './useRunEvents';
import './runs.css';

const route = getRouteApi('/app/delivery/$runId');

const STREAM_LABEL: Record<StreamState, string> = {
  connecting: 'connecting…',
  live: 'live',
  reconnecting: 'reconnecting…',
  ended: 'ended',
  closed: 'disconnected — reload to follow again',
};

/** A run: its phases live from the event stream, what may be done next, its files and its metrics. */
export function RunPage() {
  const { runId } = route.useParams();
  const search = route.useSearch();
  const run = useQuery({ queryKey: runKeys.run(runId), queryFn: () => getRun(runId) });
  const stream = useRunEvents(runId);
  const tab = search.tab ?? 'timeline';

  if (run.error) return <ErrorPanel error={run.error} title="Could not load the run" />;
  if (!run.data) return <Loading what="the run" />;
  const detail = run.data;
  return (
    <>
      <PageHeader title={`Run ${runId.slice(0, 8)}`}>
        <StatusBadge status={detail.status} />
        <span className={`stream ${stream.state}`} role="status" aria-label="Event stream">
          {STREAM_LABEL[stream.state]}
        </span>
      </PageHeader>
      <RunFacts run={detail} />
      <RunActions run={detail} />
      <GovernanceHold run={detail} events={stream.events} />
      <nav className="tabs" aria-label="Run views">
        {RUN_TABS.map((name) => (
          <Link
            key={name}
            to="/delivery/$runId"
            params={{ runId }}
            search={{ tab: name }}
            className={tab === name ? 'active' : undefined}
            aria-current={tab === name ? 'page' : undefined}
          >
            {name[0].toUpperCase() + name.slice(1)}
          </Link>
        ))}
      </nav>
      {tab === 'timeline' ? (
        <section aria-label="Timeline">
          <PhaseTrack run={detail} selected={search.phase} />
          <h2 className="section-title">
            History{search.phase ? ` of ${search.phase}` : ''}{' '}
            <span className="muted small">{stream.events.length} events</span>
          </h2>
          <EventHistory events={stream.events} phase={search.phase} />
        </section>
      ) : null}
      {tab === 'artifacts' ? (
        <ArtifactsTab run={detail} phase={search.phase} artifactId={search.artifact} />
      ) : null}
      {tab === 'metrics' ? <MetricsTab runId={runId} /> : null}
    </>
  );
}

function RunFacts({ run }: { run: RunDetail }) {
  return (
    <section className="panel run-facts" aria-label="Run">
      <dl>
        <div>
          <dt>Profile</dt>
          <dd>{run.profile}</dd>
        </div>
        <div>
          <dt>Mode</dt>
          <dd>{run.mode}</dd>
        </div>
        <div>
          <dt>Phase</dt>
          <dd>{run.current_phase}</dd>
        </div>
        <div>
          <dt>Project</dt>
          <dd>
            {run.project_id ? (
              <Link to="/projects/$projectId" params={{ projectId: run.project_id }}>
                {run.project_name ?? run.project_id.slice(0, 8)}
              </Link>
            ) : (
              (run.project_name ?? '—')
            )}
          </dd>
        </div>
        <div>
          <dt>Budget</dt>
          <dd>{run.budget_usd ? money(run.budget_usd) : 'none'}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd title={run.created_at}>{when(run.created_at)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{run.total_duration_seconds != null ? duration(run.total_duration_seconds * 1000) : '—'}</dd>
        </div>
        {run.parent_run_id ? (
          <div>
            <dt>Cloned from</dt>
            <dd>
              <Link to="/delivery/$runId" params={{ runId: run.parent_run_id }} className="mono">
                {run.parent_run_id.slice(0, 8)}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {run.intake ? <p className="intake">{run.intake}</p> : null}
      {run.error ? (
        <p className="bad-text" role="alert">
          {run.error}
        </p>
      ) : null}
    </section>
  );
}

interface FailedCheck {
  artifact: string;
  check: string;
  message?: string;
}

const failedChecksOf = (event: RunEvent | undefined): FailedCheck[] =>
  Array.isArray(event?.payload.failed_checks)
    ? (event.payload.failed_checks as unknown[]).filter(
        (check): check is FailedCheck => typeof check === 'object' && check !== null && 'artifact' in check,
      )
    : [];

/** Why the run waits: an approval gate, its budget, or the governance checks that failed. */
function GovernanceHold({ run, events }: { run: RunDetail; events: RunEvent[] }) {
  const hold = run.awaiting_approval;
  if (!hold) return null;
  const blocked = [...events]
    .reverse()
    .find((event) => event.type === 'governance.blocked' && event.phase === hold.phase);
  const checks = failedChecksOf(blocked);
  const title =
    hold.reason === 'governance'
      ? `Governance checks of ${hold.phase} failed`
      : hold.reason === 'budget'
        ? `The budget holds the run before ${hold.phase}`
        : `${hold.phase} waits for approval`;
  return (
    <section className={`panel hold ${hold.reason}`} aria-label="Waiting for approval">
      <strong>{title}</strong>
      <p>{hold.detail}</p>
      {checks.length > 0 ? (
        <ul>
          {checks.map((check) => (
            <li key={`${check.artifact}:${check.check}`}>
              <code>{check.artifact}</code> — {check.check}
              {check.message ? `: ${check.message}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
