-- wrk script for the plain baseline and search-only passes: prints the same RESULT line.
local path = os.getenv("WRK_PATH") or "/"
local token = os.getenv("STEMME_TOKEN") or ""
local words = { "tolk", "ventetid", "barnehage", "helsestasjon", "skole", "hjelp" }

function request()
  local p = path
  if p == "search" then
    p = "/api/v1/search?q=" .. words[math.random(#words)]
  end
  return wrk.format("GET", p, { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "non2xx": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
