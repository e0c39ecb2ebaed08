#!/usr/bin/env bash
# Benchmark of issue 14: hostile uploads against a running server (SQLite), each refused within seconds, the server's
# peak memory (VmHWM) read after each; then a legitimate national TPS file (820.161 TPS) uploaded through the same API.
# Prints a Markdown report. Usage: bench/bermusuhan.sh   (needs the national CSV of bench/run.sh; made if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-sementara.sh
pastikan_paket 'command -v curl' curl 'command -v python3' python3
out=${BENCH_OUT:-/tmp/tolok-bench}
mkdir -p "$out"
dotnet build src/Tolok -c Release -nologo -v:q > /dev/null
tolok="$PWD/src/Tolok/bin/Release/net10.0/tolok"
csv="$out/nasional.csv"
if [ ! -s "$csv" ]; then
  dotnet build bench/Tolok.Bench -c Release -nologo -v:q -p:TolokSkipMigrations=true > /dev/null
  dotnet bench/Tolok.Bench/bin/Release/net10.0/tolok-bench.dll generate "$csv"
fi
dir="$out/bermusuhan" && rm -rf "$dir" && mkdir -p "$dir"

# The hostile files, made here (streamed, never held in memory).
python3 - "$dir" <<'PY'
import sys, zipfile, os
d = sys.argv[1]
def workbook(path, rows, shared=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            f.write(b'<row><c t="inlineStr"><is><t>nama</t></is></c></row>')
            chunk = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 10000
            for _ in range(rows // 10000):
                f.write(chunk)
            f.write(b'</sheetData></worksheet>')
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            if shared:
                chunk = b'<si><t>x</t></si>' * 10000
                for _ in range(shared // 10000):
                    f.write(chunk)
            f.write(b'</sst>')
workbook(os.path.join(d, "juta-baris.xlsx"), 1_000_000)
workbook(os.path.join(d, "teks-bersama.xlsx"), 0, 5_000_000)
with zipfile.ZipFile(os.path.join(d, "sirekap-bom.zip"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    with z.open("5101012001001.json", "w", force_zip64=True) as f:
        f.write(b'{"chart":{},"x":"')
        block = b' ' * (1 << 20)
        for _ in range(2560):
            f.write(block)
        f.write(b'"}')
PY
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\10\2\0\0\0' > "$dir/gambar.csv"

cd "$dir"
"$tolok" user list > /dev/null
token=$("$tolok" token add bench --user admin | grep -o 'tolok_[A-Za-z0-9_-]*')
port=5189
ASPNETCORE_URLS=http://127.0.0.1:$port "$tolok" serve > serve.log 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/v1/pemilihan" > /dev/null && break; sleep 0.5; done
hwm() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }
rss() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }
post() { # label, url, file: one row of the report
  local r
  r=$(curl -s -o "$dir/jawaban.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" -F "berkas=@$3" "http://127.0.0.1:$port$2")
  echo "| $1 | $(du -k "$3" | cut -f1) KB | ${r%% *} | ${r##* } | $(rss) | $(hwm) | $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print((d.get("detail") or d.get("title") or "")[:110].replace("|","/"))' "$dir/jawaban.json" 2> /dev/null || true) |"
}
echo "# Hasil bench/bermusuhan.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Mesin: $(nproc) inti, $(free -g | awk '/Mem:/ { print $2 }') GiB; server \`tolok serve\` (Release) di SQLite; memori server sebelum unggahan: $(rss) MB"
echo
echo "| berkas | ukuran | status | waktu (s) | RSS sesudah (MB) | puncak RSS server (MB) | jawaban |"
echo "|---|---|---|---|---|---|---|"
post "register XLSX, 1.000.000 baris" "/api/v1/satker/51.01/register/laporan-rb/impor" "$dir/juta-baris.xlsx"
post "XLSX, 5.000.000 teks bersama" "/api/v1/satker/51.01/register/sengketa/impor" "$dir/teks-bersama.xlsx"
post "zip Sirekap, satu JSON 2,5 GiB" "/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=RI" "$dir/sirekap-bom.zip"
post "PNG sebagai data TPS" "/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=RI" "$dir/gambar.csv"
# Three at once: the server-wide limit (Impor:Bersamaan = 2) answers the third 429 or all are refused on their own.
for f in juta-baris.xlsx teks-bersama.xlsx juta-baris.xlsx; do
  curl -s -o /dev/null -w '%{http_code} ' -H "Authorization: Bearer $token" -F "berkas=@$dir/$f" "http://127.0.0.1:$port/api/v1/satker/51.01/register/laporan-rb/impor" &
done > "$dir/bersamaan.txt"
wait $(jobs -p | grep -v "^$server$") 2> /dev/null || true
echo "| tiga XLSX bermusuhan sekaligus | | $(cat "$dir/bersamaan.txt") | | $(rss) | $(hwm) | |"
post "impor sah: data nasional CSV, 820.161 TPS" "/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=RI" "$csv"
