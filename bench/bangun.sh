# Sourced by the benchmarks: installs Tolok as it is installed for use (scripts/pasang.sh: Release, self-contained,
# composite ReadyToRun) into $out/bin and makes the national test data (820.161 TPS) into $out/nasional.csv once.
# Sets $out, $tolok and $csv.
out=${BENCH_OUT:-/tmp/tolok-bench}
mkdir -p "$out"
# BENCH_TERPASANG=1 reuses the installation the previous benchmark made from the same sources (running several in a row).
if [ "${BENCH_TERPASANG:-}" = 1 ] && [ -x "$out/bin/tolok" ]; then
  echo "== Memakai Tolok yang sudah terpasang di $out/bin" >&2
else
  echo "== Memasang Tolok seperti untuk pemakaian (scripts/pasang.sh)" >&2
  rm -rf "$out/bin"
  scripts/pasang.sh "$out/bin" > /dev/null
  dotnet build bench/Tolok.Bench -c Release -nologo -v:q -p:TolokSkipMigrations=true > /dev/null
fi
tolok="$out/bin/tolok"
csv="$out/nasional.csv"
[ -s "$csv" ] || dotnet bench/Tolok.Bench/bin/Release/net10.0/tolok-bench.dll generate "$csv"
