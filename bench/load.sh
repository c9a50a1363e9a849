#!/usr/bin/env bash
# The hardening issue's load run: bench/load.sh [REPORT.md]
#
# Builds Release and starts the server (output caching on) on a fresh database, in Production on 127.0.0.1;
# checks every query once with curl. Run 1: wrk at 64 connections for 30 s over the README's example queries
# (the saved queries, src/OpenData.Api/GraphQL/Persisted/Documents/, title comments and all), half the requests repeating a body the cache can answer and half unique. Run 2: the
# same mix at 48 connections while a second wrk sends the costliest queries (bench/queries/costly/, every body
# unique) at 16. Each run follows a 5 s warm-up of its own mix; the server's RSS is sampled every second while it
# runs. Prints a Markdown summary with pass/fail for: no non-2xx apart from 429, RSS flat (end within 10 % of
# the value after warm-up), the cheap queries' p99 under 50 ms while the costly ones run, peak RSS under 400 MB.
# Only a broken run (build, start or check that fails, a server that dies) exits non-zero.
#
# BENCH_DURATION (30s), BENCH_WARMUP (5s), BENCH_CONNECTIONS (64), BENCH_COSTLY_CONNECTIONS (16, taken out of
# BENCH_CONNECTIONS in run 2), BENCH_THREADS (2 per wrk), BENCH_TIMEOUT (10s), BENCH_PORT (the first port tried),
# BENCH_KEEP=1 keeps the logs and samples. The server's loopback exemption from the rate limit is on unless the
# caller sets Limits__Rate__ExemptLoopback=false (to see the limit's 429s).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

report=${1:-}
duration=${BENCH_DURATION:-30s}
warmup=${BENCH_WARMUP:-5s}
connections=${BENCH_CONNECTIONS:-64}
costly_connections=${BENCH_COSTLY_CONNECTIONS:-16}
cheap_connections=$((connections - costly_connections))
[ "$cheap_connections" -ge 1 ] || die "BENCH_COSTLY_CONNECTIONS ($costly_connections) leaves no connection of $connections for the cheap mix"
cheap=("$bench_root"/src/OpenData.Api/GraphQL/Persisted/Documents/*.graphql)
# The costly queries are whatever *.graphql files sit in bench/queries/costly/: four of the costliest queries the
# limits allow, each 92-98 % of the cost budget (its first line says its cost): aliases of a 500-row page with four
# links, of a three-key groupedAggregates, and of two nestings of lists. Each must answer 200 without errors, or
# the run stops before it starts.
costly=("$bench_root"/bench/queries/costly/*.graphql)
if [ ! -e "${cheap[0]}" ] || [ ! -e "${costly[0]}" ]; then
  die "no queries in src/OpenData.Api/GraphQL/Persisted/Documents/ or bench/queries/costly/"
fi

bench_init
ensure_wrk
build_release src/OpenData.Api

echo "Starting the server (fresh database, output caching on)..." >&2
port=$(free_port "$bench_port_base")
log="$bench_tmp/server.log"
start_api "$log" "$port" "$bench_tmp/bench.db" "Limits__Rate__ExemptLoopback=${Limits__Rate__ExemptLoopback:-true}"
pid=$started_pid
url="http://127.0.0.1:$port/graphql"
wait_ready "$url" "$pid" "$log"
for query in "${cheap[@]}"; do
  check_post "$url" "$query" || die "${query#"$bench_root"/} does not answer 200 without errors"
done
for query in "${costly[@]}"; do
  check_post "$url" "$query" ||
    die "${query#"$bench_root"/} does not answer 200 without errors: the costly queries must be ones the limits allow; adjust bench/queries/costly/"
done

# sample_rss OUT: "<seconds since the start> <VmRSS in MB>" every second until killed. Only builtins in the
# loop (read -t on a FIFO is the pause), so killing this one process leaves nothing behind.
sample_rss() {
  local fifo="$bench_tmp/tick" start=$SECONDS
  [ -p "$fifo" ] || mkfifo "$fifo"
  while kill -0 "$pid" 2>/dev/null; do
    echo "$((SECONDS - start)) $(rss_mb "$pid")"
    read -r -t 1 <>"$fifo" || true
  done >"$1"
}

# run NAME CHEAP_CONNECTIONS [COSTLY_CONNECTIONS]: warm-up, then the measured run with RSS sampled; the wrk
# outputs are $bench_tmp/NAME.cheap (and NAME.costly), the samples $bench_tmp/NAME.rss.
run() {
  local name=$1 cheap_c=$2 costly_c=${3:-0} phase length cheap_pid costly_pid sampler
  for phase in warmup measured; do
    length=$duration
    [ "$phase" = warmup ] && length=$warmup
    echo "  $name, $phase: $length, $cheap_c connections on the README mix${3:+, $costly_c on the costly queries}" >&2
    [ "$phase" = measured ] && { sample_rss "$bench_tmp/$name.rss" & sampler=$!; track "$sampler"; }
    start_wrk "$bench_tmp/$name.$phase.cheap" "$length" "$cheap_c" mix.lua "$url" half "${cheap[@]}"
    cheap_pid=$started_pid
    if [ "$costly_c" -gt 0 ]; then
      start_wrk "$bench_tmp/$name.$phase.costly" "$length" "$costly_c" mix.lua "$url" unique "${costly[@]}"
      costly_pid=$started_pid
      wait_wrk "$costly_pid" "$bench_tmp/$name.$phase.costly"
    fi
    wait_wrk "$cheap_pid" "$bench_tmp/$name.$phase.cheap"
  done
  kill -0 "$pid" 2>/dev/null || die "the server died during $name (log: $log; run with BENCH_KEEP=1 to keep it)"
  echo "end $(rss_mb "$pid")" >"$bench_tmp/$name.rss.end"
  stop_pid "$sampler"
}

echo "Running..." >&2
run run1 "$connections"
run run2 "$cheap_connections" "$costly_connections"

# ---- the summary ----
# rss_figures NAME: sets after (the first sample, taken as the run starts after its warm-up), peak, end (just
# after the run), and drift (end against after, in %).
rss_figures() {
  after=$(awk 'NR == 1 { print $2 }' "$bench_tmp/$1.rss")
  end=$(awk '{ print $2 }' "$bench_tmp/$1.rss.end")
  peak=$(cat "$bench_tmp/$1.rss" "$bench_tmp/$1.rss.end" | awk '$2 > m { m = $2 } END { print m }')
  drift=$(awk -v a="$after" -v e="$end" 'BEGIN { printf "%+.1f", (a > 0 ? (e - a) * 100 / a : 0) }')
}

# verdict CONDITION: pass or FAIL, CONDITION evaluated by awk.
verdict() { awk "BEGIN { print (($1) ? \"pass\" : \"**FAIL**\") }"; }

# unexpected LINE: non-2xx answers other than 429.
unexpected() {
  local line=$1 n429
  n429=$(field "$line" statuses | tr ',' '\n' | awk -F: '$1 == 429 { print $2 }')
  echo $(($(field "$line" non2xx) - ${n429:-0}))
}

socket_errors() { echo $(($(field "$1" connect) + $(field "$1" read) + $(field "$1" write) + $(field "$1" timeout))); }

row() {
  local label=$1 line
  line=$(bench_line "$2")
  echo "| $label | $(field "$line" requests) | $(field "$line" rps) | $(field "$line" p50_ms) | $(field "$line" p99_ms)" \
    "| $(field "$line" statuses) | $(unexpected "$line") | $(field "$line" graphql_errors) | $(socket_errors "$line") |"
}

r1=$(bench_line "$bench_tmp/run1.measured.cheap")
r2cheap=$(bench_line "$bench_tmp/run2.measured.cheap")
r2costly=$(bench_line "$bench_tmp/run2.measured.costly")
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
commit=$(git -C "$bench_root" describe --always --dirty 2>/dev/null || echo unknown)
peak_all=0
{
  echo "## Load, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Commit $commit. Machine: $(nproc) cores, ${cpu:-unknown CPU}, $memory, wrk on the same cores."
  echo "Release, Production, output caching on, fresh database from seed/, 127.0.0.1;"
  echo "each run $duration after a $warmup warm-up of its own mix."
  echo "Cheap: the README's ${#cheap[@]} queries, half repeated bodies (cacheable), half unique. Costly: bench/queries/costly/ (${#costly[@]}), all unique."
  echo
  echo "| run, wrk | requests | req/s | p50 ms | p99 ms | statuses | non-2xx apart from 429 | 200 with errors | socket errors |"
  echo "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |"
  row "1, README mix ($connections connections)" "$bench_tmp/run1.measured.cheap"
  row "2, README mix ($cheap_connections connections)" "$bench_tmp/run2.measured.cheap"
  row "2, costly ($costly_connections connections)" "$bench_tmp/run2.measured.costly"
  echo
  echo "| run | RSS after warm-up | peak | end | end vs after warm-up |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for name in run1 run2; do
    rss_figures "$name"
    [ "$peak" -gt "$peak_all" ] && peak_all=$peak
    echo "| ${name#run} | $after MB | $peak MB | $end MB | $drift % |"
  done
  echo
  echo "| check | measured | target | result |"
  echo "| --- | ---: | ---: | --- |"
  u1=$(unexpected "$r1")
  u2=$(($(unexpected "$r2cheap") + $(unexpected "$r2costly")))
  echo "| non-2xx apart from 429, run 1 | $u1 | 0 | $(verdict "$u1 == 0") |"
  echo "| non-2xx apart from 429, run 2 (both wrks) | $u2 | 0 | $(verdict "$u2 == 0") |"
  e=$(($(field "$r1" graphql_errors) + $(field "$r2cheap" graphql_errors)))
  echo "| README queries answered 200 with errors | $e | 0 | $(verdict "$e == 0") |"
  s=$(($(socket_errors "$r1") + $(socket_errors "$r2cheap") + $(socket_errors "$r2costly")))
  echo "| socket errors and timeouts, both runs | $s | 0 | $(verdict "$s == 0") |"
  for name in run1 run2; do
    rss_figures "$name"
    echo "| RSS flat, run ${name#run} (end within 10 % of after warm-up) | $drift % | within 10 % | $(verdict "$drift <= 10 && $drift >= -10") |"
  done
  p=$(field "$r2cheap" p99_ms)
  echo "| README mix p99 while the costly queries run | $p ms | < 50 ms | $(verdict "$p < 50") |"
  echo "| peak RSS | $peak_all MB | < 400 MB | $(verdict "$peak_all < 400") |"
} >"$bench_tmp/report.md"

cat "$bench_tmp/report.md"
[ -z "$report" ] || cp "$bench_tmp/report.md" "$report"
