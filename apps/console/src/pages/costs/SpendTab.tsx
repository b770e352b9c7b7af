import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { count, money } from '../../ui/format';
import { Empty, QueryState } from '../../ui/states';
import { groupLabel, summaryQuery, totalQuery, trendQuery, type Organization } from './costs-api';
import {
  BREAKDOWNS,
  GRANULARITIES,
  PERIODS,
  periodLabel,
  type Breakdown,
  type CostsSearch,
  type Granularity,
  type Period,
} from './costs-search';
import { QuotaGauges, BudgetsTable } from './Limits';
import { TrendChart } from './TrendChart';

function Total({ org, period, label }: { org: Organization; period: Period; label: string }) {
  const total = useQuery(totalQuery(org.slug, period));
  return (
    <div className="panel">
      <div className="muted">{label}</div>
      <QueryState query={total} what={label.toLowerCase()}>
        {(answer) => (
          <>
            <div className="stat num" data-testid={`total-${period}`}>
              {money(answer.total.amount, answer.currency)}
            </div>
            <div className="muted">
              {count(answer.total.events)} calls · {count(answer.total.input_tokens)} in ·{' '}
              {count(answer.total.output_tokens)} out
            </div>
          </>
        )}
      </QueryState>
    </div>
  );
}

const search = (org: string, next: CostsSearch, current: CostsSearch): CostsSearch => ({
  ...current,
  org,
  ...next,
});

function Trend({ org, period, granularity, current }: SpendProps & { granularity: Granularity }) {
  const trend = useQuery(trendQuery(org.slug, period, granularity));
  return (
    <section className="panel" aria-labelledby="trend">
      <div className="section-head">
        <h2 id="trend">Trend · {periodLabel(period).toLowerCase()}</h2>
        <div className="tabs" role="group" aria-label="Bucket size">
          {GRANULARITIES.map((each) => (
            <Link
              key={each}
              to="/costs"
              search={search(org.slug, { granularity: each }, current)}
              className={each === granularity ? 'active' : undefined}
              aria-current={each === granularity ? 'true' : undefined}
            >
              By {each}
            </Link>
          ))}
        </div>
      </div>
      <p className="muted">
        Days in {org.locale.timezone}, amounts in {org.locale.currency}.
      </p>
      <QueryState query={trend} what="the trend">
        {(answer) => <TrendChart trend={answer} />}
      </QueryState>
    </section>
  );
}

function BreakdownTable({ org, period, by, current }: SpendProps & { by: Breakdown }) {
  const summary = useQuery(summaryQuery(org.slug, period, by));
  return (
    <section className="panel" aria-labelledby="breakdown">
      <div className="section-head">
        <h2 id="breakdown">Breakdown</h2>
        <div className="tabs" role="group" aria-label="Group spend by">
          {BREAKDOWNS.map((each) => (
            <Link
              key={each}
              to="/costs"
              search={search(org.slug, { by: each }, current)}
              className={each === by ? 'active' : undefined}
              aria-current={each === by ? 'true' : undefined}
            >
              {each === 'node' ? 'Hierarchy node' : each[0].toUpperCase() + each.slice(1)}
            </Link>
          ))}
        </div>
      </div>
      <QueryState query={summary} what="the breakdown">
        {(answer) =>
          answer.groups.length === 0 ? (
            <Empty>No spend in this range.</Empty>
          ) : (
            <table aria-label={`Spend by ${by}`}>
              <thead>
                <tr>
                  <th>{by}</th>
                  <th className="num">Spend</th>
                  <th className="num">Share</th>
                  <th className="num">Calls</th>
                  <th className="num">Input tokens</th>
                  <th className="num">Output tokens</th>
                </tr>
              </thead>
              <tbody>
                {answer.groups.map((group) => (
                  <tr key={JSON.stringify(group.key)}>
                    <td className={by === 'project' ? 'mono' : undefined}>{groupLabel(group, by)}</td>
                    <td className="num">{money(group.amount, answer.currency)}</td>
                    <td className="num">{share(group.amount, answer.total.amount)}</td>
                    <td className="num">{count(group.events)}</td>
                    <td className="num">{count(group.input_tokens)}</td>
                    <td className="num">{count(group.output_tokens)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th>Total{answer.truncated ? ` (${answer.group_count} groups)` : ''}</th>
                  <td className="num">{money(answer.total.amount, answer.currency)}</td>
                  <td />
                  <td className="num">{count(answer.total.events)}</td>
                  <td className="num">{count(answer.total.input_tokens)}</td>
                  <td className="num">{count(answer.total.output_tokens)}</td>
                </tr>
              </tfoot>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}

/** A group's share of the total, to a tenth of a percent (a proportion, not an amount). */
const share = (amount: string, total: string): string => {
  const whole = Number(total);
  return whole > 0 ? `${((Number(amount) / whole) * 100).toFixed(1)} %` : '—';
};

interface SpendProps {
  org: Organization;
  period: Period;
  current: CostsSearch;
}

/** Spend of the organization: today and this month, the trend, a breakdown, quotas and budgets. */
export function SpendTab({ org, current }: { org: Organization; current: CostsSearch }) {
  const navigate = useNavigate();
  const period = current.period ?? 'last_30_days';
  return (
    <>
      <div className="grid">
        <Total org={org} period="today" label="Today" />
        <Total org={org} period="this_month" label="This month" />
        <div className="panel">
          <label htmlFor="cost-period">Range</label>
          <select
            id="cost-period"
            value={period}
            onChange={(event) =>
              void navigate({
                to: '/costs',
                search: search(org.slug, { period: event.target.value as Period }, current),
              })
            }
          >
            {PERIODS.map((each) => (
              <option key={each} value={each}>
                {periodLabel(each)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Trend org={org} period={period} granularity={current.granularity ?? 'day'} current={current} />
      <BreakdownTable org={org} period={period} by={current.by ?? 'provider'} current={current} />
      <div className="costs-columns">
        <QuotaGauges org={org} />
        <BudgetsTable org={org} />
      </div>
    </>
  );
}
