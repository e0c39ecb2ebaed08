#!/usr/bin/env bash
# Installs Tolok into a folder, as it is meant to run on a server or a laptop: Release, self-contained (the machine
# needs no .NET runtime), and compiled ahead of time together with the .NET and ASP.NET Core libraries into one
# composite ReadyToRun image, so that a CLI verb starts without compiling code at run time (decision 67;
# docs/benchmarks.md: a national import 0,15–0,25 s faster than a framework-dependent ReadyToRun build).
# Usage: scripts/pasang.sh [FOLDER]   (default: dist/tolok). Then: FOLDER/tolok serve
set -euo pipefail
cd "$(dirname "$0")/.."
tujuan=${1:-dist/tolok}
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "Arsitektur $(uname -m) belum didukung skrip ini." >&2; exit 1 ;;
esac
# The build also makes the two migrations assemblies (they reference Tolok, so publish cannot include them).
dotnet build src/Tolok -c Release -nologo -v:q > /dev/null
dotnet publish src/Tolok -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
  -p:TolokSkipMigrations=true -nologo -v:q -o "$tujuan" > /dev/null
cp src/Tolok/bin/Release/net10.0/Tolok.Migrations.*.dll "$tujuan/"
echo "Tolok terpasang di $tujuan; jalankan: $tujuan/tolok serve"
