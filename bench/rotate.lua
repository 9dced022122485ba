-- wrk script for `make bench`: rotate through many pre-built requests, and print a machine-readable summary.
-- Usage: wrk ... -s bench/rotate.lua URL -- REQUESTS_FILE
-- REQUESTS_FILE has one request per line: "GET<TAB>/path" or "POST<TAB>/path<TAB>json body".
local reqs = {}
local i = 0

function init(args)
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    local method, path, body = line:match("^(%u+)\t([^\t]+)\t?(.*)$")
    if method == "POST" then
      reqs[#reqs + 1] = wrk.format("POST", path, {["Content-Type"] = "application/json"}, body)
    elseif method then
      reqs[#reqs + 1] = wrk.format("GET", path)
    end
  end
  f:close()
  -- threads start at different offsets so they do not send the same sequence
  i = (tonumber(args[2] or "0") or 0) % #reqs
end

function request()
  i = i % #reqs + 1
  return reqs[i]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH-JSON {\"requests\": %d, \"duration_us\": %d, \"status_errors\": %d, \"socket_errors\": %d, " ..
    "\"p50_us\": %d, \"p95_us\": %d, \"p99_us\": %d, \"max_us\": %d}\n",
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
