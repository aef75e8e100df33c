-- wrk script for scripts/load.py: 90 % answers (each with a new submission id), 5 %
-- planner searches, 5 % dashboard figures (the indicators the dashboard draws).
-- Counts every reply with a status of 400 or more as an error.
local token = os.getenv("STEMME_TOKEN") or ""
local mix = os.getenv("STEMME_MIX") or "mixed"
-- Percent of answers with free text (the demo's share is 35; 100 is the worst case).
local text_share = tonumber(os.getenv("STEMME_TEXT_SHARE") or "100")
-- A pause before each request on a connection (ms): a fixed ceiling on the rate,
-- connections x 1000 / delay a second, for a soak at a moderate rate.
local pause = tonumber(os.getenv("STEMME_DELAY_MS") or "0")

if pause > 0 then
  function delay()
    return pause
  end
end
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

-- Free texts, one a line: language code, a tab, the text as a JSON string (written by
-- `stemme bench texts`). Without a file, one short Norwegian sentence with a number.
local texts = {}

function init(args)
  math.randomseed(os.time() + (tid or 0) * 7919)
  local path = os.getenv("STEMME_TEXTS")
  if path and path ~= "" then
    for line in io.lines(path) do
      local lang, text = line:match("^([^\t]+)\t(.+)$")
      if lang then
        table.insert(texts, { lang, text })
      end
    end
  end
end

local words = { "tolk", "ventetid", "barnehage", "helsestasjon", "skole", "hjelp" }

function request()
  counter = counter + 1
  local roll = math.random(100)
  if mix == "answers" then
    roll = 100
  elseif mix == "search" and roll > 5 and roll <= 10 then
    roll = 100
  elseif mix == "dashboard" and roll <= 5 then
    roll = 100
  end
  if roll <= 5 then
    return wrk.format("GET", "/api/v1/search?q=" .. words[math.random(#words)], { ["Authorization"] = "Bearer " .. token })
  elseif roll <= 10 then
    return wrk.format("GET", "/api/v1/indicators?by=district", { ["Authorization"] = "Bearer " .. token })
  end
  local sid = string.format("%08x-%04x-4%03x-8%03x-%04x%08x", math.random(0, 0x7fffffff), tid or 0,
    math.random(0, 0xfff), math.random(0, 0xfff), math.random(0, 0xffff), counter)
  local text = ""
  local lang = "nb"
  if math.random(100) <= text_share then
    if #texts > 0 then
      local picked = texts[math.random(#texts)]
      lang = picked[1]
      text = '"text":' .. picked[2] .. ','
    else
      text = string.format('"text":"Ventetiden var lang, men tolken hjalp oss %d.",', counter)
    end
  end
  local body = string.format(
    '{"survey":"parent","unit":"saupstad-barnehage","lang":"%s","role":"parent","answers":{"helpful":%d,"listened":4},%s"submission_id":"%s"}',
    lang, math.random(1, 5), text, sid)
  return wrk.format("POST", "/api/v1/responses", { ["Content-Type"] = "application/json" }, body)
end

-- wrk counts every reply with a status of 400 or more in summary.errors.status. (A
-- counter of our own in response() read nothing: thread:get sees globals only, and
-- a response() callback also makes wrk parse every body.)
function done(summary, latency, requests)
  local errs = summary.errors.status
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "non2xx": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errs,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
