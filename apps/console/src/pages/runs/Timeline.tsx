import { Link } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { duration, money, when } from '../../ui/format';
import { Empty, StatusBadge } from '../../ui/states';
import { PHASES, type Phase, type RunDetail } from './runs-api';
import type { RunEvent } from './useRunEvents';

/** The six phases in order, each with its state; a phase is a link that narrows the history to it. */
export function PhaseTrack({ run, selected }: { run: RunDetail; selected?: Phase }) {
  return (
    <ol className="phase-track" aria-label="Phases">
      {PHASES.map((name) => {
        const info = run.phases.find((phase) => phase.phase === name);
        const status = info?.status ?? 'pending';
        const current = run.current_phase === name && !['completed', 'skipped'].includes(status);
        return (
          <li key={name} className={`phase ${status}${current ? ' current' : ''}`}>
            <Link
              to="/delivery/$runId"
              params={{ runId: run.run_id }}
              search={(prev) => ({
                ...prev,
                tab: 'timeline' as const,
                phase: selected === name ? undefined : name,
              })}
              aria-current={selected === name ? 'true' : undefined}
              aria-label={`${name}: ${status}`}
            >
              <span className="phase-name">{name}</span>
              <StatusBadge
                status={current && run.status === 'awaiting_approval' ? 'awaiting_approval' : status}
              />
              <span className="muted small">
                {info?.duration_seconds != null ? duration(info.duration_seconds * 1000) : '—'}
                {info && info.artifacts_count > 0 ? ` · ${info.artifacts_count} files` : ''}
                {info && info.attempt > 1 ? ` · attempt ${info.attempt}` : ''}
              </span>
              {info?.error ? <span className="bad-text small">{info.error}</span> : null}
            </Link>
          </li>
        );
      })}
    </ol>
  );
}

/** One line of a run's history as a person reads it. */
export function describe(event: RunEvent): string {
  const p = event.payload;
  const text = (key: string) =>
    typeof p[key] === 'string' || typeof p[key] === 'number' ? String(p[key]) : '';
  switch (event.type) {
    case 'log.line':
      return text('line') || text('message') || text('text');
    case 'agent.started':
      return `${text('agent_id')} started${text('role') ? ` (${text('role')})` : ''}`;
    case 'agent.completed':
      return `${text('agent_id')} completed`;
    case 'artifact.created':
      return `${text('name') || text('path')} written${text('size_bytes') ? ` (${text('size_bytes')} bytes)` : ''}`;
    case 'usage.recorded':
      return `${text('agent_id')} · ${text('model')} · ${text('input_tokens') || text('input') || '0'} in / ${
        text('output_tokens') || text('output') || '0'
      } out · ${money(text('cost_usd') || null)}`;
    case 'governance.blocked': {
      const checks = Array.isArray(p.failed_checks) ? p.failed_checks.length : 0;
      return `${checks} governance check(s) failed`;
    }
    case 'run.awaiting_approval':
      return `waiting for approval: ${text('detail') || text('reason')}`;
    case 'run.failed':
    case 'run.crashed':
    case 'phase.failed':
      return text('error') || event.type;
    default:
      return Object.keys(p).length > 0 ? JSON.stringify(p) : '';
  }
}

const ROW_PX = 26;

/**
 * The run's history, newest at the bottom, virtualized so a long run stays smooth; it follows new
 * events while scrolled to the end and stays put once the reader scrolls up.
 */
export function EventHistory({ events, phase }: { events: RunEvent[]; phase?: Phase }) {
  const shown = phase ? events.filter((event) => event.phase === phase) : events;
  const scroller = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  const rows = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 20,
    initialRect: { width: 800, height: 420 },
  });
  useEffect(() => {
    if (atEnd.current && shown.length > 0) rows.scrollToIndex(shown.length - 1, { align: 'end' });
  }, [shown.length, rows]);

  if (shown.length === 0) return <Empty>{phase ? `No events in ${phase} yet.` : 'No events yet.'}</Empty>;
  return (
    <div
      className="event-history"
      ref={scroller}
      role="log"
      aria-label="Run events"
      tabIndex={0}
      onScroll={(event) => {
        const el = event.currentTarget;
        atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < ROW_PX * 2;
      }}
    >
      <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
        {rows.getVirtualItems().map((row) => {
          const event = shown[row.index];
          return (
            <div
              key={event.seq}
              className={`event ${event.type.replace('.', '-')}`}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_PX,
                transform: `translateY(${row.start}px)`,
              }}
              data-seq={event.seq}
            >
              <span className="seq muted">#{event.seq}</span>
              <span className="time muted" title={event.created_at}>
                {when(event.created_at)}
              </span>
              <span className="type">{event.type}</span>
              <span className="phase-tag muted">{event.phase ?? ''}</span>
              <span className="text">{describe(event)}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
