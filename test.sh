#!/usr/bin/env bash
# Runs every test of Tolok: installs what is missing (Debian packages), starts a throwaway PostgreSQL
# cluster, runs `dotnet test` against SQLite and PostgreSQL (and headless Chromium), stops the cluster.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/pg-sementara.sh

# LibreOffice (Writer and Calc, without the GUI) renders the DOCX/XLSX documents in the tests; poppler's pdftotext reads PDFs (issue 16).
# Liberation Sans stands in for Arial, the documents' font, with the same metrics: without it LibreOffice wraps lines
# in other places than Word does.
pastikan_paket 'compgen -G "/usr/lib/postgresql/*/bin/initdb"' postgresql 'command -v chromium' chromium 'command -v npm' npm \
  'command -v pdftotext' poppler-utils 'test -e /usr/lib/libreoffice/program/libswlo.so' libreoffice-writer-nogui 'test -e /usr/lib/libreoffice/program/libsclo.so' libreoffice-calc-nogui \
  'test -e /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf' fonts-liberation

# The OpenAPI linter (issue 14): Redocly CLI from npm, pinned, installed once into .alat/ (not committed). Its 2.x
# line needs Node.js 20.19 or 22.12+; an older Node.js (Debian's own) gets the last 1.x, with the same recommended rules.
node_utama=$(node -p 'process.versions.node.split(".").map(Number).reduce((a, b, i) => i < 2 ? a * 1000 + b : a)' 2> /dev/null || echo 0)
if [ "$node_utama" -ge 22012 ] || { [ "$node_utama" -ge 20019 ] && [ "$node_utama" -lt 21000 ]; }; then redocly_versi=2.77.0; else redocly_versi=1.34.21; fi
if [ ! -x ".alat/redocly/node_modules/.bin/redocly" ] || ! grep -q "\"version\": \"$redocly_versi\"" .alat/redocly/node_modules/@redocly/cli/package.json 2> /dev/null; then
  echo "== Memasang @redocly/cli $redocly_versi ke .alat/redocly"
  npm install --prefix .alat/redocly --no-audit --no-fund --loglevel=error "@redocly/cli@$redocly_versi" > /dev/null
fi
export TOLOK_REDOCLY="$PWD/.alat/redocly/node_modules/.bin/redocly"
if ! command -v dotnet > /dev/null; then
  echo "dotnet SDK 10 tidak ditemukan di PATH; pasang .NET SDK 10 lalu jalankan lagi." >&2
  exit 1
fi

pg_mulai
trap pg_berhenti EXIT
export TOLOK_TEST_POSTGRES="Host=$PG_DIR;Username=postgres;Pooling=true"
echo "== PostgreSQL uji berjalan di $PG_DIR"

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
