#!/usr/bin/env bash
# Benchmark of issue 17 point 7: a corrected national file re-imported over the national data. On SQLite and on
# PostgreSQL: the national file (820.161 TPS) imported into a new database, then a corrected copy of it (one valid vote
# of every TPS recounted as invalid, so every row differs and every row is replaced) imported over
# it, three times each; the median run is reported with the range. Targets: re-import ≤ 1,5 × the first import's
# time and ≤ 400 MB peak memory on both databases. Prints a Markdown report. Usage: [BENCH_DB=postgres|sqlite] bench/impor-ulang.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-sementara.sh
pastikan_paket 'command -v /usr/bin/time' time 'compgen -G "/usr/lib/postgresql/*/bin/initdb"' postgresql
. bench/bangun.sh

# The correction: one valid vote of each TPS recounted as invalid (the total stays; every row changes).
koreksi="$out/nasional-koreksi.csv"
if [ ! -s "$koreksi" ]; then
  header=$(head -n 1 "$csv")
  sah=$(echo "$header" | tr ',' '\n' | grep -n '^suara_sah$' | cut -d: -f1)
  tidak=$(echo "$header" | tr ',' '\n' | grep -n '^suara_tidak_sah$' | cut -d: -f1)
  awk -F, -v a="$sah" -v b="$tidak" 'BEGIN { OFS = "," } NR == 1 { print; next } $a > 0 { $a = $a - 1; $b = $b + 1 } { print }' "$csv" > "$koreksi"
fi

import() { # directory, file, environment assignments...: prints "wall_s maxrss_mb phases"
  local dir=$1 file=$2
  shift 2
  (cd "$dir" && env "$@" /usr/bin/time -f "%e %M" -o "$out/time.txt" "$tolok" tps import "$file" --pemilihan pemilu-2024 --surat-suara PPWP --satker RI > "$out/last.txt" 2>&1) \
    || { cat "$out/last.txt" >&2; return 1; }
  echo "$(awk '{ printf "%.2f %.0f", $1, $2 / 1024 }' "$out/time.txt") $(grep '^Waktu:' "$out/last.txt" | sed 's/^Waktu: //')"
}
median() { # file of runs: "| median (lo–hi) | mem | phases |"
  sort -n "$1" > "$1.sorted"
  local n lo hi
  n=$(wc -l < "$1.sorted")
  lo=$(sed -n 1p "$1.sorted" | cut -d' ' -f1)
  hi=$(sed -n "${n}p" "$1.sorted" | cut -d' ' -f1)
  sed -n "$(((n + 1) / 2))p" "$1.sorted" | { read -r wall mem rest; echo "$wall ($lo–$hi) | $mem | $rest"; }
}

echo "# Hasil bench/impor-ulang.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Mesin: $(nproc) inti, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(dotnet --version); PostgreSQL $(ls /usr/lib/postgresql | sort -V | tail -n 1)"
echo "Data: $(($(wc -l < "$csv") - 1)) TPS; berkas koreksi: satu suara sah tiap TPS dihitung ulang sebagai tidak sah"
echo
echo "| basis data | langkah | waktu (s), median 3 (rentang) | memori puncak (MB) | rincian |"
echo "|---|---|---|---|---|"

run() { # label, new-database function, environment assignments...
  local label=$1 fresh=$2
  shift 2
  : > "$out/first.txt"; : > "$out/again.txt"
  for _ in 1 2 3; do
    $fresh
    import "$out/ulang" "$csv" "$@" >> "$out/first.txt"
    import "$out/ulang" "$koreksi" "$@" >> "$out/again.txt"
  done
  echo "| $label | impor pertama | $(median "$out/first.txt") |"
  echo "| $label | impor ulang berkas koreksi | $(median "$out/again.txt") |"
}
sqlite_new() { rm -rf "$out/ulang" && mkdir -p "$out/ulang"; }
# BENCH_DB=postgres or sqlite runs one database only.
[ "${BENCH_DB:-}" = postgres ] || run SQLite sqlite_new
[ "${BENCH_DB:-}" = sqlite ] && exit 0

PG_OPSI="-c shared_buffers=256MB -c max_wal_size=2GB -c synchronous_commit=off"
pg_mulai
trap pg_berhenti EXIT
pg_url="Host=$PG_DIR;Username=postgres;Database=tolok_ulang"
pg_new() {
  sqlite_new
  as_pg "$PG_BIN/dropdb" --if-exists -h "$PG_DIR" -U postgres tolok_ulang 2> /dev/null
  as_pg "$PG_BIN/createdb" -h "$PG_DIR" -U postgres tolok_ulang
}
run PostgreSQL pg_new Database__Provider=postgres ConnectionStrings__Tolok="$pg_url"
