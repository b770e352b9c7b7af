import { Inject, Injectable } from '@nestjs/common';
import type {
  BudgetReleaseDto,
  BudgetReservationDto,
  BudgetSettlementDto,
  ReleaseBudgetDto,
  ReserveBudgetDto,
  SettleBudgetDto,
} from '@slipway/contracts';
import { APP_CONFIG, Clock, ProblemException } from '@slipway/platform';
import type { CostApiConfig } from '../config';
import type { NodeRecord } from '../hierarchy/hierarchy-records';
import type { Organization } from '../organizations/org-directory';
import { OrgCalendar } from '../quota/org-calendar';
import { BudgetBook, budgetNode, type BudgetTarget } from './budget-book';
import { BudgetMetrics } from './budget-metrics';
import { reachedDto, reservationDto, settlementDto } from './budget-mapping';
import { callCost, toMicros, worstCase } from './budget-money';
import { BudgetNotifications } from './budget-notifications';
import { budgetRefusal } from './budget-refusal';
import { BudgetSeeds } from './budget-seeds';
import { BudgetStore } from './budget-store';
import type { CrossedBudget, ReservationRecord, ReserveOutcome, ReserveRequest } from './budget.types';
import { CallPrices } from './call-prices';

/**
 * Budgets enforced before the money is spent. Before a model call its caller reserves the worst
 * case (every input token and max output at the price in force) on the call's hierarchy node and
 * every ancestor, in one script: a hard budget without room refuses it (429 `budget_exceeded`), a
 * soft one admits it and notifies once per window. After the call the reservation is settled to
 * what it cost, or released when it failed; one neither settled nor released by the end of its
 * lease (the caller died, or its settle never arrived) lapses to spent at its worst case — a lost
 * settle never lets a hard budget be passed — until a late settle replaces that by what the call
 * cost or the window is rebuilt from the ledger (BudgetSeeds.rebuild, the admin route). Repeating
 * a reserve, settle or release of one reservation id counts once.
 */
@Injectable()
export class BudgetReservations {
  constructor(
    private readonly store: BudgetStore,
    private readonly book: BudgetBook,
    private readonly prices: CallPrices,
    private readonly seeds: BudgetSeeds,
    private readonly notifications: BudgetNotifications,
    private readonly clock: Clock,
    private readonly metrics: BudgetMetrics,
    @Inject(APP_CONFIG) private readonly config: CostApiConfig,
  ) {}

  async reserve(org: Organization, dto: ReserveBudgetDto): Promise<BudgetReservationDto> {
    const at = this.clock.now();
    const calendar = new OrgCalendar(org.timezone);
    const [path, price] = await Promise.all([
      this.pathOf(org, dto),
      this.prices.inForce(org.id, dto.provider, dto.model, at),
    ]);
    const amount = worstCase(price, dto.input_tokens, dto.max_output_tokens);
    const request: ReserveRequest = {
      orgId: org.id,
      reservationId: dto.reservation_id,
      day: calendar.day(at),
      month: calendar.month(at),
      nowMs: at.getTime(),
      leaseMs: dto.lease_ms ?? this.config.BUDGET_RESERVATION_LEASE_MS,
      amount,
      path: path.map(budgetNode),
      record: { provider: dto.provider, model: dto.model, price },
    };
    const outcome = await this.held(org, request);
    if (outcome.outcome === 'refused') {
      this.metrics.reservations.labels('refused', outcome.period).inc();
      const node = path.find((candidate) => candidate.id === outcome.nodeId);
      if (!node) throw new Error(`the refusing node ${outcome.nodeId} is not on the path`);
      throw budgetRefusal(org, node, outcome, amount, calendar, at);
    }
    if (outcome.outcome === 'known') {
      this.metrics.reservations.labels('repeated', '').inc();
      const record = await this.store.record(org.id, dto.reservation_id);
      if (!record) throw new Error(`reservation ${dto.reservation_id} was known and is gone`);
      return reservationDto(dto.reservation_id, record, org, false, []);
    }
    this.metrics.reservations.labels('held', '').inc();
    await Promise.all(outcome.reached.map((crossed) => this.notify(org, request, path, crossed)));
    const record: ReservationRecord = {
      ...request.record,
      s: 'open',
      a: String(amount),
      n: request.path.map((node) => node.id),
      e: String(request.nowMs + request.leaseMs),
    };
    return reservationDto(dto.reservation_id, record, org, true, outcome.reached.map(reachedDto(path)));
  }

  /**
   * The call ended: what it cost (at the price it was held at) replaces its hold, in the windows of
   * now — where the ledger will count it. A reservation that lapsed (its worst case charged then is
   * taken back), or that Redis no longer knows, is still charged: the money was spent.
   */
  async settle(org: Organization, dto: SettleBudgetDto): Promise<BudgetSettlementDto> {
    const at = this.clock.now();
    const calendar = new OrgCalendar(org.timezone);
    const record = await this.store.record(org.id, dto.reservation_id);
    const fallback = record ?? (await this.unknownRecord(org, dto, at));
    const actual = toMicros(
      callCost(fallback.price, {
        input_tokens: dto.input_tokens,
        output_tokens: dto.output_tokens,
        cached_input_tokens: dto.cached_input_tokens ?? 0,
      }),
    );
    const outcome = await this.store.settle({
      orgId: org.id,
      reservationId: dto.reservation_id,
      day: calendar.day(at),
      month: calendar.month(at),
      nowMs: at.getTime(),
      actual,
      fallback,
    });
    if (outcome.outcome === 'released')
      throw new ProblemException(
        'conflict',
        `Reservation ${dto.reservation_id} was released; a released call cannot be settled`,
      );
    if (outcome.outcome === 'repeated') {
      this.metrics.settles.labels('settled').inc();
      return settlementDto(dto.reservation_id, org, outcome.actual, null, 'settled');
    }
    this.metrics.settles.labels(outcome.was).inc();
    return settlementDto(dto.reservation_id, org, actual, outcome.held, outcome.was);
  }

  async release(org: Organization, dto: ReleaseBudgetDto): Promise<BudgetReleaseDto> {
    const released = await this.store.release(org.id, dto.reservation_id, this.clock.now().getTime());
    return { reservation_id: dto.reservation_id, released };
  }

  /** The reserve, the org's windows seeded from the ledger first when Redis has none. */
  private async held(
    org: Organization,
    request: ReserveRequest,
  ): Promise<Exclude<ReserveOutcome, { outcome: 'needs_seed' }>> {
    const timer = this.metrics.reserveSeconds.startTimer();
    try {
      let outcome = await this.store.reserve(request);
      // At most one seed per period: a window seeded is never unseeded within a call.
      for (let seeded = 0; outcome.outcome === 'needs_seed' && seeded < 2; seeded++) {
        const window = outcome.period === 'daily' ? request.day : request.month;
        await this.seeds.seed(org.id, outcome.period, window);
        outcome = await this.store.reserve(request);
      }
      if (outcome.outcome === 'needs_seed')
        throw new Error(`the ${outcome.period} budget window of ${org.slug} lost its seed at once`);
      return outcome;
    } finally {
      timer();
    }
  }

  private async pathOf(org: Organization, target: BudgetTarget): Promise<NodeRecord[]> {
    const path = await this.book.path(org.id, target);
    if (target.node_id && path.length === 0)
      throw ProblemException.notFound(`Hierarchy node ${target.node_id}`);
    return path;
  }

  /** What a reservation Redis does not know is charged on: the body's nodes, at the price in force now. */
  private async unknownRecord(org: Organization, dto: SettleBudgetDto, at: Date): Promise<ReservationRecord> {
    const [path, price] = await Promise.all([
      this.pathOf(org, dto),
      dto.provider && dto.model ? this.prices.inForce(org.id, dto.provider, dto.model, at) : null,
    ]);
    return {
      s: 'settled',
      a: '0',
      n: path.map((node) => node.id),
      e: String(at.getTime()),
      provider: dto.provider ?? '',
      model: dto.model ?? '',
      price,
    };
  }

  /** Notifies a soft budget crossed; a notification not sent is unmarked, so the next crossing sends it. */
  private async notify(
    org: Organization,
    request: ReserveRequest,
    path: NodeRecord[],
    crossed: CrossedBudget,
  ): Promise<void> {
    const node = path.find((candidate) => candidate.id === crossed.nodeId);
    const budget = request.path.find((candidate) => candidate.id === crossed.nodeId)?.[crossed.period];
    if (!node || budget === undefined || budget === null) return;
    const window = crossed.period === 'daily' ? request.day : request.month;
    const sent = await this.notifications.reached(org, {
      node,
      period: crossed.period,
      window,
      budget,
      spent: crossed.spent,
      reserved: crossed.reserved,
      amount: request.amount,
      reservationId: request.reservationId,
    });
    if (!sent) await this.store.unmarkReached(org.id, crossed.period, window, node.id);
  }
}
