-- Shared by the wrk scripts beside it, which load it with dofile from their own folder. wrk runs every script
-- in one Lua state per thread plus one for setup() and done(), so this file runs in each of them.
local common = {}

-- A file's text without its trailing newline: the same text bench/lib.sh sends with curl.
function common.read(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return (text:gsub("%s+$", ""))
end

local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }

-- The JSON text of a string, quotes included.
function common.json_string(text)
  local escaped = text:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end)
  return '"' .. escaped .. '"'
end

-- The GraphQL-over-HTTP POST body for a query file and an optional file of JSON variables.
function common.body(query_file, variables_file)
  local body = '{"query":' .. common.json_string(common.read(query_file))
  if variables_file and variables_file ~= "" then
    body = body .. ',"variables":' .. common.read(variables_file)
  end
  return body .. "}"
end

function common.url_encode(text)
  return (text:gsub("[^%w%-%._~]", function(c)
    return string.format("%%%02X", c:byte())
  end))
end

-- Prints the one machine-readable line the shell scripts read, from done(summary, latency, requests).
-- http_errors is wrk's own counter, responses with a status of 400 or more; extra is appended as it is.
function common.report(summary, latency, extra)
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f http_errors=%d"
      .. " connect=%d read=%d write=%d timeout=%d%s\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout, extra or ""))
end

return common
