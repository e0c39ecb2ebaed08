#!/usr/bin/env bash
# Runs every test of Tolok: installs what is missing (Debian packages), starts a throwaway PostgreSQL
# cluster, runs `dotnet test` against SQLite and PostgreSQL, stops the cluster. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
command -v chromium > /dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Memasang paket Debian: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
if ! command -v dotnet > /dev/null; then
  echo "dotnet SDK 10 tidak ditemukan di PATH; pasang .NET SDK 10 lalu jalankan lagi." >&2
  exit 1
fi

# A PostgreSQL cluster of our own, on a Unix socket only, gone when the script ends.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/tolok-pg.XXXXXX)
chmod 755 "$pgdir"
as_pg() { if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$pgdir"; runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() {
  as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop > /dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT
as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust --no-sync -E UTF8 > "$pgdir/initdb.log" 2>&1 \
  || { cat "$pgdir/initdb.log"; exit 1; }
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
  -o "-k $pgdir -c listen_addresses= -F -c max_connections=200" start > /dev/null \
  || { cat "$pgdir/server.log"; exit 1; }
export TOLOK_TEST_POSTGRES="Host=$pgdir;Username=postgres;Pooling=true"
echo "== PostgreSQL uji berjalan di $pgdir"

log=$(mktemp)
status=0
dotnet test Tolok.slnx --nologo 2>&1 | tee "$log" || status=$?
# One closing line that any CI reads: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+,' "$log" | awk '{ s += $2 } END { print s + 0 }')
failed=$(grep -Eo 'Failed: +[0-9]+,' "$log" | awk '{ s += $2 } END { print s + 0 }')
rm -f "$log"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; echo "Tidak ada pengujian yang dijalankan." >&2; fi
echo "${passed} passed, ${failed} failed"
exit "$status"
