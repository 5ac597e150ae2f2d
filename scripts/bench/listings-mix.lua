-- wrk script: cycles through the benchmark's query mix (paths in the PATHS environment variable,
-- separated by newlines) and prints p50 / p95 / p99 in milliseconds.
local paths = {}
for line in string.gmatch(os.getenv("PATHS") or "/", "[^\n]+") do paths[#paths + 1] = line end
local index = 0
request = function()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
done = function(summary, latency, requests)
  io.write(string.format("wrk: %d requests, %.0f req/s, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
