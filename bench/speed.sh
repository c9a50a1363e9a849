#!/usr/bin/env bash
# The speed issue's benchmark, in one command: bench/speed.sh [REPORT.md]
#
# Builds Release, starts the bare ceiling (bench/Bare) and the server twice on fresh databases, output caching
# off (OutputCache__GraphQLSeconds=0) and on (the default), all in Production on 127.0.0.1; checks every query
# once with curl; then drives each target with wrk (a warm-up run that is not counted, then the measured run)
# over bench/queries/q1..q6, a GET of q1, a GET of the largest export as CSV (beneficiary-figures, 474 rows) and
# a GET of a saved query by its documentId. Prints a Markdown report (and writes it to REPORT.md if given):
# throughput and latency as a share of the ceiling, RSS and log lines per request of each server, start-up
# times, the machine, and the issue's floors with pass/fail. Floors that fail do not fail the script; a broken
# run does (a build, start or check that fails, non-2xx answers, socket errors).
#
# BENCH_DURATION (10s), BENCH_WARMUP (3s), BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_TIMEOUT (10s),
# BENCH_STARTUP_RUNS (3), BENCH_PORT (the first port tried; by default one from 20000-29999), BENCH_PROVIDER
# (sqlite, or postgres: a private cluster started for the run), BENCH_REDIS=1 (the output cache in a private Redis),
# BENCH_KEEP=1 keeps the logs and wrk output.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

report=${1:-}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-3s}
connections=${BENCH_CONNECTIONS:-32}
startup_runs=${BENCH_STARTUP_RUNS:-3}
queries="$bench_root/bench/queries"
export_path=/export/beneficiary-figures.csv
document_path=/graphql?documentId=peten-coverage
targets=(q1 q2 q3 q4 q5 q6 get export document)

bench_init
ensure_wrk
build_release src/OpenData.Api bench/Bare

# wrk_args TARGET: sets wrk_script and wrk_script_args, the Lua script and its arguments for one row.
wrk_args() {
  case $1 in
    get) wrk_script=get.lua wrk_script_args=("$queries/q1.graphql") ;;
    export) wrk_script=path.lua wrk_script_args=("$export_path") ;;
    document) wrk_script=path.lua wrk_script_args=("$document_path") ;;
    bare | end) wrk_script=post.lua wrk_script_args=("$queries/q1.graphql") ;;
    q6) wrk_script=post.lua wrk_script_args=("$queries/q6.graphql" "$queries/q6.variables.json") ;;
    *) wrk_script=post.lua wrk_script_args=("$queries/$1.graphql") ;;
  esac
}

check_all() {
  local url=$1 name=$2 target
  for target in "${targets[@]}"; do
    case $target in
      get) check_get "$url" "$queries/q1.graphql" ;;
      export) check_path "${url%/graphql}$export_path" ;;
      document) check_path "${url%/graphql}$document_path" ;;
      q6) check_post "$url" "$queries/q6.graphql" "$queries/q6.variables.json" ;;
      *) check_post "$url" "$queries/$target.graphql" ;;
    esac || die "$target does not answer 200 without errors on the $name server"
  done
}

declare -A result  # result[<server>.<target>]: the measured run's BENCH line
declare -A served  # served[<server>]: requests wrk completed against it, warm-ups included

# measure SERVER TARGET URL: a warm-up run, then the measured one.
measure() {
  local server=$1 target=$2 url=$3 out line
  wrk_args "$target"
  out="$bench_tmp/$server.$target"
  echo "  $server $target: warm-up $warmup, then $duration at $connections connections" >&2
  run_wrk "$out.warmup" "$warmup" "$connections" "$wrk_script" "$url" "${wrk_script_args[@]}"
  run_wrk "$out" "$duration" "$connections" "$wrk_script" "$url" "${wrk_script_args[@]}"
  line=$(bench_line "$out")
  result[$server.$target]=$line
  served[$server]=$((${served[$server]:-0} + $(field "$(bench_line "$out.warmup")" requests) + $(field "$line" requests)))
}

# Each target gets the machine to itself: the ceiling first, then each server, stopped once its run is over.
echo "Starting the bare ceiling and both servers (fresh databases)..." >&2
port=$(free_port "$bench_port_base")
start_bare "$bench_tmp/bare.log" "$port"
bare_pid=$started_pid
bare_url="http://127.0.0.1:$port/graphql"
wait_ready "$bare_url" "$bare_pid" "$bench_tmp/bare.log"

declare -A url pid
for server in uncached cached; do
  mkdir -p "$bench_tmp/$server"
  settings=(Limits__Rate__ExemptLoopback=true)
  [ "$server" = uncached ] && settings+=(OutputCache__GraphQLSeconds=0)
  port=$(free_port "$((port + 1))")
  start_api "$bench_tmp/$server.log" "$port" "$bench_tmp/$server/bench.db" "${settings[@]}"
  pid[$server]=$started_pid
  url[$server]="http://127.0.0.1:$port/graphql"
  wait_ready "${url[$server]}" "${pid[$server]}" "$bench_tmp/$server.log"
  check_all "${url[$server]}" "$server"
done

echo "Measuring..." >&2
measure bare bare "$bare_url"
stop_pid "$bare_pid"

declare -A rss lines
for server in uncached cached; do
  before=$(wc -l <"$bench_tmp/$server.log")
  # A server just started is still compiling its hot paths again, optimized: every target once, so the first one
  # measured is not the only one measured before the JIT is done with what they share.
  echo "  $server: warming up on every target, $warmup each" >&2
  for target in "${targets[@]}"; do
    wrk_args "$target"
    run_wrk "$bench_tmp/$server.$target.server-warmup" "$warmup" "$connections" "$wrk_script" "${url[$server]}" "${wrk_script_args[@]}"
    served[$server]=$((${served[$server]:-0} + $(field "$(bench_line "$bench_tmp/$server.$target.server-warmup")" requests)))
  done

  for target in "${targets[@]}"; do
    measure "$server" "$target" "${url[$server]}"
  done
  kill -0 "${pid[$server]}" 2>/dev/null || die "the $server server died during its run (log: $bench_tmp/$server.log)"
  rss[$server]=$(rss_mb "${pid[$server]}")
  lines[$server]=$(($(wc -l <"$bench_tmp/$server.log") - before))
  stop_pid "${pid[$server]}"
done

# The ceiling again, now that both servers are done: on a shared machine the cores' speed drifts over minutes,
# so the ratios use the mean of the ceiling before and after, and the report shows both.
port=$(free_port "$((port + 1))")
start_bare "$bench_tmp/bare.end.log" "$port"
bare_pid=$started_pid
bare_url="http://127.0.0.1:$port/graphql"
wait_ready "$bare_url" "$bare_pid" "$bench_tmp/bare.end.log"
measure bare end "$bare_url"
stop_pid "$bare_pid"

echo "Timing start-up, $startup_runs cold and $startup_runs warm..." >&2
startup_medians "$startup_runs"

# ---- the report ----
# (In awk, a > inside print or printf would be a redirection, hence the parentheses.)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a * 100 / b : 0) }'; }
per_request() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
# verdict VALUE OP LIMIT: pass, FAIL, or n/a when nothing was measured.
verdict() {
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
    if (v !~ /^[0-9]+(\.[0-9]+)?$/) { print "n/a"; exit }
    ok = op == ">=" ? v + 0 >= l + 0 : v + 0 <= l + 0
    print (ok ? "pass" : "**FAIL**")
  }'
}

bare_first=$(field "${result[bare.bare]}" rps)
bare_last=$(field "${result[bare.end]}" rps)
bare_rps=$(awk -v a="$bare_first" -v b="$bare_last" 'BEGIN { printf "%.1f", (a + b) / 2 }')
# errors[<server>.<target>]: non-2xx (wrk's counter: status 400 or more) / socket errors of the measured run;
# any of either makes the run a broken one.
declare -A errors
broken=()
for key in "${!result[@]}"; do
  line=${result[$key]}
  http=$(field "$line" http_errors)
  socket=$(($(field "$line" connect) + $(field "$line" read) + $(field "$line" write) + $(field "$line" timeout)))
  errors[$key]="$http/$socket"
  [ "$http" = 0 ] || broken+=("$key: $http responses with status 400 or more")
  [ "$socket" = 0 ] || broken+=("$key: $socket socket errors (connect/read/write/timeout)")
done

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
commit=$(git -C "$bench_root" describe --always --dirty 2>/dev/null || echo unknown)
{
  echo "## Speed, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Commit $commit. Machine: $(nproc) cores, ${cpu:-unknown CPU}, $memory; wrk -t${BENCH_THREADS:-2} -c$connections -d$duration after a $warmup warm-up, on the same cores."
  echo "Database: $bench_provider$([ "$bench_provider" = postgres ] && echo " (a private cluster on the same cores)"); output cache: $([ -n "$bench_redis" ] && echo "Redis (on the same cores)" || echo "in memory")."
  echo "Release build, Production, fresh database from seed/, 127.0.0.1. % of bare: requests/s against the bare"
  echo "endpoint's (a fixed 200-byte answer to a POST of q1's body), the mean of its run before the servers and its run"
  echo "after them ($bare_first and $bare_last req/s). Errors: non-2xx (wrk counts status >= 400) / socket errors."
  echo
  echo "| query | uncached req/s | p50 ms | p99 ms | % of bare | cached req/s | p50 ms | p99 ms | % of bare | errors u / c |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  b=${result[bare.bare]}
  echo "| bare, before | $bare_first | $(field "$b" p50_ms) | $(field "$b" p99_ms) | $(ratio "$bare_first" "$bare_rps") | | | | | ${errors[bare.bare]} |"
  b=${result[bare.end]}
  echo "| bare, after | $bare_last | $(field "$b" p50_ms) | $(field "$b" p99_ms) | $(ratio "$bare_last" "$bare_rps") | | | | | ${errors[bare.end]} |"
  for target in "${targets[@]}"; do
    u=${result[uncached.$target]}
    c=${result[cached.$target]}
    echo "| $target | $(field "$u" rps) | $(field "$u" p50_ms) | $(field "$u" p99_ms) | $(ratio "$(field "$u" rps)" "$bare_rps")" \
      "| $(field "$c" rps) | $(field "$c" p50_ms) | $(field "$c" p99_ms) | $(ratio "$(field "$c" rps)" "$bare_rps")" \
      "| ${errors[uncached.$target]} / ${errors[cached.$target]} |"
  done
  echo
  echo "| server | RSS after its run | log lines during the benchmark | requests served | lines per request |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for server in uncached cached; do
    echo "| $server | ${rss[$server]} MB | ${lines[$server]} | ${served[$server]} | $(per_request "${lines[$server]}" "${served[$server]}") |"
  done
  echo
  echo "Start-up to the first answer (Release, median of $startup_runs): cold (empty database built from seed/) $cold_s s, warm (database exists) $warm_s s."
  echo
  echo "| floor | measured | target | result |"
  echo "| --- | ---: | ---: | --- |"
  for target in q1 q2 q3 q4 q5 q6; do
    floor=12
    [ "$target" = q6 ] && floor=8
    r=$(ratio "$(field "${result[uncached.$target]}" rps)" "$bare_rps")
    echo "| uncached $target, % of bare | $r % | >= $floor % | $(verdict "$r" ">=" "$floor") |"
  done
  for target in "${targets[@]}"; do
    r=$(ratio "$(field "${result[cached.$target]}" rps)" "$bare_rps")
    echo "| cached $target, % of bare | $r % | >= 90 % | $(verdict "$r" ">=" 90) |"
  done
  for target in "${targets[@]}"; do
    p=$(field "${result[uncached.$target]}" p99_ms)
    echo "| uncached $target, p99 | $p ms | <= 10 ms | $(verdict "$p" "<=" 10) |"
  done
  echo "| warm start | $warm_s s | <= 0.8 s | $(verdict "$warm_s" "<=" 0.8) |"
  echo "| cold start | $cold_s s | <= 2.0 s | $(verdict "$cold_s" "<=" 2.0) |"
  for server in uncached cached; do
    echo "| RSS after the whole benchmark, $server | ${rss[$server]} MB | <= 150 MB | $(verdict "${rss[$server]}" "<=" 150) |"
  done
  for server in uncached cached; do
    l=$(per_request "${lines[$server]}" "${served[$server]}")
    echo "| log lines per request, $server | $l | <= 1 | $(verdict "$l" "<=" 1) |"
  done
} >"$bench_tmp/report.md"

cat "$bench_tmp/report.md"
[ -n "$report" ] && cp "$bench_tmp/report.md" "$report"

if [ "${#broken[@]}" -gt 0 ]; then
  printf 'Broken run: %s\n' "${broken[@]}" >&2
  exit 1
fi
