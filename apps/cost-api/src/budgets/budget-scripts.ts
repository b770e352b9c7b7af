/**
 * The budget scripts. Each runs whole inside Redis: a reservation is checked against every node of
 * its path and held on all of them, or on none. Amounts are whole micro-units passed and stored as
 * decimal strings (Lua's numbers are doubles, exact to 2^53; a Lua number handed to a command would
 * be printed with 14 digits); comparisons are of doubles, exact below 2^53 micro-units (9·10^9 of
 * the currency).
 *
 * A reservation is a lease: open until settled, released or past its expiry. Expired ones are
 * pruned by whichever script runs next (a bounded batch) and by `pruneStale`: their holds become
 * spent at the worst case held, in the windows they were held in (the call may have run and its
 * settle been lost: a hard budget is never passed for that), the record stays `expired` and
 * `l`apsed (when), and a late settle replaces the worst case by what the call cost. The ledger
 * has the last word: a rebuild sets a window to its figures (marking when, `_rebuilt`, so a late
 * settle takes back no worst case the rebuild already dropped). Closed records are kept a while for
 * idempotency, then forgotten.
 *
 * Common KEYS: reserved, leases, reservations, closed (the first four of every script). The
 * windows a lapse charges are named from the reserved key and the record's day and month: keys of
 * the same hash tag, so of the same Redis Cluster slot as the declared ones.
 */

/** A window's keys live this long from their first write: past the window's end in any timezone. */
export const DAY_TTL_S = 3 * 86_400;
export const MONTH_TTL_S = 62 * 86_400;

/**
 * Expired holds charged as spent at their worst case (at most `batch`), and closed records older
 * than `keepMs` forgotten.
 */
const PRUNE = `
local function windowKeys(reserved, r)
  local org = string.sub(reserved, 1, -string.len(':reserved') - 1)
  return {{org .. ':spent:d:' .. r.d, ${DAY_TTL_S}}, {org .. ':spent:m:' .. r.m, ${MONTH_TTL_S}}}
end
local function prune(reserved, leases, records, closed, now, keepMs, batch)
  local gone = redis.call('ZRANGEBYSCORE', leases, '-inf', now, 'LIMIT', 0, batch)
  for _, id in ipairs(gone) do
    local held = redis.call('HGET', records, id)
    if held then
      local r = cjson.decode(held)
      if r.s == 'open' then
        for _, node in ipairs(r.n) do redis.call('HINCRBY', reserved, node, '-' .. r.a) end
        if r.d and r.m then
          for _, window in ipairs(windowKeys(reserved, r)) do
            for _, node in ipairs(r.n) do redis.call('HINCRBY', window[1], node, r.a) end
            if redis.call('TTL', window[1]) < 0 then redis.call('EXPIRE', window[1], window[2]) end
          end
          r.l = now
        end
        r.s = 'expired'
        redis.call('HSET', records, id, cjson.encode(r))
        redis.call('ZADD', closed, now, id)
      end
    end
    redis.call('ZREM', leases, id)
  end
  local old = redis.call('ZRANGEBYSCORE', closed, '-inf', now - keepMs, 'LIMIT', 0, batch)
  if #old > 0 then
    redis.call('HDEL', records, unpack(old))
    redis.call('ZREM', closed, unpack(old))
  end
  return #gone
end
`;

/** A key written to for the first time lives `ttl` seconds (a window's keys outlive the window). */
const KEEP = `
local function keep(key, ttl)
  if redis.call('TTL', key) < 0 then redis.call('EXPIRE', key, ttl) end
end
`;

/**
 * KEYS: reserved, leases, reservations, closed, spent today, spent this month, reached today,
 * reached this month. ARGV: now, id, amount, leaseMs, dayTtlS, monthTtlS, keepMs, record (JSON,
 * state open), node count, then per node (root first): id, daily budget, monthly budget (-1: none),
 * hard 1|0.
 * Answers {0, period} not seeded; {2, state} known already (nothing held again); {-1, node, period,
 * budget, spent, reserved} refused by a hard budget; {1, then node, period, spent, reserved per soft
 * budget crossed for the first time in its window} held.
 */
export const RESERVE = `${PRUNE}${KEEP}
local now, id, amount = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3])
prune(KEYS[1], KEYS[2], KEYS[3], KEYS[4], now, tonumber(ARGV[7]), 100)
local known = redis.call('HGET', KEYS[3], id)
if known then return {2, cjson.decode(known).s} end
if redis.call('HEXISTS', KEYS[5], '_seeded') == 0 then return {0, 'daily'} end
if redis.call('HEXISTS', KEYS[6], '_seeded') == 0 then return {0, 'monthly'} end
local spentKeys = {KEYS[5], KEYS[6]}
local periods = {'daily', 'monthly'}
local crossed = {}
local count = tonumber(ARGV[9])
for i = 0, count - 1 do
  local at = 10 + i * 4
  local node, hard = ARGV[at], ARGV[at + 3] == '1'
  local reserved = redis.call('HGET', KEYS[1], node) or '0'
  for p = 1, 2 do
    local budget = tonumber(ARGV[at + p])
    if budget >= 0 then
      local spent = redis.call('HGET', spentKeys[p], node) or '0'
      local used = tonumber(spent) + tonumber(reserved)
      if used + amount > budget or used >= budget then
        if hard then return {-1, node, periods[p], ARGV[at + p], spent, reserved} end
        table.insert(crossed, {node, p, spent, reserved})
      end
    end
  end
end
local answer = {1}
local reachedKeys = {KEYS[7], KEYS[8]}
local ttls = {ARGV[5], ARGV[6]}
for _, c in ipairs(crossed) do
  if redis.call('HSETNX', reachedKeys[c[2]], c[1], '1') == 1 then
    keep(reachedKeys[c[2]], ttls[c[2]])
    for _, v in ipairs({c[1], periods[c[2]], c[3], c[4]}) do table.insert(answer, v) end
  end
end
for i = 0, count - 1 do redis.call('HINCRBY', KEYS[1], ARGV[10 + i * 4], ARGV[3]) end
redis.call('HSET', KEYS[3], id, ARGV[8])
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[4]), id)
return answer`;

/**
 * KEYS: reserved, leases, reservations, closed, spent today, spent this month (the windows of the
 * settle: the call's spend lands where the ledger will put it). ARGV: now, id, actual, dayTtlS,
 * monthTtlS, keepMs, record (JSON) to charge when the reservation is unknown.
 * Answers {1, was, held amount} charged (was: open, expired, unknown); {2, 'settled', actual before}
 * settled already; {-1, 'released'} released before (nothing charged).
 */
export const SETTLE = `${PRUNE}${KEEP}
local now, id = tonumber(ARGV[1]), ARGV[2]
prune(KEYS[1], KEYS[2], KEYS[3], KEYS[4], now, tonumber(ARGV[6]), 100)
local known = redis.call('HGET', KEYS[3], id)
local r, was
if known then r = cjson.decode(known); was = r.s else r = cjson.decode(ARGV[7]); was = 'unknown' end
if was == 'settled' then return {2, was, r.x} end
if was == 'released' then return {-1, was} end
if was == 'open' then
  for _, node in ipairs(r.n) do redis.call('HINCRBY', KEYS[1], node, '-' .. r.a) end
  redis.call('ZREM', KEYS[2], id)
end
if was == 'expired' and r.l then
  for _, window in ipairs(windowKeys(KEYS[1], r)) do
    -- A window rebuilt from the ledger since the lapse holds no worst case of it any more.
    if tonumber(redis.call('HGET', window[1], '_rebuilt') or '0') < r.l then
      for _, node in ipairs(r.n) do redis.call('HINCRBY', window[1], node, '-' .. r.a) end
    end
  end
  r.l = nil
end
for _, node in ipairs(r.n) do
  redis.call('HINCRBY', KEYS[5], node, ARGV[3])
  redis.call('HINCRBY', KEYS[6], node, ARGV[3])
end
keep(KEYS[5], ARGV[4])
keep(KEYS[6], ARGV[5])
r.s = 'settled'
r.x = ARGV[3]
redis.call('HSET', KEYS[3], id, cjson.encode(r))
redis.call('ZADD', KEYS[4], now, id)
return {1, was, was == 'open' and r.a or '0'}`;

/**
 * KEYS: reserved, leases, reservations, closed. ARGV: now, id, keepMs, record (JSON, released) kept
 * for an unknown id. Answers {1, 'open'} released; {0, state} nothing held (released, expired,
 * settled, or unknown — then remembered as released, so a late settle is refused).
 */
export const RELEASE = `${PRUNE}
local now, id = tonumber(ARGV[1]), ARGV[2]
prune(KEYS[1], KEYS[2], KEYS[3], KEYS[4], now, tonumber(ARGV[3]), 100)
local known = redis.call('HGET', KEYS[3], id)
if not known then
  redis.call('HSET', KEYS[3], id, ARGV[4])
  redis.call('ZADD', KEYS[4], now, id)
  return {0, 'unknown'}
end
local r = cjson.decode(known)
if r.s ~= 'open' then return {0, r.s} end
for _, node in ipairs(r.n) do redis.call('HINCRBY', KEYS[1], node, '-' .. r.a) end
redis.call('ZREM', KEYS[2], id)
r.s = 'released'
redis.call('HSET', KEYS[3], id, cjson.encode(r))
redis.call('ZADD', KEYS[4], now, id)
return {1, 'open'}`;

/** KEYS: reserved, leases, reservations, closed. ARGV: now, keepMs, batch. Answers how many holds expired. */
export const PRUNE_STALE = `${PRUNE}
return prune(KEYS[1], KEYS[2], KEYS[3], KEYS[4], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]))`;

/**
 * KEYS: reserved, leases, reservations, closed, spent today, spent this month. ARGV: now, keepMs.
 * Prunes, then answers {seeded today 1|0, seeded this month 1|0, spent today, spent this month,
 * reserved} (the last three as flat field/value lists).
 */
export const FIGURES = `${PRUNE}
prune(KEYS[1], KEYS[2], KEYS[3], KEYS[4], tonumber(ARGV[1]), tonumber(ARGV[2]), 1000)
return {
  redis.call('HEXISTS', KEYS[5], '_seeded'),
  redis.call('HEXISTS', KEYS[6], '_seeded'),
  redis.call('HGETALL', KEYS[5]),
  redis.call('HGETALL', KEYS[6]),
  redis.call('HGETALL', KEYS[1])
}`;

/**
 * KEYS: one window's spent. ARGV: force 0|1, ttlS, now, then node, amount pairs (the ledger's, each
 * node's subtree included). Unless forced, does nothing when the window is seeded (of two
 * concurrent seeders one writes); otherwise adds the ledger's figures to what settles wrote there
 * before the seed (calls that ended at the window's start, not in the ledger yet). Forced (repair),
 * the window becomes the ledger's figures exactly, `_rebuilt` at `now`. Answers 1 written, 0 not.
 */
export const SEED = `
if ARGV[1] == '0' and redis.call('HEXISTS', KEYS[1], '_seeded') == 1 then return 0 end
if ARGV[1] == '1' then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], '_rebuilt', ARGV[3])
end
for i = 4, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('HSET', KEYS[1], '_seeded', '1')
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1`;

/** How long a closed reservation is remembered: a retried settle or release within it counts once. */
export const CLOSED_KEEP_MS = 2 * 86_400_000;
