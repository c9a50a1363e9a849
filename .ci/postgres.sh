#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for the tests: Debian's packages (installed when missing), its data in a
# temporary folder, listening on loopback only, run as an unprivileged user (initdb refuses root).
# Usage: .ci/postgres.sh start <dir> <port>   prints the admin connection string on its last line
#        .ci/postgres.sh stop <dir>
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?a folder for the cluster}"

bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  echo "$found"
}

case "$action" in
  start)
    port="${3:?a port}"
    if [ -z "$(bin)" ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update >&2
      apt-get install -y --no-install-recommends postgresql >&2
    fi
    pg="$(bin)"
    user=postgres
    if ! id "$user" >/dev/null 2>&1; then
      useradd --system --no-create-home "$user"
    fi
    mkdir -p "$dir"
    chown "$user" "$dir"
    as_user=()
    if [ "$(id -u)" -eq 0 ]; then
      as_user=(runuser -u "$user" --)
    fi
    "${as_user[@]}" "$pg/initdb" -D "$dir/data" -U opendata --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
    "${as_user[@]}" "$pg/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
    echo "Host=127.0.0.1;Port=$port;Username=opendata;Database=postgres"
    ;;
  stop)
    pg="$(bin)"
    as_user=()
    if [ "$(id -u)" -eq 0 ]; then
      as_user=(runuser -u postgres --)
    fi
    "${as_user[@]}" "$pg/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
    ;;
  *)
    echo "start or stop" >&2
    exit 2
    ;;
esac
