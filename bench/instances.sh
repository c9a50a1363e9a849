#!/usr/bin/env bash
# The scale-out issue's benchmark: bench/instances.sh [REPORT.md]
#
# Builds Release; starts a private PostgreSQL cluster and a private Redis (.ci/postgres.sh, .ci/redis.sh), runs the
# migrate command once, then measures q1..q6 against one instance and against two (Database__InitializeAtStartup=false,
# the output cache in Redis, and again with it off), the bare ceiling before and after. With two instances, two wrk
# processes run at once, one per instance, each with half the connections, and their requests/s are summed. Everything
# — the database, Redis, the instances and wrk — shares this machine's cores: on a 2-core machine a second instance
# cannot add cores, so what the run shows is the cost of sharing one database and one cache, not the gain of a
# second machine. Only a broken run (a build, start or check that fails, non-2xx answers, socket errors) exits non-zero.
#
# BENCH_DURATION (10s), BENCH_WARMUP (3s), BENCH_CONNECTIONS (32), BENCH_THREADS (2, 1 per wrk with two instances),
# BENCH_TIMEOUT (10s), BENCH_PORT, BENCH_KEEP=1.
set -euo pipefail
export BENCH_PROVIDER=postgres BENCH_REDIS=1
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

report=${1:-}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-3s}
connections=${BENCH_CONNECTIONS:-32}
queries="$bench_root/bench/queries"
targets=(q1 q2 q3 q4 q5 q6)

bench_init
ensure_wrk
build_release src/OpenData.Api bench/Bare

script_args() {
  if [ "$1" = q6 ]; then
    wrk_script_args=("$queries/q6.graphql" "$queries/q6.variables.json")
  else
    wrk_script_args=("$queries/$1.graphql")
  fi
}

declare -A result
broken=()

# measure KEY TARGET URL...: a warm-up, then the measured run, one wrk per URL at once; the summed BENCH fields.
measure() {
  local key=$1 target=$2 count pids=() outs=() url i=0 rps=0 line http socket
  shift 2
  count=$#
  script_args "$target"
  for phase in warmup measured; do
    pids=() outs=()
    for url in "$@"; do
      i=$((i + 1))
      local out="$bench_tmp/$key.$target.$phase.$i"
      BENCH_THREADS=$([ "$count" -gt 1 ] && echo 1 || echo "${BENCH_THREADS:-2}") \
        start_wrk "$out" "$([ "$phase" = warmup ] && echo "$warmup" || echo "$duration")" "$((connections / count))" post.lua "$url" "${wrk_script_args[@]}"
      pids+=("$started_pid") outs+=("$out")
    done
    for i in "${!pids[@]}"; do
      wait_wrk "${pids[$i]}" "${outs[$i]}"
    done
  done
  for out in "${outs[@]}"; do
    line=$(bench_line "$out")
    rps=$(awk -v a="$rps" -v b="$(field "$line" rps)" 'BEGIN { printf "%.1f", a + b }')
    http=$(field "$line" http_errors)
    socket=$(($(field "$line" connect) + $(field "$line" read) + $(field "$line" write) + $(field "$line" timeout)))
    [ "$http" = 0 ] || broken+=("$key $target: $http responses with status 400 or more")
    [ "$socket" = 0 ] || broken+=("$key $target: $socket socket errors")
  done
  result[$key.$target]=$rps
  echo "  $key $target: $rps req/s" >&2
}

port=$(free_port "$bench_port_base")
start_bare "$bench_tmp/bare.log" "$port"
bare_pid=$started_pid
wait_ready "http://127.0.0.1:$port/graphql" "$bare_pid" "$bench_tmp/bare.log"
measure bare q1 "http://127.0.0.1:$port/graphql"
bare_first=${result[bare.q1]}
stop_pid "$bare_pid"

echo "Migrating the shared database once..." >&2
database_settings "$bench_tmp/shared.db"
(cd "$bench_root" && env ASPNETCORE_ENVIRONMENT=Production "${database_env[@]}" Seed__Directory="$bench_root/seed" dotnet "$api_dll" migrate) >"$bench_tmp/migrate.log" 2>&1 ||
  { cat "$bench_tmp/migrate.log" >&2; die "migrate failed"; }

for cache in uncached cached; do
  settings=(Limits__Rate__ExemptLoopback=true Database__InitializeAtStartup=false)
  [ "$cache" = uncached ] && settings+=(OutputCache__GraphQLSeconds=0)
  urls=() pids=()
  for n in 1 2; do
    port=$(free_port "$((port + 1))")
    start_api "$bench_tmp/$cache.$n.log" "$port" "$bench_tmp/shared.db" "${settings[@]}"
    pids+=("$started_pid") urls+=("http://127.0.0.1:$port/graphql")
    wait_ready "${urls[-1]}" "$started_pid" "$bench_tmp/$cache.$n.log"
  done
  for target in "${targets[@]}"; do
    for url in "${urls[@]}"; do
      if [ "$target" = q6 ]; then check_post "$url" "$queries/q6.graphql" "$queries/q6.variables.json"; else check_post "$url" "$queries/$target.graphql"; fi ||
        die "$target does not answer 200 without errors on $url"
    done
  done
  for target in "${targets[@]}"; do
    measure "$cache.one" "$target" "${urls[0]}"
    measure "$cache.two" "$target" "${urls[@]}"
  done
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || die "an instance died during its run (logs in $bench_tmp)"
    stop_pid "$pid"
  done
done

port=$(free_port "$((port + 1))")
start_bare "$bench_tmp/bare.end.log" "$port"
bare_pid=$started_pid
wait_ready "http://127.0.0.1:$port/graphql" "$bare_pid" "$bench_tmp/bare.end.log"
measure bare-end q1 "http://127.0.0.1:$port/graphql"
bare_last=${result[bare-end.q1]}
stop_pid "$bare_pid"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a * 100 / b : 0) }'; }
bare_rps=$(awk -v a="$bare_first" -v b="$bare_last" 'BEGIN { printf "%.1f", (a + b) / 2 }')
commit=$(git -C "$bench_root" describe --always --dirty 2>/dev/null || echo unknown)
{
  echo "## Instances on PostgreSQL and Redis, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Commit $commit. Machine: $(nproc) cores; PostgreSQL, Redis, the instances and wrk all on them. wrk -c$connections -d$duration"
  echo "after a $warmup warm-up; with two instances, two wrk at once (-t1 -c$((connections / 2)) each), requests/s summed."
  echo "Bare: $bare_first req/s before, $bare_last after; % of bare against their mean."
  echo
  echo "| query | uncached, 1 instance | % of bare | uncached, 2 instances | % of bare | cached, 1 instance | % of bare | cached, 2 instances | % of bare |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for target in "${targets[@]}"; do
    row="| $target"
    for key in uncached.one uncached.two cached.one cached.two; do
      row+=" | ${result[$key.$target]} | $(ratio "${result[$key.$target]}" "$bare_rps")"
    done
    echo "$row |"
  done
} >"$bench_tmp/report.md"

cat "$bench_tmp/report.md"
[ -n "$report" ] && cp "$bench_tmp/report.md" "$report"
if [ "${#broken[@]}" -gt 0 ]; then
  printf 'Broken run: %s\n' "${broken[@]}" >&2
  exit 1
fi
