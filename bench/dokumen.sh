#!/usr/bin/env bash
# Benchmark of issue 5: (1) the 2024 LKjIP of the demo data in PDF, DOCX and XLSX (target: ≤ 1 s for the three);
# (2) the participation report of a province-sized election — the national generator's largest province, imported
# alone — in each format (target: ≤ 2 s). Times are HTTP requests to a running server (curl, loopback): the first
# request after start, then the median of 10 after warm-up. Prints a Markdown report. Usage: bench/dokumen.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-sementara.sh
pastikan_paket 'command -v curl' curl
. bench/bangun.sh

serve() { # dir, port: starts the server on the SQLite database in dir and waits for it
  (cd "$1" && exec env ASPNETCORE_URLS="http://127.0.0.1:$2" "$tolok" serve > serve.log 2>&1) &
  server=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$2/api/v1/pemilihan" > /dev/null && return; sleep 0.5; done
  echo "server tidak menjawab" >&2; exit 1
}
auth=()
# Every request must succeed: a draft refused to a visitor (401) would be timed as a fast empty answer.
time_of() { curl -sf "${auth[@]}" -o /dev/null -w '%{time_total}\n' "$1"; }
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] * 1000 }'; }
measure() { # url: first request, then median of 10 after 5 warm-ups, in ms
  local first; first=$(time_of "$1" | awk '{ printf "%.0f", $1 * 1000 }')
  for _ in $(seq 1 5); do time_of "$1" > /dev/null; done
  echo "$first $(for _ in $(seq 1 10); do time_of "$1"; done | median)"
}

echo "# Hasil bench/dokumen.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Mesin: $(nproc) inti, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(dotnet --version)"
echo

rm -rf "$out/dok" && mkdir -p "$out/dok"
(cd "$out/dok" && "$tolok" demo > /dev/null)
# The demo's documents are drafts, internal (decision 87): read them as a planner through an API token.
(cd "$out/dok" && "$tolok" user add bench --peran Perencana > /dev/null)
token=$(cd "$out/dok" && "$tolok" token add bench --user bench | tail -n 1)
auth=(-H "Authorization: Bearer $token")
serve "$out/dok" 5192
echo "| dokumen | permintaan pertama (ms) | median 10 (ms) | ukuran |"
echo "|---|---|---|---|"
total_first=0; total_median=0
for f in pdf docx xlsx; do
  url="http://127.0.0.1:5192/api/v1/satker/51.01/dokumen/lkjip/2024.$f"
  read -r first med < <(measure "$url")
  size=$(curl -sf "${auth[@]}" "$url" | wc -c)
  total_first=$((total_first + first)); total_median=$((total_median + med))
  echo "| LKjIP 2024 data contoh ($f) | $first | $med | $size bita |"
done
echo "| **LKjIP, tiga format** | **$total_first** | **$total_median** | target ≤ 1000 ms |"
kill "$server"; wait "$server" 2> /dev/null || true

prov=$(cut -c1-2 "$csv" | sed 1d | sort | uniq -c | sort -rn | awk 'NR == 1 { print $2 }')
{ head -n 1 "$csv"; grep "^$prov" "$csv"; } > "$out/provinsi.csv"
rm -rf "$out/prov" && mkdir -p "$out/prov"
(cd "$out/prov" && "$tolok" tps import "$out/provinsi.csv" --pemilihan pemilu-2024 --surat-suara PPWP --satker RI > /dev/null)
(cd "$out/prov" && "$tolok" user add bench --peran Perencana > /dev/null)
token=$(cd "$out/prov" && "$tolok" token add bench --user bench | tail -n 1)
auth=(-H "Authorization: Bearer $token")
serve "$out/prov" 5193
tps=$(($(wc -l < "$out/provinsi.csv") - 1))
for f in pdf docx xlsx; do
  url="http://127.0.0.1:5193/api/v1/pemilihan/pemilu-2024/dokumen/partisipasi/$prov.$f"
  read -r first med < <(measure "$url")
  size=$(curl -sf "${auth[@]}" "$url" | wc -c)
  echo "| laporan partisipasi provinsi $prov ($tps TPS) ($f) | $first | $med | $size bita; target ≤ 2000 ms |"
done
kill "$server"; wait "$server" 2> /dev/null || true
