import { useQuery } from '@tanstack/react-query';
import { money, when } from '../../ui/format';
import { Empty, QueryState } from '../../ui/states';
import { budgetsQuery, quotaQuery, type Organization } from './costs-api';

const QUOTA_LABELS: Record<string, string> = {
  daily_pipelines: 'Pipelines today',
  monthly_pipelines: 'Pipelines this month',
  concurrent_pipelines: 'Pipelines running now',
  providers: 'Providers',
  seats: 'Seats',
};

/** Each quota of the organization's plan as a gauge: used of the limit, and when it starts again. */
export function QuotaGauges({ org }: { org: Organization }) {
  const quota = useQuery(quotaQuery(org.slug));
  return (
    <section className="panel" aria-labelledby="quotas">
      <h2 id="quotas">Quotas · {org.plan}</h2>
      <QueryState query={quota} what="the quotas">
        {(answer) =>
          answer.quotas.length === 0 ? (
            <Empty>This plan sets no quotas.</Empty>
          ) : (
            <ul className="gauges">
              {answer.quotas.map((item) => {
                const label = QUOTA_LABELS[item.name] ?? item.name;
                const high = item.limit > 0 && item.used / item.limit >= 0.8;
                return (
                  <li key={item.name}>
                    <div className="gauge-head">
                      <span id={`quota-${item.name}`}>{label}</span>
                      <span className="num">
                        {item.used} / {item.limit}
                      </span>
                    </div>
                    <meter
                      aria-labelledby={`quota-${item.name}`}
                      min={0}
                      max={Math.max(item.limit, 1)}
                      value={item.used}
                      high={Math.max(item.limit, 1) * 0.8}
                      optimum={0}
                      className={high ? 'high' : undefined}
                    />
                    <div className="muted">
                      {item.remaining} left
                      {item.resets_at ? ` · resets ${when(item.resets_at)}` : ' · does not reset'}
                    </div>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

/** The hierarchy's budgets: each node's daily and monthly window, spent, held and left. */
export function BudgetsTable({ org }: { org: Organization }) {
  const budgets = useQuery(budgetsQuery(org.slug));
  return (
    <section className="panel" aria-labelledby="budgets">
      <h2 id="budgets">Budgets</h2>
      <QueryState query={budgets} what="the budgets">
        {(answer) =>
          answer.nodes.length === 0 ? (
            <Empty>No hierarchy nodes: budgets are set on the organization’s nodes.</Empty>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Node</th>
                  <th>Window</th>
                  <th className="num">Budget</th>
                  <th className="num">Spent</th>
                  <th className="num">Reserved</th>
                  <th className="num">Left</th>
                  <th>Resets</th>
                </tr>
              </thead>
              <tbody>
                {answer.nodes.flatMap((node) =>
                  (['daily', 'monthly'] as const).map((window) => {
                    const figures = node[window];
                    return (
                      <tr key={`${node.node_id}:${window}`}>
                        {window === 'daily' ? (
                          <th rowSpan={2} scope="row" className="node-cell">
                            {node.name}
                            <div className="muted mono">
                              {node.code} · {node.level} · {node.enforcement}
                            </div>
                          </th>
                        ) : null}
                        <td>{window}</td>
                        <td className="num">
                          {figures.budget === null ? 'none' : money(figures.budget, answer.currency)}
                        </td>
                        <td className="num">{money(figures.spent, answer.currency)}</td>
                        <td className="num">{money(figures.reserved, answer.currency)}</td>
                        <td className="num">
                          {figures.remaining === null ? '—' : money(figures.remaining, answer.currency)}
                        </td>
                        <td>{when(figures.resets_at)}</td>
                      </tr>
                    );
                  }),
                )}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
