#!/usr/bin/env bash
# Starts the Release build on a database built from seed/ and runs bench/queries.mjs against it.
# Usage: bench/queries.sh [requests per query] [concurrency]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/src/OpenData.Api" -c Release -v quiet -nologo >/dev/null
db=$(mktemp -d)/bench.db
port=5196
ConnectionStrings__OpenData="Data Source=$db" Seed__Directory="$root/seed" Logging__LogLevel__Default=Warning \
  dotnet "$root/src/OpenData.Api/bin/Release/net10.0/OpenData.Api.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -X POST "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' >/dev/null; do sleep 0.1; done
node "$root/bench/queries.mjs" "http://127.0.0.1:$port/graphql" "${1:-400}" "${2:-8}"
