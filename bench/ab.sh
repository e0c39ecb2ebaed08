#!/usr/bin/env bash
# Re-measures, for retirement, the speed machinery of the national TPS import on PostgreSQL (issue 13, point 5):
# the current code ("base") against three variants, each a patch in bench/ab/ that removes one mechanism:
#   copy — Npgsql's own binary importer instead of the hand-written COPY encoder (CopyBiner);
#   sql  — the import's bookkeeping through LINQ and SaveChanges instead of plain SQL (ImporMentah);
#   seed — a new database seeded in one transaction instead of two connections (decision 69).
# Builds each as a Release build in a git worktree under $AB_OUT, then runs alternating rounds into an initialised
# ("siap") and a brand-new ("baru") PostgreSQL database, so that the machine's drift cancels out.
# Usage: bench/ab.sh   (ROUNDS="1 2 3 4" by default; needs the national CSV of bench/run.sh, made if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
. scripts/pg-sementara.sh
csv=${BENCH_OUT:-/tmp/tolok-bench}/nasional.csv   # the national file of bench/run.sh, made here if missing
if [ ! -s "$csv" ]; then
  mkdir -p "$(dirname "$csv")"
  dotnet build bench/Tolok.Bench -c Release -nologo -v:q -p:TolokSkipMigrations=true > /dev/null
  dotnet bench/Tolok.Bench/bin/Release/net10.0/tolok-bench.dll generate "$csv"
fi
ab=${AB_OUT:-/tmp/tolok-ab}
rm -rf "$ab" && mkdir -p "$ab"
git worktree prune
for v in base copy sql seed; do
  git worktree add -f --detach "$ab/$v" HEAD > /dev/null 2>&1
  if [ "$v" != base ]; then (cd "$ab/$v" && git apply "$root/bench/ab/$v.patch"); fi
  # The variants are measurement copies, not code to keep: style rules are not enforced on them.
  (cd "$ab/$v" && dotnet build src/Tolok -c Release -nologo -v:q -p:TreatWarningsAsErrors=false -p:EnforceCodeStyleInBuild=false > "$ab/build-$v.txt") \
    || { cat "$ab/build-$v.txt" >&2; exit 1; }
done
PG_OPSI="-c shared_buffers=256MB -c max_wal_size=2GB -c synchronous_commit=off"
pg_mulai > /dev/null
trap 'pg_berhenti; cd "$root"; for v in base copy sql seed; do git worktree remove --force "$ab/$v" 2> /dev/null || true; done' EXIT
pg_url="Host=$PG_DIR;Username=postgres;Database=tolok_ab"
pg_new() { as_pg "$PG_BIN/dropdb" --if-exists -h "$PG_DIR" -U postgres tolok_ab 2> /dev/null; as_pg "$PG_BIN/createdb" -h "$PG_DIR" -U postgres tolok_ab; }
run() { # variant, siap|baru: prints the wall time of one import
  local t="$ab/$1/src/Tolok/bin/Release/net10.0/tolok" d="$ab/kerja-$1"
  rm -rf "$d" && mkdir -p "$d"
  pg_new
  if [ "$2" = siap ]; then (cd "$d" && Database__Provider=postgres ConnectionStrings__Tolok="$pg_url" "$t" user list > /dev/null); fi
  (cd "$d" && Database__Provider=postgres ConnectionStrings__Tolok="$pg_url" /usr/bin/time -f "%e" -o "$ab/time.txt" "$t" tps import "$csv" --pemilihan pemilu-2024 --surat-suara PPWP --satker RI > "$ab/last.txt" 2>&1) \
    || { cat "$ab/last.txt" >&2; exit 1; }
  cat "$ab/time.txt"
}
run base siap > /dev/null   # the server has just started: one import first, not measured
echo "| putaran | base siap | copy siap | sql siap | base siap | base baru | seed baru |"
echo "|---|---|---|---|---|---|---|"
for round in ${ROUNDS:-1 2 3 4}; do
  echo "| $round | $(run base siap) | $(run copy siap) | $(run sql siap) | $(run base siap) | $(run base baru) | $(run seed baru) |"
done
