# Shared by bench/speed.sh, bench/load.sh and bench/startup.sh; sourced, not run.
# Everything here talks to 127.0.0.1 only, and every process it starts is stopped on exit.
# shellcheck shell=bash

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Published by build_release into the run's temporary directory; the servers still run from the repository root.
api_dll=
bare_dll=
bench_pids=()
bench_tmp=
# Other engineers run servers on this machine too: each run starts looking for free ports somewhere else.
bench_port_base=${BENCH_PORT:-$((20000 + $$ % 10000))}
# BENCH_PROVIDER=postgres: every server on a database of its own in a private PostgreSQL cluster (.ci/postgres.sh),
# started by bench_init on this machine's cores like everything else; BENCH_REDIS=1: the output cache in a private
# Redis (.ci/redis.sh). The default is SQLite files and the in-memory cache, as `dotnet run` serves.
bench_provider=${BENCH_PROVIDER:-sqlite}
bench_postgres=
bench_redis=

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# A temporary directory for databases, logs and wrk output, removed with every process on exit or Ctrl+C.
bench_init() {
  bench_tmp=$(mktemp -d "${TMPDIR:-/tmp}/opendata-bench.XXXXXX")
  trap bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  case $bench_provider in
    sqlite) ;;
    postgres)
      # The cluster runs as the unprivileged postgres user, who must reach its folder.
      chmod 755 "$bench_tmp"
      echo "Starting a private PostgreSQL cluster..." >&2
      bench_postgres=$("$bench_root/.ci/postgres.sh" start "$bench_tmp/postgres" "$(free_port $((bench_port_base + 300)))" 2>"$bench_tmp/postgres.log" | tail -n 1) ||
        { cat "$bench_tmp/postgres.log" >&2; die "PostgreSQL did not start"; }
      ;;
    *) die "BENCH_PROVIDER must be sqlite or postgres (is $bench_provider)" ;;
  esac
  if [ "${BENCH_REDIS:-0}" = 1 ]; then
    echo "Starting a private Redis..." >&2
    bench_redis=$("$bench_root/.ci/redis.sh" start "$bench_tmp/redis" "$(free_port $((bench_port_base + 400)))" 2>"$bench_tmp/redis.log" | tail -n 1) ||
      { cat "$bench_tmp/redis.log" >&2; die "Redis did not start"; }
  fi
}

# database_settings DATABASE_FILE: sets database_env, the settings of a server's own database (NAME=VALUE each). On
# PostgreSQL the file's path names a database of the cluster instead (created by the server's first migration).
database_settings() {
  if [ "$bench_provider" = postgres ]; then
    database_env=(Database__Provider=Postgres "ConnectionStrings__OpenData=$bench_postgres;Database=bench_$(printf '%s' "$1" | md5sum | cut -c1-12)")
  else
    database_env=("ConnectionStrings__OpenData=Data Source=$1")
  fi
}

# drop_database DATABASE_FILE: makes the next start a cold one.
drop_database() {
  if [ "$bench_provider" = postgres ]; then
    local pg port
    pg=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    port=${bench_postgres#*Port=}
    port=${port%%;*}
    "$pg/dropdb" -h 127.0.0.1 -p "$port" -U opendata --if-exists "bench_$(printf '%s' "$1" | md5sum | cut -c1-12)"
  else
    rm -f "$1"*
  fi
}

bench_cleanup() {
  local pid
  for pid in "${bench_pids[@]}"; do
    stop_pid "$pid"
  done
  bench_pids=()
  [ -z "$bench_postgres" ] || "$bench_root/.ci/postgres.sh" stop "$bench_tmp/postgres" 2>/dev/null || true
  [ -z "$bench_redis" ] || "$bench_root/.ci/redis.sh" stop "$bench_tmp/redis" 2>/dev/null || true
  if [ -n "$bench_tmp" ]; then
    if [ "${BENCH_KEEP:-0}" = 1 ]; then
      echo "Logs and wrk output kept in $bench_tmp" >&2
    else
      rm -rf "$bench_tmp"
    fi
  fi
}

track() { bench_pids+=("$1"); }

# Forgets a pid once its process has been reaped, so cleanup can never signal a stranger that reused it.
untrack() {
  local pid kept=()
  for pid in "${bench_pids[@]}"; do
    [ "$pid" = "$1" ] || kept+=("$pid")
  done
  bench_pids=("${kept[@]}")
}

# TERM, five seconds' grace, then KILL; then reaps it and forgets it.
stop_pid() {
  local pid=$1 _
  if kill -TERM "$pid" 2>/dev/null; then
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  untrack "$pid"
}

# wrk comes from Debian; CI runs as root, a developer machine may have sudo.
ensure_wrk() {
  command -v wrk >/dev/null && return 0
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "wrk is not installed and this is not root: apt-get install -y wrk"
    sudo=(sudo)
  fi
  echo "Installing wrk with apt-get..." >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get install -y wrk >&2 || { "${sudo[@]}" apt-get update >&2 && "${sudo[@]}" apt-get install -y wrk >&2; } ||
    die "could not install wrk with apt-get"
  command -v wrk >/dev/null || die "apt-get installed wrk, but it is not on PATH"
}

# build_release PROJECT...: publishes each in Release as it is deployed (the Dockerfile does the same): for this
# machine's runtime, ReadyToRun, so start-up does not wait for the JIT. Sets api_dll and bare_dll; dotnet's output
# is shown only when a build fails.
build_release() {
  local log="$bench_tmp/build.log" project name
  for project in "$@"; do
    name=$(basename "$project")
    echo "Publishing $project (Release, ReadyToRun)..." >&2
    (cd "$bench_root" && dotnet publish "$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o "$bench_tmp/publish/$name" -nologo -v quiet) >"$log" 2>&1 || {
      cat "$log" >&2
      die "build of $project failed"
    }
  done
  api_dll="$bench_tmp/publish/OpenData.Api/OpenData.Api.dll"
  bare_dll="$bench_tmp/publish/Bare/Bare.dll"
}

# The first port from $1 up that nothing on 127.0.0.1 listens on. Call it after the previous server is up.
free_port() {
  local port
  for port in $(seq "$1" $(($1 + 200))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free port from $1 to $(($1 + 200))"
}

# start_api LOG PORT DATABASE_FILE [NAME=VALUE...]: the Release server in Production on a database of its own,
# started the way the issue says, from the repository root. Sets started_pid.
start_api() {
  local log=$1 port=$2 db=$3 cache=()
  shift 3
  database_settings "$db"
  [ -z "$bench_redis" ] || cache=("OutputCache__Redis=$bench_redis" "OutputCache__RedisInstanceName=bench-$port:")
  (cd "$bench_root" && exec env ASPNETCORE_ENVIRONMENT=Production \
    "${database_env[@]}" "${cache[@]}" Seed__Directory="$bench_root/seed" \
    "$@" dotnet "$api_dll" --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
  started_pid=$!
  track "$started_pid"
}

# start_bare LOG PORT: the fixed-answer ceiling. Sets started_pid.
start_bare() {
  (cd "$bench_root" && exec dotnet "$bare_dll" --urls "http://127.0.0.1:$2") >"$1" 2>&1 &
  started_pid=$!
  track "$started_pid"
}

# owns_port PID PORT: whether PID holds the listening socket on 127.0.0.1:PORT (from /proc, so no ss needed).
owns_port() {
  local inode
  inode=$(awk -v address="$(printf '0100007F:%04X' "$2")" '$2 == address && $4 == "0A" { print $10; exit }' /proc/net/tcp)
  [ -n "$inode" ] && [ -n "$(find "/proc/$1/fd" -lname "socket:\[$inode\]" 2>/dev/null | head -n 1)" ]
}

# wait_ready URL PID LOG: until a POST answers 200; fails with the log's tail if the process dies or 120 s pass,
# or if what answers is not PID (another engineer's server that took the port first).
wait_ready() {
  local url=$1 pid=$2 log=$3 deadline=$((SECONDS + 120)) port
  port=${url#http://127.0.0.1:}
  port=${port%%/*}
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data-binary '{"query":"{ __typename }"}' "$url" 2>/dev/null)" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log" >&2
      die "the server for $url exited before answering (log above)"
    fi
    [ "$SECONDS" -lt "$deadline" ] || die "the server for $url did not answer within 120 s"
    sleep 0.05
  done
  owns_port "$pid" "$port" || die "something other than the server just started answers on port $port"
}

# The JSON text of a string; the same escapes as common.lua's json_string.
json_string() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\r'/\\r}
  s=${s//$'\t'/\\t}
  printf '"%s"' "$s"
}

# graphql_body QUERY_FILE [VARIABLES_FILE]: the POST body the wrk scripts send for that file.
graphql_body() {
  local body
  body="{\"query\":$(json_string "$(<"$1")")"
  [ -n "${2:-}" ] && body+=",\"variables\":$(<"$2")"
  printf '%s}' "$body"
}

# check_post URL QUERY_FILE [VARIABLES_FILE] and check_get URL QUERY_FILE: one request, which must be a 200
# with data and without "errors"; says what came back otherwise.
check_post() {
  check_response "POST $2" curl -s -o "$bench_tmp/check.json" -w '%{http_code}' -X POST \
    -H 'Content-Type: application/json' --data-binary "$(graphql_body "$2" "${3:-}")" "$1"
}

check_get() {
  check_response "GET $2" curl -s -o "$bench_tmp/check.json" -w '%{http_code}' -G \
    -H 'Accept: application/json' --data-urlencode "query=$(<"$2")" "$1"
}

# check_path URL: one GET, which must be a 200 with a body.
check_path() {
  local status
  status=$(curl -s -o "$bench_tmp/check.out" -w '%{http_code}' "$1") || true
  if [ "$status" != 200 ] || [ ! -s "$bench_tmp/check.out" ]; then
    echo "GET $1 answered $status:" >&2
    head -c 2000 "$bench_tmp/check.out" >&2
    echo >&2
    return 1
  fi
}

check_response() {
  local what=$1 status
  shift
  status=$("$@") || true
  if [ "$status" != 200 ] || ! grep -q '"data"' "$bench_tmp/check.json" || grep -q '"errors"' "$bench_tmp/check.json"; then
    echo "$what answered $status:" >&2
    head -c 2000 "$bench_tmp/check.json" >&2
    echo >&2
    return 1
  fi
}

# run_wrk OUT DURATION CONNECTIONS SCRIPT URL [SCRIPT ARGS...]: wrk in the background (so Ctrl+C stops it at
# once), waited for; its output in OUT, whose BENCH line the scripts read.
run_wrk() {
  start_wrk "$@"
  wait_wrk "$started_pid" "$1"
}

start_wrk() {
  local out=$1 duration=$2 connections=$3 script=$4 url=$5
  shift 5
  local threads=${BENCH_THREADS:-2}
  [ "$threads" -le "$connections" ] || threads=$connections
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout "${BENCH_TIMEOUT:-10s}" \
    -s "$bench_root/bench/lua/$script" "$url" -- "$@" >"$out" 2>&1 &
  started_pid=$!
  track "$started_pid"
}

wait_wrk() {
  local status=0
  wait "$1" || status=$?
  untrack "$1"
  if [ "$status" != 0 ] || ! grep -q '^BENCH ' "$2"; then
    cat "$2" >&2
    die "wrk failed (exit $status; output above)"
  fi
}

# bench_line OUT: the key=value line the Lua scripts print in done().
bench_line() { grep '^BENCH ' "$1" | tail -n 1 | cut -d' ' -f2-; }

# field LINE KEY: one value of a BENCH line.
field() {
  local kv
  for kv in $1; do
    [ "${kv%%=*}" = "$2" ] && { echo "${kv#*=}"; return 0; }
  done
  echo "?"
}

# rss_mb PID: VmRSS in MB (MiB), from /proc, without starting a process.
rss_mb() {
  local key value _
  while read -r key value _; do
    [ "$key" = VmRSS: ] && { echo $((value / 1024)); return 0; }
  done <"/proc/$1/status"
  echo "?"
}

# startup_ms DATABASE_FILE PORT: sets startup_result, the milliseconds from starting the Release server to its
# first answered query. (A global rather than output: in a $(...) subshell the server would escape the cleanup.)
startup_ms() {
  local db=$1 port=$2 start end pid
  local log="$bench_tmp/startup.log"
  start=$(date +%s%N)
  start_api "$log" "$port" "$db" Limits__Rate__ExemptLoopback=true
  pid=$started_pid
  until curl -sf -X POST "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' \
    -d '{"query":"{ departments(first: 1) { totalCount } }"}' >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$log" >&2; die "the server exited during a start-up run (log above)"; }
    sleep 0.02
  done
  end=$(date +%s%N)
  stop_pid "$pid"
  startup_result=$(((end - start) / 1000000))
}

# median_s MS...: the median, in seconds with two decimals.
median_s() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] / 1000 }'; }

# startup_medians RUNS: sets cold_s (empty database: migrate, read and load the report) and warm_s (database
# already built), the median of RUNS starts each, in seconds.
startup_medians() {
  local runs=$1 dir="$bench_tmp/startup" port _ cold=() warm=()
  mkdir -p "$dir"
  port=$(free_port "$bench_port_base")
  for _ in $(seq "$runs"); do
    drop_database "$dir/bench.db"
    startup_ms "$dir/bench.db" "$port"
    cold+=("$startup_result")
  done
  for _ in $(seq "$runs"); do
    startup_ms "$dir/bench.db" "$port"
    warm+=("$startup_result")
  done
  # Globals read by the script that sourced this file.
  # shellcheck disable=SC2034
  cold_s=$(median_s "${cold[@]}") warm_s=$(median_s "${warm[@]}")
}
