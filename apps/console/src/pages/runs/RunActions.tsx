import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorPanel } from '../../ui/states';
import {
  advanceRun,
  cancelRun,
  cloneRun,
  isTerminal,
  PHASES,
  runKeys,
  type Phase,
  type RunDetail,
} from './runs-api';

type Action = 'advance' | 'override' | 'cancel' | 'clone';

/** What the run's state allows: advance (or approve), override a governance hold, cancel, clone. */
export function RunActions({ run }: { run: RunDetail }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [fromPhase, setFromPhase] = useState<Phase>(run.current_phase);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: runKeys.run(run.run_id), exact: true });
  const action = useMutation({
    mutationFn: async (what: Action): Promise<string | undefined> => {
      switch (what) {
        case 'advance':
          return (await advanceRun(run.run_id, false)).message;
        case 'override':
          return (await advanceRun(run.run_id, true)).message;
        case 'cancel':
          return (await cancelRun(run.run_id)).message;
        case 'clone': {
          const clone = await cloneRun(run.run_id, fromPhase);
          await client.invalidateQueries({ queryKey: runKeys.all });
          await navigate({ to: '/delivery/$runId', params: { runId: clone.run_id } });
          return undefined;
        }
      }
    },
    onSettled: refresh,
  });

  const ended = isTerminal(run.status);
  const phase = run.phases.find((info) => info.phase === run.current_phase);
  const hold = run.awaiting_approval;
  const canAdvance = !ended && run.status !== 'cancelling' && phase?.status !== 'running';
  const busy = action.isPending;
  const advanceLabel =
    hold?.reason === 'governance'
      ? `Run ${run.current_phase} again`
      : hold
        ? `Approve ${run.current_phase}`
        : run.status === 'created'
          ? `Start ${run.current_phase}`
          : `Run ${run.current_phase}`;

  return (
    <section className="run-actions" aria-label="Run actions">
      <div className="actions">
        {canAdvance ? (
          <button type="button" disabled={busy} onClick={() => action.mutate('advance')}>
            {advanceLabel}
          </button>
        ) : null}
        {hold?.reason === 'governance' ? (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => action.mutate('override')}
          >
            Advance despite failed checks
          </button>
        ) : null}
        {!ended && run.status !== 'cancelling' ? (
          confirmCancel ? (
            <>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => {
                  setConfirmCancel(false);
                  action.mutate('cancel');
                }}
              >
                Confirm cancel
              </button>
              <button type="button" className="ghost" onClick={() => setConfirmCancel(false)}>
                Keep running
              </button>
            </>
          ) : (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => setConfirmCancel(true)}
            >
              Cancel run
            </button>
          )
        ) : null}
        <span className="clone">
          <label htmlFor="clone-from" className="inline">
            Clone from
          </label>
          <select
            id="clone-from"
            value={fromPhase}
            onChange={(event) => setFromPhase(event.target.value as Phase)}
          >
            {PHASES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <button type="button" className="secondary" disabled={busy} onClick={() => action.mutate('clone')}>
            Clone
          </button>
        </span>
        {busy ? (
          <span className="muted" role="status">
            Working…
          </span>
        ) : null}
      </div>
      {action.data ? (
        <p className="muted" role="status">
          {action.data}
        </p>
      ) : null}
      {action.error ? <ErrorPanel error={action.error} title="The action failed" /> : null}
    </section>
  );
}
