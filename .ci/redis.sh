#!/usr/bin/env bash
# Starts a private Redis for the tests: Debian's package (installed when missing), loopback only, nothing saved to
# disk, its files in a temporary folder.
# Usage: .ci/redis.sh start <dir> <port>   prints the connection string on its last line
#        .ci/redis.sh stop <dir>
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?a folder for the server}"

case "$action" in
  start)
    port="${3:?a port}"
    if ! command -v redis-server >/dev/null 2>&1; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update >&2
      apt-get install -y --no-install-recommends redis-server >&2
    fi
    mkdir -p "$dir"
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" \
      --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/log" >&2
    for _ in $(seq 1 50); do
      if redis-cli -p "$port" ping >/dev/null 2>&1; then
        echo "127.0.0.1:$port"
        exit 0
      fi
      sleep 0.1
    done
    echo "Redis did not answer on port $port; its log: $dir/log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$dir/redis.pid" ]; then
      kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
    fi
    ;;
  *)
    echo "start or stop" >&2
    exit 2
    ;;
esac
