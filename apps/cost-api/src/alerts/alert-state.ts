import type { CostAlertState } from '@slipway/contracts';
import { Money } from '@slipway/pricing';

/** What an evaluation measured: the window it belongs to, the value, and whether it crosses. */
export interface Measurement {
  window: string;
  /** Exact decimal; null when it could not be computed (then nothing changes). */
  value: string | null;
  above: boolean;
  detail: Record<string, unknown>;
}

/** Where an alert stands, as its row says. */
export interface AlertStanding {
  state: CostAlertState;
  threshold: string;
  last_window: string | null;
  last_threshold: string | null;
}

/** What to do about a measurement: the state to enter (with its history row), and what to tell. */
export interface Transition {
  from: CostAlertState;
  to: CostAlertState;
  notify: 'triggered' | 'resolved' | null;
  /** The window and threshold now notified (triggering only). */
  notified: { window: string; threshold: string } | null;
}

const sameAmount = (a: string | null, b: string): boolean => a !== null && new Money(a).equals(new Money(b));

/**
 * OK → TRIGGERED → RESOLVED (→ TRIGGERED again). A crossing notifies once per (window,
 * threshold): crossing again in the same window at the same threshold changes the state but tells
 * no one, a new window or a changed threshold re-arms it (an alert still above when its window
 * turns notifies for the new one). Going back under resolves it, told once per (window, threshold)
 * too (the notification's key). Null: nothing changes.
 */
export function transition(alert: AlertStanding, measured: Measurement): Transition | null {
  if (measured.value === null) return null;
  if (measured.above) {
    const armed = !(
      alert.last_window === measured.window && sameAmount(alert.last_threshold, alert.threshold)
    );
    if (alert.state === 'triggered' && !armed) return null;
    return {
      from: alert.state,
      to: 'triggered',
      notify: armed ? 'triggered' : null,
      notified: armed ? { window: measured.window, threshold: new Money(alert.threshold).toFixed() } : null,
    };
  }
  if (alert.state !== 'triggered') return null;
  return { from: 'triggered', to: 'resolved', notify: 'resolved', notified: null };
}
