/** What the admission store is asked and answers. */

export type AdmissionQuota = 'daily' | 'monthly' | 'concurrent';
/** Pipelines counted today and this month (the org's local date), and live concurrency slots. */
export type AdmissionUsage = Record<AdmissionQuota, number>;
export type AdmissionLimits = Record<AdmissionQuota, number>;

export interface ReserveRequest {
  orgId: string;
  /** `leaseMember(kind, pipelineId)`. */
  member: string;
  /** The org's local date (YYYY-MM-DD) and month (YYYY-MM) at `nowMs`. */
  day: string;
  month: string;
  limits: AdmissionLimits;
  nowMs: number;
  /** How long the slot is held without a heartbeat (renew). */
  leaseMs: number;
}

export type ReserveOutcome =
  /** `counted` is false when the member already held a lease: renewed, nothing counted twice. */
  | { outcome: 'admitted'; counted: boolean; usage: AdmissionUsage }
  | { outcome: 'refused'; quota: AdmissionQuota; used: number; limit: number; usage: AdmissionUsage }
  /** Redis holds no projection of this org (a restart): seed it from the records, then retry. */
  | { outcome: 'needs_seed' };

/** `gone`: no live lease (expired or released); `needs_seed`: Redis lost the org's projection. */
export type RenewOutcome = 'renewed' | 'gone' | 'needs_seed';

/** What the durable records (pipeline_runs) say of one day and month of an org. */
export interface AdmissionSnapshot {
  day: string;
  month: string;
  dailyUsed: number;
  monthlyUsed: number;
  /** The org's pipelines still `admitted`, with their records' lease expiry. */
  leases: { member: string; expiresMs: number }[];
}

export interface SeedResult {
  /** False when another seeder came first (nothing written). */
  written: boolean;
  /** The projection as it was just before. */
  before: AdmissionUsage & { seeded: boolean };
}
