import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { alertsQuery, alertThreshold, budgetsQuery, costsUnavailable, totalQuery } from '../costs/costs-api';
import { useRememberedOrg } from '../../app/org';
import { money, when } from '../../ui/format';
import { Empty, ErrorPanel, Loading, PageHeader, QueryState, StatusBadge } from '../../ui/states';
import './home.css';

/** How often the lists ask again while the page is open: runs and jobs move by the second. */
const LIVE_MS = 3_000;

function RecentRuns() {
  const runs = useQuery({
    queryKey: ['home', 'runs'],
    queryFn: () => unwrap(api.GET('/runs', { params: { query: { limit: 8 } } })),
    refetchInterval: LIVE_MS,
  });
  return (
    <section className="panel" aria-labelledby="recent-runs">
      <h2 id="recent-runs">Recent runs</h2>
      <QueryState query={runs} what="runs">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              No runs yet. <Link to="/delivery">Start one</Link>.
            </Empty>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Run</th>
                  <th>Phase</th>
                  <th>Status</th>
                  <th>Updated</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((run) => (
                  <tr key={run.run_id}>
                    <td>
                      <Link to="/delivery/$runId" params={{ runId: run.run_id }}>
                        {run.project_name ?? run.profile}
                      </Link>
                      <div className="muted mono">{run.run_id.slice(0, 8)}</div>
                    </td>
                    <td>{run.current_phase}</td>
                    <td>
                      <StatusBadge status={run.status} />
                    </td>
                    <td>{when(run.updated_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}

function RecentJobs() {
  const jobs = useQuery({
    queryKey: ['home', 'jobs'],
    queryFn: () => unwrap(api.GET('/jobs', { params: { query: { limit: 8 } } })),
    refetchInterval: LIVE_MS,
  });
  return (
    <section className="panel" aria-labelledby="recent-jobs">
      <h2 id="recent-jobs">Recent CI jobs</h2>
      <QueryState query={jobs} what="jobs">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No CI jobs yet: a push to a repository with the webhook set up starts one.</Empty>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Repository</th>
                  <th>Ref</th>
                  <th>Status</th>
                  <th>Created</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((job) => (
                  <tr key={job.id}>
                    <td>
                      <Link to="/ci/$jobId" params={{ jobId: job.id }}>
                        {job.repository}
                      </Link>
                    </td>
                    <td className="mono">
                      {job.branch ?? job.tag ?? job.ref}
                      {job.sha ? ` @ ${job.sha.slice(0, 7)}` : ''}
                    </td>
                    <td>
                      <StatusBadge status={job.status} />
                    </td>
                    <td>{when(job.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}

type Window = Schemas['BudgetWindowDto'];

function Against({
  label,
  spent,
  window,
  currency,
}: {
  label: string;
  spent: string;
  window?: Window;
  currency: string;
}) {
  const budget = window?.budget ?? null;
  const share = budget && Number(budget) > 0 ? Math.min(1, Number(spent) / Number(budget)) : undefined;
  return (
    <div className="spend">
      <div className="muted">{label}</div>
      <div className="stat">{money(spent, currency)}</div>
      {budget !== null ? (
        <>
          <meter
            min={0}
            max={1}
            value={share ?? 0}
            high={0.8}
            optimum={0.2}
            aria-label={`${label} against budget`}
          />
          <div className="muted">
            of {money(budget, currency)} budget · resets {when(window?.resets_at)}
          </div>
        </>
      ) : (
        <div className="muted">no budget set</div>
      )}
    </div>
  );
}

/** Spend today and this month against the top-level budget, and the alerts that are firing. */
function SpendAndAlerts({ org }: { org: string }) {
  const today = useQuery(totalQuery(org, 'today'));
  const month = useQuery(totalQuery(org, 'this_month'));
  const budgets = useQuery(budgetsQuery(org));
  const alerts = useQuery(alertsQuery(org));
  const failed = [today, month].find((query) => query.error)?.error;
  if (costsUnavailable(failed))
    return <Empty>Costs are not available here: cost-api is not configured behind this gateway.</Empty>;
  if (failed) return <ErrorPanel error={failed} title={`Could not load the spend of ${org}`} />;
  if (!today.data || !month.data) return <Loading what="spend" />;
  const root = budgets.data?.nodes.find((node) => node.parent_id === null);
  const currency = month.data.currency;
  return (
    <>
      <div className="grid">
        <Against label="Today" spent={today.data.total.amount} window={root?.daily} currency={currency} />
        <Against
          label="This month"
          spent={month.data.total.amount}
          window={root?.monthly}
          currency={currency}
        />
      </div>
      <h3>Open alerts</h3>
      <QueryState query={alerts} what="alerts">
        {(list) => {
          const firing = list.items.filter((alert) => alert.state === 'triggered');
          return firing.length === 0 ? (
            <p className="muted">No alert is firing.</p>
          ) : (
            <ul className="alerts">
              {firing.map((alert) => (
                <li key={alert.id}>
                  <StatusBadge status="failed" /> {alert.name}{' '}
                  <span className="muted">
                    ({alert.kind.replace(/_/g, ' ')} {alertThreshold(alert, currency)}, since{' '}
                    {when(alert.state_changed_at)})
                  </span>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </>
  );
}

export function HomePage() {
  const [org] = useRememberedOrg();
  return (
    <>
      <PageHeader title="Home" />
      <div className="home">
        <RecentRuns />
        <RecentJobs />
        <section className="panel" aria-labelledby="spend">
          <h2 id="spend">Spend{org ? ` · ${org}` : ''}</h2>
          {org ? (
            <SpendAndAlerts org={org} />
          ) : (
            <Empty>
              Choose an organization on the <Link to="/costs">Costs</Link> page to see its spend here.
            </Empty>
          )}
        </section>
      </div>
    </>
  );
}
