-- One token bucket per key, shared by every gateway replica.
-- KEYS[1]: bucket key.  ARGV[1]: tokens added per second.  ARGV[2]: capacity.  ARGV[3]: tokens to take.
-- Time comes from the Redis server, so replicas with drifting clocks still agree.
-- Returns { granted (1|0), whole tokens left, milliseconds until enough tokens are back }.
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local requested = tonumber(ARGV[3])

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end

tokens = math.min(capacity, tokens + math.max(0, now - at) / 1000 * rate)

local granted = 0
local retry_ms = 0
if tokens >= requested then
  tokens = tokens - requested
  granted = 1
else
  retry_ms = math.ceil((requested - tokens) / rate * 1000)
end

redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return { granted, math.floor(tokens), retry_ms }
