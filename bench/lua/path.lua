-- wrk: GETs a fixed path on the server (an export, a persisted document), whatever path the URL names.
-- wrk ... -s bench/lua/path.lua http://127.0.0.1:PORT/graphql -- /export/beneficiary-figures.csv
local common = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

function init(args)
  wrk.method = "GET"
  wrk.path = args[1]
end

function done(summary, latency)
  common.report(summary, latency)
end
