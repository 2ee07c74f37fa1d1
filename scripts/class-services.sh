#!/usr/bin/env bash
# Redis and Postgres on loopback for the class server's scale-out test (.ci/run uses it):
#   eval "$(scripts/class-services.sh start)"   installs them with apt-get if absent, starts
#                                               them in a temporary folder, prints the exports
#   scripts/class-services.sh stop              stops them and removes the folder
set -euo pipefail
DIR="${CLASS_SERVICES_DIR:-/tmp/shuttle-class-services}"
PG_PORT="${CLASS_PG_PORT:-55432}"
REDIS_PORT="${CLASS_REDIS_PORT:-56379}"

pg_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$found" ] && echo "$found"
}

install_if_absent() {
  local need=()
  command -v redis-server >/dev/null || need+=(redis-server)
  [ -n "$(pg_bin || true)" ] || need+=(postgresql)
  if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]} with apt-get" >&2
    (apt-get install -y -qq "${need[@]}" || (apt-get update -qq && apt-get install -y -qq "${need[@]}")) >&2
  fi
}

start() {
  install_if_absent
  local bin; bin="$(pg_bin)"
  rm -rf "$DIR"; mkdir -p "$DIR/pg"
  # Postgres will not run as root: its own user owns the cluster.
  local as=()
  if [ "$(id -u)" = 0 ]; then chown -R postgres "$DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$DIR/pg" -U shuttle --auth=trust >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$DIR/pg" -l "$DIR/pg.log" -w -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $DIR" start >/dev/null
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --daemonize yes --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" --dir "$DIR" >&2
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "export DATABASE_URL=postgres://shuttle@127.0.0.1:$PG_PORT/postgres"
  echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
}

stop() {
  local bin; bin="$(pg_bin || true)"
  if [ -f "$DIR/redis.pid" ]; then kill "$(cat "$DIR/redis.pid")" 2>/dev/null || true; fi
  if [ -n "$bin" ] && [ -d "$DIR/pg" ]; then
    local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
    "${as[@]}" "$bin/pg_ctl" -D "$DIR/pg" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
