-- wrk: POSTs one GraphQL query as application/json, the same body every time (built once per thread).
-- wrk ... -s bench/lua/post.lua http://127.0.0.1:PORT/graphql -- QUERY_FILE [VARIABLES_FILE]
-- No response() callback: wrk then keeps its fast path, and its status counter (400 and above) is reported.
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = common.body(args[1], args[2])
end

function done(summary, latency)
  common.report(summary, latency)
end
