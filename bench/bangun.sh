# Sourced by the benchmarks: builds Tolok as it would be installed (Release, ReadyToRun) into $out/bin and the
# national test data (820.161 TPS) into $out/nasional.csv once. Sets $out, $tolok and $csv.
out=${BENCH_OUT:-/tmp/tolok-bench}
mkdir -p "$out"
echo "== Membangun (Release, ReadyToRun: as Tolok would be installed)" >&2
dotnet build src/Tolok -c Release -nologo -v:q > /dev/null
dotnet publish src/Tolok -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -p:TolokSkipMigrations=true -nologo -v:q -o "$out/bin" > /dev/null
cp src/Tolok/bin/Release/net10.0/Tolok.Migrations.*.dll "$out/bin/"
dotnet build bench/Tolok.Bench -c Release -nologo -v:q -p:TolokSkipMigrations=true > /dev/null
tolok="$out/bin/tolok"
csv="$out/nasional.csv"
[ -s "$csv" ] || dotnet bench/Tolok.Bench/bin/Release/net10.0/tolok-bench.dll generate "$csv"
