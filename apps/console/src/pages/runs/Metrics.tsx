import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { count, duration, money, when } from '../../ui/format';
import { Empty, QueryState } from '../../ui/states';
import { PhaseChart } from './PhaseChart';
import { getMetrics, percent, runKeys, type RunMetrics } from './runs-api';

const tokensOf = (usage: RunMetrics['total_token_usage']): string =>
  `${count(usage.input)} in · ${count(usage.output)} out`;

/** What the run has used and is expected to use: tokens and cost by phase and agent, scores, projection. */
export function MetricsTab({ runId }: { runId: string }) {
  const metrics = useQuery({ queryKey: runKeys.metrics(runId), queryFn: () => getMetrics(runId) });
  return (
    <QueryState query={metrics} what="the metrics">
      {(data) => <Metrics metrics={data} />}
    </QueryState>
  );
}

export function Metrics({ metrics }: { metrics: RunMetrics }) {
  const { projection, estimated_completion: eta } = metrics;
  return (
    <section aria-label="Metrics">
      <div className="grid stats">
        <Stat label="Cost so far" value={money(metrics.total_cost_usd_exact)} />
        <Stat label="Tokens" value={tokensOf(metrics.total_token_usage)} />
        <Stat
          label="Budget"
          value={metrics.budget_usd ? money(metrics.budget_usd) : 'none'}
          note={metrics.budget_remaining_usd ? `${money(metrics.budget_remaining_usd)} left` : undefined}
        />
        <Stat
          label="Projected to finish"
          value={money(projection.projected_cost_usd_exact)}
          note={`more, from ${projection.basis.replace('_', ' ')}`}
        />
        <Stat
          label="Time left"
          value={eta.remaining_seconds == null ? '—' : duration(eta.remaining_seconds * 1000)}
          note={eta.estimated_completion_at ? `≈ ${when(eta.estimated_completion_at)}` : undefined}
        />
        <Stat
          label="Governance"
          value={percent(metrics.governance_score)}
          note={`${metrics.errors_count} errors`}
        />
        <Stat
          label="Hygiene"
          value={percent(metrics.hygiene_score)}
          note={`${count(metrics.hygiene.files_checked)} files checked`}
        />
      </div>
      {projection.notes.length > 0 ? (
        <ul className="muted small">
          {projection.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {metrics.phases_metrics.length === 0 ? (
        <Empty>No phase has started yet.</Empty>
      ) : (
        <>
          <PhaseChart phases={metrics.phases_metrics} />
          <PhaseTable metrics={metrics} />
        </>
      )}
      {projection.remaining_phases.length > 0 ? (
        <>
          <h3>Projection of the remaining phases</h3>
          <table>
            <thead>
              <tr>
                <th>Phase</th>
                <th>Model</th>
                <th className="num">Input tokens</th>
                <th className="num">Output tokens</th>
                <th className="num">Cost</th>
                <th>Basis</th>
              </tr>
            </thead>
            <tbody>
              {projection.remaining_phases.map((phase) => (
                <tr key={phase.phase}>
                  <td>{phase.phase}</td>
                  <td>
                    {phase.model}
                    {phase.priced ? '' : <span className="bad-text"> (no price)</span>}
                  </td>
                  <td className="num">{count(phase.projected_input_tokens)}</td>
                  <td className="num">{count(phase.projected_output_tokens)}</td>
                  <td className="num">{money(phase.projected_cost_usd_exact)}</td>
                  <td>
                    {phase.basis.replace('_', ' ')}
                    {phase.basis_runs > 0 ? ` (${phase.basis_runs} runs)` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {metrics.hygiene.issues.length > 0 ? (
        <>
          <h3>Hygiene issues</h3>
          <ul>
            {metrics.hygiene.issues.map((issue) => (
              <li key={`${issue.file}:${issue.kind}:${issue.detail}`}>
                <code>{issue.file}</code> — {issue.kind.replace(/_/g, ' ')}: {issue.detail}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="panel">
      <div className="muted small">{label}</div>
      <div className="stat">{value}</div>
      {note ? <div className="muted small">{note}</div> : null}
    </div>
  );
}

function PhaseTable({ metrics }: { metrics: RunMetrics }) {
  return (
    <table className="metrics-table">
      <thead>
        <tr>
          <th>Phase / agent</th>
          <th>Status</th>
          <th className="num">Calls</th>
          <th className="num">Input</th>
          <th className="num">Output</th>
          <th className="num">Cost</th>
          <th className="num">Duration</th>
          <th>Governance</th>
        </tr>
      </thead>
      <tbody>
        {metrics.phases_metrics.map((phase) => (
          <Fragment key={phase.phase}>
            <tr className="phase-row">
              <th scope="row">{phase.phase}</th>
              <td>{phase.status}</td>
              <td className="num">{count(phase.agents.reduce((sum, agent) => sum + agent.calls, 0))}</td>
              <td className="num">{count(phase.token_usage.input)}</td>
              <td className="num">{count(phase.token_usage.output)}</td>
              <td className="num">{money(phase.cost_usd_exact)}</td>
              <td className="num">{duration(phase.duration_seconds * 1000)}</td>
              <td>
                {phase.governance_passed === null ? (
                  <span className="muted">not judged</span>
                ) : phase.governance_passed ? (
                  'passed'
                ) : (
                  <span className="bad-text">
                    failed:{' '}
                    {phase.governance_failed_checks
                      .map((check) => `${check.artifact} (${check.check})`)
                      .join(', ')}
                  </span>
                )}
                {phase.governance_warnings.length > 0 ? (
                  <span className="muted"> · {phase.governance_warnings.length} warnings</span>
                ) : null}
              </td>
            </tr>
            {phase.agents.map((agent) => (
              <tr key={`${phase.phase}:${agent.agent_id}`} className="agent-row">
                <td className="indent">{agent.agent_id}</td>
                <td />
                <td className="num">{count(agent.calls)}</td>
                <td className="num">{count(agent.token_usage.input)}</td>
                <td className="num">{count(agent.token_usage.output)}</td>
                <td className="num">{money(agent.cost_usd_exact)}</td>
                <td />
                <td />
              </tr>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
