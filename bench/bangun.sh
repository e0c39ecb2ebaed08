# Sourced by the benchmarks: installs Tolok as it is installed for use (scripts/pasang.sh: Release, self-contained,
# composite ReadyToRun) into $out/bin and makes the national test data (820.161 TPS) into $out/nasional.csv once.
# Sets $out, $tolok and $csv.
out=${BENCH_OUT:-/tmp/tolok-bench}
mkdir -p "$out"
echo "== Memasang Tolok seperti untuk pemakaian (scripts/pasang.sh)" >&2
rm -rf "$out/bin"
scripts/pasang.sh "$out/bin" > /dev/null
dotnet build bench/Tolok.Bench -c Release -nologo -v:q -p:TolokSkipMigrations=true > /dev/null
tolok="$out/bin/tolok"
csv="$out/nasional.csv"
[ -s "$csv" ] || dotnet bench/Tolok.Bench/bin/Release/net10.0/tolok-bench.dll generate "$csv"
