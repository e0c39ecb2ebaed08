#!/usr/bin/env bash
# Benchmark of issue 3: national participation data (820.161 TPS) imported end to end with `tolok tps import`
# into a fresh SQLite database and into PostgreSQL, against a baseline of the sqlite3 tool's .import plus one
# GROUP BY per level; then a re-import of one kecamatan into the national data, and API reads of single nodes.
# Each import into a new or an initialised empty database runs five times; the median run is reported.
# Prints a Markdown report. Usage: bench/run.sh   (needs about 2 GB of disk in /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-sementara.sh
pastikan_paket 'command -v /usr/bin/time' time 'command -v sqlite3' sqlite3 'compgen -G "/usr/lib/postgresql/*/bin/initdb"' postgresql 'command -v curl' curl

. bench/bangun.sh

measure() { # label, command...: prints "wall_s maxrss_mb" and keeps the command's output in $out/last.txt
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" > "$out/last.txt" 2>&1 || { cat "$out/last.txt" >&2; return 1; }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$out/time.txt"
}
phases() { grep '^Waktu:' "$out/last.txt" | sed 's/^Waktu: //'; }

echo "# Hasil bench/run.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Mesin: $(nproc) inti, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(dotnet --version) ; $(sqlite3 --version | cut -d' ' -f1) ; PostgreSQL $(ls /usr/lib/postgresql | sort -V | tail -n 1)"
echo "Data: $(($(wc -l < "$csv") - 1)) TPS, $(du -m "$csv" | cut -f1) MB CSV"
echo
echo "| langkah | waktu (s) | memori puncak (MB) | rincian |"
echo "|---|---|---|---|"

# Each import is run five times (the machine's noise is ±0,2 s); the run with the median wall time is reported,
# with the range. "baru": a database that does not exist yet (the command creates it: schema, seeds, first
# administrator); "siap": a database made beforehand by another command (`tolok user list`), still without data.
three() { # label, prepare function (gets the run's directory), directory, environment assignments...
  local label=$1 prepare=$2 dir=$3
  shift 3
  : > "$out/runs.txt"
  for i in 1 2 3 4 5; do
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && $prepare)
    (cd "$dir" && env "$@" /usr/bin/time -f "%e %M" -o "$out/time.txt" $tolok tps import "$csv" --pemilihan pemilu-2024 --surat-suara PPWP --satker RI > "$out/last.txt" 2>&1) \
      || { cat "$out/last.txt" >&2; return 1; }
    echo "$(awk '{ printf "%.2f %.0f", $1, $2 / 1024 }' "$out/time.txt") $(phases)" >> "$out/runs.txt"
  done
  sort -n "$out/runs.txt" > "$out/sorted.txt"
  local lo hi
  lo=$(sed -n 1p "$out/sorted.txt" | cut -d' ' -f1)
  hi=$(sed -n 5p "$out/sorted.txt" | cut -d' ' -f1)
  sed -n 3p "$out/sorted.txt" | { read -r wall mem rest; echo "| $label | $wall ($lo–$hi) | $mem | $rest |"; }
}
nothing() { :; }
initialise() { "$@" user list > /dev/null; }

# 1. SQLite, end to end (process start, database, parse, validate, store, roll-up).
sqlite_ready() { initialise $tolok; }
three "tolok tps import → SQLite siap (kosong)" sqlite_ready "$out/sqlite-siap"
three "tolok tps import → SQLite baru" nothing "$out/sqlite"

# 2. Baseline: sqlite3 .import into a plain table, then one GROUP BY per level.
rm -f "$out/baseline.db"
cat > "$out/baseline.sql" <<SQL
.mode csv
.import $csv tps
CREATE TABLE rekap AS
  SELECT substr(kode, 1, 2) AS kode, sum(pemilih_dpt_j) AS dpt, sum(pengguna_total_j) AS pengguna, count(*) AS tps FROM tps GROUP BY 1
  UNION ALL SELECT substr(kode, 1, 4), sum(pemilih_dpt_j), sum(pengguna_total_j), count(*) FROM tps GROUP BY 1
  UNION ALL SELECT substr(kode, 1, 6), sum(pemilih_dpt_j), sum(pengguna_total_j), count(*) FROM tps GROUP BY 1
  UNION ALL SELECT substr(kode, 1, 10), sum(pemilih_dpt_j), sum(pengguna_total_j), count(*) FROM tps GROUP BY 1;
SQL
measure sqlite3 "$out/baseline.db" ".read $out/baseline.sql" > "$out/r.txt"
read -r wall mem < "$out/r.txt"
echo "| baseline: sqlite3 .import + GROUP BY per tingkat | $wall | $mem | $(sqlite3 "$out/baseline.db" 'select count(*) from rekap') baris rekap |"

# 3. Re-import one kecamatan (~250 TPS) into the national SQLite data.
kec=$(cut -c1-6 "$csv" | sed 1d | uniq -c | awk '$1 >= 200 && $1 <= 300 && !found { print $2; found = 1 }')
{ head -n 1 "$csv"; grep "^$kec" "$csv" | awk -F, 'BEGIN { OFS = "," } { $26 = $26 + 1; $27 = $27; print }'; } > "$out/kecamatan.csv"
(cd "$out/sqlite" && measure $tolok tps import "$out/kecamatan.csv" --pemilihan pemilu-2024 --surat-suara PPWP --satker RI) > "$out/r.txt"
read -r wall mem < "$out/r.txt"
echo "| impor ulang 1 kecamatan ($kec, $(($(wc -l < "$out/kecamatan.csv") - 1)) TPS) ke data nasional | $wall | $mem | $(phases) |"

# 4. Reading single nodes through the API (server on the national SQLite data).
port=5187
(cd "$out/sqlite" && exec env ASPNETCORE_URLS=http://127.0.0.1:$port $tolok serve > "$out/serve.log" 2>&1) &
server=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/v1/pemilihan" > /dev/null && break; sleep 0.5; done
nodes="RI 51 51.01 $kec ${kec}2001 $(sed -n 2p "$csv" | cut -d, -f1)"
# Warm-up: a long-running server has its code compiled at the optimised tier; measure that state.
for _ in $(seq 1 100); do for n in $nodes; do curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/pemilihan/pemilu-2024/partisipasi/$n?suratSuara=PPWP"; done; done
for n in $nodes; do
  times=$(for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/api/v1/pemilihan/pemilu-2024/partisipasi/$n?suratSuara=PPWP"; done | sort -n)
  median=$(echo "$times" | sed -n 25p | awk '{ printf "%.1f", $1 * 1000 }')
  p95=$(echo "$times" | sed -n 48p | awk '{ printf "%.1f", $1 * 1000 }')
  echo "| API GET partisipasi/$n | median ${median} ms | | p95 ${p95} ms (50 permintaan sesudah 100 pemanasan, curl, loopback) |"
done
kill "$server" 2> /dev/null || true
wait "$server" 2> /dev/null || true

# 5. PostgreSQL, end to end.
PG_OPSI="-c shared_buffers=256MB -c max_wal_size=2GB -c synchronous_commit=off"
pg_mulai
trap pg_berhenti EXIT
pg_url="Host=$PG_DIR;Username=postgres;Database=tolok_bench"
pg_new() { as_pg "$PG_BIN/dropdb" --if-exists -h "$PG_DIR" -U postgres tolok_bench 2> /dev/null; as_pg "$PG_BIN/createdb" -h "$PG_DIR" -U postgres tolok_bench; }
pg_ready() { pg_new; Database__Provider=postgres ConnectionStrings__Tolok="$pg_url" $tolok user list > /dev/null; }
# One import first, not measured: the server just started (empty caches), as a server in use would not be.
pg_ready
Database__Provider=postgres ConnectionStrings__Tolok="$pg_url" $tolok tps import "$csv" --pemilihan pemilu-2024 --surat-suara PPWP --satker RI > /dev/null 2>&1
three "tolok tps import → PostgreSQL siap (kosong)" pg_ready "$out/pg" Database__Provider=postgres ConnectionStrings__Tolok="$pg_url"
three "tolok tps import → PostgreSQL baru" pg_new "$out/pg" Database__Provider=postgres ConnectionStrings__Tolok="$pg_url"
