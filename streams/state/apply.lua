-- wardwatch: apply one patient's events idempotently and return the patient's full state.
-- Same semantics as processors/apply.py apply_events (docs/state.md).
--
-- KEYS: 1 latest (hash), 2 meds (hash), 3 alerts (hash), 4 prefs (string), 5 seen (zset)
-- ARGV: 1 series key prefix ("ww:{p}:series:"), 2 window (us), 3 series_max, 4 seen_max,
--       5 ttl seconds (0: leave TTLs), 6 number of events, then per event:
--       event_id, time (us since epoch), number of ops, then 3 strings per op:
--         "obs", code, member            series member "<event_id>\0<Obs JSON>"
--         "reg", name, value JSON        last-writer-wins fact in the latest hash
--         "med", med_key, order "\n" info JSON
--                                        newest info wins by (time, order) (start stored apart)
--         "start", med_key, start (us)   earliest start wins
--         "admin", med_key, ""           administration at the event time
-- Series keys are built from ARGV[1]; they share the hash tag of KEYS, so one slot.
-- Scalars and stamps are never decoded as JSON here (cjson loses float precision).

local latest, meds, alerts, prefs, seen = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local sprefix = ARGV[1]
local window = tonumber(ARGV[2])
local series_max = tonumber(ARGV[3])
local seen_max = tonumber(ARGV[4])
local ttl = tonumber(ARGV[5])
local nevents = tonumber(ARGV[6])

-- byte-wise a < b (Lua's < on strings follows the locale's collation)
local function lt(a, b)
  local n = math.min(#a, #b)
  for i = 1, n do
    local x, y = string.byte(a, i), string.byte(b, i)
    if x ~= y then return x < y end
  end
  return #a < #b
end

-- is stamp (us, id) newer than the stored stamp "us|id" (or none)?
local function newer(us, id, stored)
  if not stored then return true end
  local bar = string.find(stored, '|', 1, true)
  local us0 = tonumber(string.sub(stored, 1, bar - 1))
  local id0 = string.sub(stored, bar + 1)
  if us ~= us0 then return us > us0 end
  return lt(id0, id)
end

local function fmt(n) return string.format('%.0f', n) end

local applied = {}
local touched = {}
local i = 7
for _ = 1, nevents do
  local id, t, nops = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  i = i + 3
  local fresh = not redis.call('ZSCORE', seen, id)
  if fresh then
    redis.call('ZADD', seen, t, id)
    applied[#applied + 1] = id
  end
  local us = tonumber(t)
  local stamp = t .. '|' .. id
  for _ = 1, nops do
    local op, a, b = ARGV[i], ARGV[i + 1], ARGV[i + 2]
    i = i + 3
    if fresh then
      if op == 'obs' then
        redis.call('ZADD', sprefix .. a, t, b)
        redis.call('HSET', latest, 'series:' .. a, '1')
        touched[a] = true
      elseif op == 'reg' then
        if newer(us, id, redis.call('HGET', latest, a .. '@')) then
          redis.call('HSET', latest, a, b, a .. '@', stamp)
        end
      elseif op == 'vreg' then
        -- a versioned record's register: "stamp id\nvalue", the stamp id led by the version
        local nl = string.find(b, '\n', 1, true)
        local sid = string.sub(b, 1, nl - 1)
        if newer(us, sid, redis.call('HGET', latest, a .. '@')) then
          redis.call('HSET', latest, a, string.sub(b, nl + 1), a .. '@', t .. '|' .. sid)
        end
      elseif op == 'med' then
        local nl = string.find(b, '\n', 1, true)
        local order = string.sub(b, 1, nl - 1)
        if newer(us, order, redis.call('HGET', meds, a .. ':info@')) then
          redis.call('HSET', meds, a .. ':info', string.sub(b, nl + 1), a .. ':info@', t .. '|' .. order)
        end
      elseif op == 'start' then
        local old = redis.call('HGET', meds, a .. ':start')
        if (not old) or tonumber(b) < tonumber(old) then
          redis.call('HSET', meds, a .. ':start', b)
        end
      elseif op == 'admin' then
        local old = redis.call('HGET', meds, a .. ':admin')
        local set, list = {}, {}
        if old and old ~= '' then
          for s in string.gmatch(old, '[^,]+') do
            local n = tonumber(s)
            if not set[n] then set[n] = true; list[#list + 1] = n end
          end
        end
        if not set[us] then list[#list + 1] = us end
        table.sort(list)
        local out = {}
        for k = math.max(1, #list - series_max + 1), #list do out[#out + 1] = fmt(list[k]) end
        redis.call('HSET', meds, a .. ':admin', table.concat(out, ','))
      end
    end
  end
end

for code, _ in pairs(touched) do
  local key = sprefix .. code
  local top = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
  local cutoff = tonumber(top[2]) - window
  redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. fmt(cutoff))
  redis.call('ZREMRANGEBYRANK', key, 0, -(series_max + 1))
end
redis.call('ZREMRANGEBYRANK', seen, 0, -(seen_max + 1))

-- one string per series: the Obs JSON after each member's "<event_id>\0" prefix, one per line
-- (orjson never writes a raw newline), so the worker can decode each member once and memoise it
local function series_json(key)
  local members = redis.call('ZRANGE', key, 0, -1)
  for k = 1, #members do
    local m = members[k]
    members[k] = string.sub(m, string.find(m, '\0', 1, true) + 1)
  end
  return table.concat(members, '\n')
end

local latest_all = redis.call('HGETALL', latest)
local series = {}
for k = 1, #latest_all, 2 do
  local field = latest_all[k]
  if string.sub(field, 1, 7) == 'series:' then
    local code = string.sub(field, 8)
    series[#series + 1] = code
    series[#series + 1] = series_json(sprefix .. code)
    if ttl > 0 then redis.call('EXPIRE', sprefix .. code, ttl) end
  end
end
if ttl > 0 then
  for k = 1, 5 do redis.call('EXPIRE', KEYS[k], ttl) end
end

-- seen as one string "id\nscore\nid\nscore..." (event ids hold no control characters)
return {
  applied,
  latest_all,
  redis.call('HGETALL', meds),
  redis.call('HGETALL', alerts),
  redis.call('GET', prefs) or '',
  table.concat(redis.call('ZRANGE', seen, 0, -1, 'WITHSCORES'), '\n'),
  series,
}
