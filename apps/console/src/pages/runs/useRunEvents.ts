import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { follow, type StreamEvent } from '../../api/sse';
import { ME_KEY } from '../../app/auth';
import { runKeys, type Phase, type RunStatus } from './runs-api';

/** Every event type orchestrator-runs records for a run, plus the stream's closing `end`. */
export const RUN_EVENT_TYPES = [
  'run.created',
  'run.advanced',
  'run.awaiting_approval',
  'run.completed',
  'run.failed',
  'run.cancelling',
  'run.cancelled',
  'run.crashed',
  'phase.dispatched',
  'phase.started',
  'phase.completed',
  'phase.failed',
  'phase.lost',
  'phase.retrying',
  'phase.cancelled',
  'agent.started',
  'agent.completed',
  'artifact.created',
  'usage.recorded',
  'log.line',
  'governance.blocked',
  'end',
] as const;

/** One recorded event of a run, as the stream sends it. */
export interface RunEvent {
  seq: number;
  type: string;
  phase: Phase | null;
  payload: Record<string, unknown>;
  created_at: string;
}

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'ended' | 'closed';

export interface RunEvents {
  events: RunEvent[];
  state: StreamState;
  /** The status the stream's `end` reported. */
  endStatus?: RunStatus;
}

/** Events after which the run's record (status, phases, hold) has changed. */
const RUN_CHANGES = /^(run\.|phase\.|governance\.)/;
/** How long a burst of events may take before the queries they touch are read again. */
const REFRESH_MS = 250;

function parse(event: StreamEvent): RunEvent | undefined {
  try {
    const data = JSON.parse(event.data) as Partial<RunEvent>;
    if (typeof data.seq !== 'number' || typeof data.type !== 'string') return undefined;
    return {
      seq: data.seq,
      type: data.type,
      phase: data.phase ?? null,
      payload: typeof data.payload === 'object' && data.payload !== null ? data.payload : {},
      created_at: data.created_at ?? '',
    };
  } catch {
    return undefined;
  }
}

/**
 * Follows a run's event stream: every recorded event once, in order (follow() drops what a resume
 * replays), and the run's queries refreshed as events say they changed. The stream closes at `end`.
 */
export function useRunEvents(runId: string): RunEvents {
  const client = useQueryClient();
  const [events, setEvents] = useState<RunEvent[]>([]);
  const [state, setState] = useState<StreamState>('connecting');
  const [endStatus, setEndStatus] = useState<RunStatus>();

  useEffect(() => {
    setEvents([]);
    setState('connecting');
    setEndStatus(undefined);
    let ended = false;
    // A replay sends many events at once: the queries they touch are read again once per burst.
    const stale = new Set<'run' | 'artifacts' | 'metrics'>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      for (const what of stale) {
        const queryKey =
          what === 'run'
            ? runKeys.run(runId)
            : what === 'artifacts'
              ? runKeys.artifacts(runId)
              : runKeys.metrics(runId);
        void client.invalidateQueries({ queryKey, exact: true });
      }
      stale.clear();
    };
    const refresh = (type: string) => {
      if (RUN_CHANGES.test(type)) stale.add('run');
      if (type === 'artifact.created' || type === 'run.ended') stale.add('artifacts');
      if (type === 'usage.recorded' || RUN_CHANGES.test(type)) stale.add('metrics');
      if (stale.size > 0 && timer === undefined) timer = setTimeout(flush, REFRESH_MS);
    };
    let pending: RunEvent[] = [];
    let frame = 0;
    const show = () => {
      frame = 0;
      const batch = pending;
      pending = [];
      // follow() dedupes by id; a stream restarted elsewhere could still replay: keep seq order.
      setEvents((list) => {
        let last = list.length > 0 ? list[list.length - 1].seq : -Infinity;
        const fresh = batch.filter((event) => event.seq > last && ((last = event.seq), true));
        return fresh.length > 0 ? list.concat(fresh) : list;
      });
    };
    const stop = follow(`/runs/${encodeURIComponent(runId)}/events`, RUN_EVENT_TYPES, {
      onOpen: () => setState('live'),
      onDrop: () => {
        if (!ended) setState('reconnecting');
      },
      onClose: () => {
        if (ended) return;
        setState('closed');
        // An ended session is the usual reason: the layout then sends the person to log in.
        void client.invalidateQueries({ queryKey: ME_KEY });
      },
      onEvent: (message) => {
        if (message.type === 'end') {
          ended = true;
          stop();
          if (frame) cancelAnimationFrame(frame);
          show();
          setState('ended');
          try {
            const data = JSON.parse(message.data) as { status?: RunStatus };
            setEndStatus(data.status);
          } catch {
            setEndStatus(undefined);
          }
          refresh('run.ended');
          return;
        }
        const event = parse(message);
        if (!event) return;
        // A replay of a long history arrives as thousands of messages: they are shown once per frame.
        pending.push(event);
        frame ||= requestAnimationFrame(show);
        refresh(event.type);
      },
    });
    return () => {
      ended = true;
      stop();
      if (timer !== undefined) clearTimeout(timer);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [runId, client]);

  return { events, state, endStatus };
}
