-- wrk: cycles through several GraphQL queries, POSTed as application/json, and counts the answers by status.
-- wrk ... -s bench/lua/mix.lua http://127.0.0.1:PORT/graphql -- MODE QUERY_FILE...
-- MODE "half": every other request repeats its query's body, which the output cache can answer, and the others
-- are unique; MODE "unique": every body is unique. A unique body has an alias the server has never seen,
-- "r<run>_<thread>_<n>: __typename", right after the query's first "{", so it is parsed, validated and run;
-- <run> is the second this wrk started, so a later run (a warm-up's measured run) does not repeat its bodies.
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local threads = {}

-- In the main Lua state, once per thread before its init(): numbers the threads, kept for done().
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  mode = args[1]
  assert(mode == "half" or mode == "unique", "mode must be half or unique, is " .. tostring(mode))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  repeated, heads, tails = {}, {}, {}
  run = os.time()
  for i = 2, #args do
    local query = common.read(args[i])
    local brace = assert(query:find("{", 1, true), args[i] .. " has no {")
    local json = common.json_string(query)
    repeated[#repeated + 1] = wrk.format(nil, nil, nil, '{"query":' .. json .. "}")
    -- The JSON text around the alias; the alias needs no escaping.
    local head = common.json_string(query:sub(1, brace))
    heads[#heads + 1] = '{"query":' .. head:sub(1, -2) .. " r" .. run .. "_" .. id .. "_"
    tails[#tails + 1] = ": __typename " .. common.json_string(query:sub(brace + 1)):sub(2) .. "}"
  end
  counter = 0
  statuses = {}
  graphql_errors = 0
end

function request()
  counter = counter + 1
  local n = #heads
  if mode == "half" then
    local q = math.floor(counter / 2) % n + 1
    if counter % 2 == 0 then
      return repeated[q]
    end
    return wrk.format(nil, nil, nil, heads[q] .. counter .. tails[q])
  end
  local q = counter % n + 1
  return wrk.format(nil, nil, nil, heads[q] .. counter .. tails[q])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 200 and body:find('"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

-- statuses=200:1234,429:5 (every code seen), non2xx (exact: anything outside 200-299), and graphql_errors
-- (200s whose body has "errors"), gathered from every thread's Lua state.
function done(summary, latency)
  local totals, codes, errors, non2xx = {}, {}, 0, 0
  for _, thread in ipairs(threads) do
    for code, count in pairs(thread:get("statuses")) do
      totals[code] = (totals[code] or 0) + count
    end
    errors = errors + thread:get("graphql_errors")
  end
  for code in pairs(totals) do
    codes[#codes + 1] = code
  end
  table.sort(codes)
  local parts = {}
  for _, code in ipairs(codes) do
    parts[#parts + 1] = code .. ":" .. totals[code]
    if code < 200 or code > 299 then
      non2xx = non2xx + totals[code]
    end
  end
  common.report(summary, latency, string.format(" non2xx=%d statuses=%s graphql_errors=%d",
    non2xx, #parts > 0 and table.concat(parts, ",") or "none", errors))
end
