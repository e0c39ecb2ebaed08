# Sourced by test.sh and bench/run.sh: a throwaway PostgreSQL cluster on a Unix socket in a temporary folder.
# After `pg_mulai`, PG_DIR holds the socket folder; `pg_berhenti` stops the cluster and removes the folder.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pastikan_paket() {
  # Installs the Debian packages named whose command or file is missing: pairs of "test package".
  local missing=()
  while [ $# -gt 1 ]; do
    if ! eval "$1" > /dev/null 2>&1; then missing+=("$2"); fi
    shift 2
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== Memasang paket Debian: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
  fi
}

pg_mulai() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/tolok-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync -E UTF8 > "$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log"; return 1; }
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-k $PG_DIR -c listen_addresses= -F -c max_connections=200 ${PG_OPSI:-}" start > /dev/null \
    || { cat "$PG_DIR/server.log"; return 1; }
}

as_pg() { if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$PG_DIR"; runuser -u postgres -- "$@"; else "$@"; fi; }

pg_berhenti() {
  [ -n "${PG_DIR:-}" ] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop > /dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
