import type { BudgetReservationDto, BudgetSettlementDto } from '@slipway/contracts';
import type { NodeRecord } from '../hierarchy/hierarchy-records';
import type { Organization } from '../organizations/org-directory';
import { fromMicros } from './budget-money';
import type { CrossedBudget, ReservationRecord } from './budget.types';

/** Reservations and settlements as the budget routes answer them, amounts as exact decimals. */

export const reachedDto = (path: NodeRecord[]) => (crossed: CrossedBudget) => {
  const node = path.find((candidate) => candidate.id === crossed.nodeId);
  const budget = crossed.period === 'daily' ? node?.daily_budget : node?.monthly_budget;
  return { node_id: crossed.nodeId, period: crossed.period, budget: budget ?? '0' };
};

export function reservationDto(
  id: string,
  record: ReservationRecord,
  org: Organization,
  created: boolean,
  reached: BudgetReservationDto['reached'],
): BudgetReservationDto {
  return {
    reservation_id: id,
    state: record.s,
    created,
    amount: fromMicros(Number(record.a)),
    currency: org.currency,
    priced: record.price !== null,
    node_ids: record.n,
    expires_at: new Date(Number(record.e)).toISOString(),
    reached,
  };
}

export function settlementDto(
  id: string,
  org: Organization,
  actual: number,
  held: number | null,
  was: BudgetSettlementDto['was'],
): BudgetSettlementDto {
  return {
    reservation_id: id,
    amount: fromMicros(actual),
    reserved_amount: held === null ? null : fromMicros(held),
    currency: org.currency,
    was,
  };
}
