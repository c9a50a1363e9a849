#!/usr/bin/env bash
# Measures start-up to first answer: cold (empty database: migrate + read the report + load it) and warm
# (database already built). Usage: bench/startup.sh [runs]  — prints the median of each in seconds.
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/src/OpenData.Api" -c Release -v quiet -nologo >/dev/null
dll="$root/src/OpenData.Api/bin/Release/net10.0/OpenData.Api.dll"
db=$(mktemp -d)/bench.db
port=5197
query='{"query":"{ departments(first: 1) { totalCount } }"}'

once() {
  local start end pid
  start=$(date +%s%N)
  ConnectionStrings__OpenData="Data Source=$db" Seed__Directory="$root/seed" dotnet "$dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -X POST "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "$query" >/dev/null; do sleep 0.02; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]/1000}'; }

cold=$(for _ in $(seq "$runs"); do rm -f "$db"*; once; done | median)
warm=$(for _ in $(seq "$runs"); do once; done | median)
echo "cold start (empty database to first answer), median of $runs: ${cold} s"
echo "warm start (database built), median of $runs: ${warm} s"
