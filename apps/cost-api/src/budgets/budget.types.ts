/** What the budget store is asked and answers. Amounts are whole micro-units of the org's currency. */
import type { BudgetPeriod, ReservationState } from '@slipway/contracts';

/** One node of a reservation's path, with its budgets (null: none) in micro-units. */
export interface BudgetNode {
  id: string;
  daily: number | null;
  monthly: number | null;
  /** Hard refuses a call over the budget; soft admits it and notifies. */
  hard: boolean;
}

/** The price a reservation was held at (model_prices' per-1M figures), for its settle. */
export interface HeldPrice {
  id: string;
  input_per_1m: string;
  output_per_1m: string;
  cached_input_per_1m: string | null;
  per_request: string | null;
}

/** A reservation as Redis keeps it (short field names: one record per call). */
export interface ReservationRecord {
  /** State. */
  s: ReservationState;
  /** The amount held. */
  a: string;
  /** The nodes charged, root first. */
  n: string[];
  /** Expiry, epoch ms. */
  e: string;
  /** What it cost, once settled. */
  x?: string;
  /** The org's local day and month it was held in: the windows a lapse charges. */
  d?: string;
  m?: string;
  /** When it lapsed (epoch ms), while its worst case stands charged in those windows (a late settle takes it back). */
  l?: number;
  provider: string;
  model: string;
  /** Null: no price in force, held and charged at 0. */
  price: HeldPrice | null;
}

export interface ReserveRequest {
  orgId: string;
  reservationId: string;
  /** The org's local date (YYYY-MM-DD) and month (YYYY-MM) at `nowMs`. */
  day: string;
  month: string;
  nowMs: number;
  leaseMs: number;
  amount: number;
  /** The node charged and its ancestors, root first. */
  path: BudgetNode[];
  record: Omit<ReservationRecord, 's' | 'a' | 'n' | 'e'>;
}

/** A soft budget crossed for the first time in its window: the figures before the call. */
export interface CrossedBudget {
  nodeId: string;
  period: BudgetPeriod;
  spent: number;
  reserved: number;
}

export type ReserveOutcome =
  | { outcome: 'held'; reached: CrossedBudget[] }
  /** This reservation id was reserved before: nothing is held again. */
  | { outcome: 'known'; state: ReservationState }
  | {
      outcome: 'refused';
      nodeId: string;
      period: BudgetPeriod;
      budget: number;
      spent: number;
      reserved: number;
    }
  /** A window of the org has no projection yet: seed it from the ledger, then retry. */
  | { outcome: 'needs_seed'; period: BudgetPeriod };

export interface SettleRequest {
  orgId: string;
  reservationId: string;
  day: string;
  month: string;
  nowMs: number;
  actual: number;
  /** Charged when the reservation is not known (forgotten, or Redis lost it): the caller's nodes. */
  fallback: ReservationRecord;
}

export type SettleOutcome =
  | { outcome: 'settled'; was: 'open' | 'expired' | 'unknown'; held: number | null }
  | { outcome: 'repeated'; actual: number }
  | { outcome: 'released' };

/** One window's figures: spent per node (subtree included), whether seeded. */
export interface WindowFigures {
  seeded: boolean;
  spent: Map<string, number>;
}

export interface BudgetFigures {
  daily: WindowFigures;
  monthly: WindowFigures;
  reserved: Map<string, number>;
}
