import { admissionKeys } from './admission-keys';
import type { ReserveRequest } from './admission.types';

/**
 * The admission scripts. Each runs whole inside Redis, so no other caller sees a count without
 * its lease or a half-seeded organization. A lease is live while its score (expiry, epoch ms) is
 * above now; expired leases are pruned by whichever script runs next — no sweeper — and their
 * members kept in the `expired` set for cleanup-stale.
 *
 * KEYS (all of one org, one hash tag): seeded marker, leases, expired, then daily and monthly.
 * ARGV[1] is always now (epoch ms, the caller's clock).
 */

/** Removes the leases expired at `now` and keeps their members in the expired set. */
const PRUNE = `
local function prune(leases, expired, now, expiredTtl)
  local gone = redis.call('ZRANGEBYSCORE', leases, '-inf', now)
  if #gone == 0 then return gone end
  redis.call('ZREMRANGEBYSCORE', leases, '-inf', now)
  for i = 1, #gone, 1000 do
    redis.call('SADD', expired, unpack(gone, i, math.min(i + 999, #gone)))
  end
  redis.call('EXPIRE', expired, expiredTtl)
  return gone
end
`;

/**
 * ARGV: now, member, leaseMs, dailyLimit, monthlyLimit, concurrentLimit, dayTtlS, monthTtlS,
 * expiredTtlS. Answers {code, daily, monthly, concurrent}: code 1 admitted (counted), 2 already
 * held (lease renewed, nothing counted), 0 not seeded, -1/-2/-3 refused by the daily, monthly or
 * concurrency limit; the figures are the usage after the call.
 */
export const RESERVE = `${PRUNE}
if redis.call('EXISTS', KEYS[1]) == 0 then return {0, 0, 0, 0} end
local now, member, lease = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3])
prune(KEYS[2], KEYS[3], now, ARGV[9])
local daily = tonumber(redis.call('GET', KEYS[4]) or '0')
local monthly = tonumber(redis.call('GET', KEYS[5]) or '0')
local concurrent = redis.call('ZCARD', KEYS[2])
if redis.call('ZSCORE', KEYS[2], member) then
  redis.call('ZADD', KEYS[2], now + lease, member)
  return {2, daily, monthly, concurrent}
end
if daily >= tonumber(ARGV[4]) then return {-1, daily, monthly, concurrent} end
if monthly >= tonumber(ARGV[5]) then return {-2, daily, monthly, concurrent} end
if concurrent >= tonumber(ARGV[6]) then return {-3, daily, monthly, concurrent} end
daily = redis.call('INCR', KEYS[4])
if daily == 1 then redis.call('EXPIRE', KEYS[4], ARGV[7]) end
monthly = redis.call('INCR', KEYS[5])
if monthly == 1 then redis.call('EXPIRE', KEYS[5], ARGV[8]) end
redis.call('ZADD', KEYS[2], now + lease, member)
return {1, daily, monthly, concurrent + 1}`;

/**
 * ARGV: now, member, leaseMs, expiredTtlS. Answers 1 renewed, 0 not seeded, -1 no live lease
 * (an expired one is not revived: its slot may already have gone to another pipeline).
 */
export const RENEW = `${PRUNE}
local now = tonumber(ARGV[1])
prune(KEYS[2], KEYS[3], now, ARGV[4])
if redis.call('ZSCORE', KEYS[2], ARGV[2]) then
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), ARGV[2])
  return 1
end
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
return -1`;

/** ARGV: now, expiredTtlS. Prunes, then answers every member pruned and not yet forgotten. */
export const PRUNE_STALE = `${PRUNE}
prune(KEYS[2], KEYS[3], tonumber(ARGV[1]), ARGV[2])
return redis.call('SMEMBERS', KEYS[3])`;

/**
 * ARGV: now. Answers {seeded 1|0, daily, monthly, live leases} without changing anything (a lease
 * past its expiry is not counted even before it is pruned).
 */
export const USAGE = `
return {
  redis.call('EXISTS', KEYS[1]),
  tonumber(redis.call('GET', KEYS[4]) or '0'),
  tonumber(redis.call('GET', KEYS[5]) or '0'),
  redis.call('ZCOUNT', KEYS[2], '(' .. ARGV[1], '+inf')
}`;

/**
 * ARGV: now, force 0|1, dailyUsed, monthlyUsed, dayTtlS, monthTtlS, then member, expiresMs pairs.
 * Unless forced, does nothing when the org is already seeded (of two concurrent seeders one
 * writes). Counters are set to the records' figures plus the admissions in flight (live leases in
 * Redis that the records do not hold yet); the records' leases are added to those in Redis (a
 * later expiry wins).
 * Answers {written 1|0, then the usage before: seeded, daily, monthly, live leases}.
 */
export const SEED = `
local before = {
  redis.call('EXISTS', KEYS[1]),
  tonumber(redis.call('GET', KEYS[4]) or '0'),
  tonumber(redis.call('GET', KEYS[5]) or '0'),
  redis.call('ZCOUNT', KEYS[2], '(' .. ARGV[1], '+inf')
}
if before[1] == 1 and ARGV[2] == '0' then return {0, unpack(before)} end
-- A live lease the records do not hold is an admission in flight (reserved, its record not yet
-- written): it counts on top of the records, so a rebuild never forgets one.
local recorded = {}
for j = 7, #ARGV, 2 do recorded[ARGV[j]] = true end
local inflight = 0
for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. ARGV[1], '+inf')) do
  if not recorded[member] then inflight = inflight + 1 end
end
redis.call('SET', KEYS[4], tonumber(ARGV[3]) + inflight, 'EX', ARGV[5])
redis.call('SET', KEYS[5], tonumber(ARGV[4]) + inflight, 'EX', ARGV[6])
for i = 7, #ARGV, 1000 do
  local batch = {}
  for j = i, math.min(i + 999, #ARGV), 2 do
    table.insert(batch, ARGV[j + 1])
    table.insert(batch, ARGV[j])
  end
  redis.call('ZADD', KEYS[2], 'GT', unpack(batch))
end
redis.call('SET', KEYS[1], ARGV[1])
return {1, unpack(before)}`;

/** A window's key lives this long from the write that made it (the first count or a seed): past the window's end in any timezone. */
export const DAY_TTL_S = 3 * 86_400;
export const MONTH_TTL_S = 62 * 86_400;
/** How long a pruned member waits for cleanup-stale to mark its record. */
export const EXPIRED_TTL_S = 31 * 86_400;

/** KEYS and ARGV of the reserve script (ARGV[1] is now: a caller elsewhere may put its own time there). */
export function reserveArguments(prefix: string, request: ReserveRequest): (string | number)[] {
  const { orgId, member, day, month, limits, nowMs, leaseMs } = request;
  for (const quota of ['daily', 'monthly', 'concurrent'] as const) whole(`${quota} limit`, limits[quota], 0);
  return [
    ...windowKeys(prefix, orgId, day, month),
    whole('now', nowMs, 0),
    member,
    whole('lease', leaseMs, 1),
    limits.daily,
    limits.monthly,
    limits.concurrent,
    DAY_TTL_S,
    MONTH_TTL_S,
    EXPIRED_TTL_S,
  ];
}

/** KEYS and ARGV of the renew script (ARGV[1] is now). */
export function renewArguments(
  prefix: string,
  orgId: string,
  member: string,
  nowMs: number,
  leaseMs: number,
) {
  const keys = admissionKeys(prefix, orgId);
  return [
    keys.seeded,
    keys.leases,
    keys.expired,
    whole('now', nowMs, 0),
    member,
    whole('lease', leaseMs, 1),
    EXPIRED_TTL_S,
  ];
}

/** KEYS of the scripts that read a window: seeded, leases, expired, daily, monthly. */
export function windowKeys(prefix: string, orgId: string, day: string, month: string): string[] {
  const keys = admissionKeys(prefix, orgId);
  return [keys.seeded, keys.leases, keys.expired, keys.daily(day), keys.monthly(month)];
}

export function whole(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return value;
}
