-- wrk: GETs /graphql?query=<the query file, URL-encoded> with Accept: application/json (built once per thread).
-- wrk ... -s bench/lua/get.lua http://127.0.0.1:PORT/graphql -- QUERY_FILE
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

function init(args)
  wrk.method = "GET"
  wrk.path = "/graphql?query=" .. common.url_encode(common.read(args[1]))
  wrk.headers["Accept"] = "application/json"
end

function done(summary, latency)
  common.report(summary, latency)
end
