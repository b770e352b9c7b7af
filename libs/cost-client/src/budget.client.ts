import { Inject, Injectable } from '@nestjs/common';
import type {
  BudgetReleaseDto,
  BudgetReservationDto,
  BudgetSettlementDto,
  ReserveBudgetDto,
  SettleBudgetDto,
} from '@slipway/contracts';
import { AppLogger } from '@slipway/platform';
import { randomUUID } from 'node:crypto';
import { COST_CLIENT_OPTIONS, type CostClientOptions } from './cost-admission.client';
import { CostApiCalls } from './cost-api-calls';
import { AdmissionRefusedError } from './errors';

const BUDGETS = '/api/v1/budgets';

/** Tokens a model call used, as its provider counted them. */
export interface CallUsage {
  input_tokens: number;
  output_tokens: number;
  cached_input_tokens: number;
  /** The provider's response id, when there is one. */
  usage_id?: string;
}

/** One model call to run within the budgets of its organization's hierarchy. */
export interface BudgetedCall<T> {
  /** The organization's slug. */
  org: string;
  /** What is reserved: where it is charged, the model, the prompt estimate and max output. */
  reserve: Omit<ReserveBudgetDto, 'reservation_id'>;
  call: () => Promise<T>;
  /** What the finished call used. */
  usage: (result: T) => CallUsage;
  /** What a failed call still used (a model answered before it failed), or null: nothing spent, released. */
  failedUsage?: (error: unknown) => CallUsage | null;
}

/** Whether an error is cost-api's refusal of a reservation by a hard budget (429 `budget_exceeded`). */
export const isBudgetExceeded = (error: unknown): error is AdmissionRefusedError =>
  error instanceof AdmissionRefusedError && error.code === 'budget_exceeded';

/**
 * cost-api's budget reservations around a model call, as the service itself: `reserve` holds the
 * call's worst case on its hierarchy node and every ancestor (a hard budget without room throws
 * `AdmissionRefusedError` with `budget_exceeded`, its detail and Retry-After), `settle` replaces it
 * by what the call cost, `release` gives it back when the call failed. `spend` does all three
 * around one call. Each is idempotent on the reservation id, so the transport may send it again.
 */
@Injectable()
export class BudgetClient {
  private readonly calls: CostApiCalls;

  constructor(
    @Inject(COST_CLIENT_OPTIONS) options: CostClientOptions,
    @Inject(AppLogger) private readonly logger: AppLogger,
  ) {
    this.calls = new CostApiCalls(options, 8);
  }

  /** False when COST_API_URL is unset: no call is reserved then. */
  get enabled(): boolean {
    return this.calls.enabled;
  }

  reserve(org: string, body: ReserveBudgetDto): Promise<BudgetReservationDto> {
    return this.calls.post(`${BUDGETS}/reserve/${encodeURIComponent(org)}`, body);
  }

  settle(org: string, body: SettleBudgetDto): Promise<BudgetSettlementDto> {
    return this.calls.post(`${BUDGETS}/settle/${encodeURIComponent(org)}`, body);
  }

  release(org: string, reservationId: string): Promise<BudgetReleaseDto> {
    return this.calls.post(`${BUDGETS}/release/${encodeURIComponent(org)}`, {
      reservation_id: reservationId,
    });
  }

  /**
   * Reserves, runs the call, then settles what it used — or releases when it failed having used
   * nothing. A refused or unanswered reserve throws before the call (fail closed: no budget is
   * passed while cost-api cannot say). A settle or release is sent again on a dropped connection or
   * a 5xx (the transport's retries; each is idempotent on the reservation id); one that still fails
   * is logged, not thrown: the call's answer stands, and cost-api lapses the hold after its lease
   * to spent at its worst case — a lost settle never lets a hard budget be passed — until the
   * operator rebuilds the window from the ledger, which has the call from cost.usage.
   */
  async spend<T>(budgeted: BudgetedCall<T>): Promise<T> {
    const reservationId = randomUUID();
    const { org, reserve } = budgeted;
    await this.reserve(org, { ...reserve, reservation_id: reservationId });
    const target = {
      reservation_id: reservationId,
      ...(reserve.project_id ? { project_id: reserve.project_id } : {}),
      ...(reserve.node_id ? { node_id: reserve.node_id } : {}),
      provider: reserve.provider,
      model: reserve.model,
    };
    let result: T;
    try {
      result = await budgeted.call();
    } catch (error) {
      const used = budgeted.failedUsage?.(error) ?? null;
      await this.quietly(org, reservationId, () =>
        used ? this.settle(org, { ...target, ...used }) : this.release(org, reservationId),
      );
      throw error;
    }
    await this.quietly(org, reservationId, () => this.settle(org, { ...target, ...budgeted.usage(result) }));
    return result;
  }

  close(): Promise<void> {
    return this.calls.close();
  }

  private async quietly(org: string, reservationId: string, close: () => Promise<unknown>): Promise<void> {
    try {
      await close();
    } catch (error) {
      this.logger.warn(
        { err: error, org, reservation_id: reservationId },
        'the budget reservation was not settled or released; it lapses after its lease, charged at its worst case',
      );
    }
  }
}
