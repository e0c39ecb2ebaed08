#!/usr/bin/env bash
# Load benchmark of issue 6: the public participation page and the public IKU page, national data loaded (820.161 TPS,
# bench/run.sh's database, or imported here), approved through the real workflow (users created with the CLI, signed
# in with curl), then wrk with 64 connections on 2 threads for 30 s per page. Target: ≥ 2.000 requests/s, p99 ≤ 50 ms,
# no error. Prints a Markdown report. Usage: bench/publik.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-sementara.sh
pastikan_paket 'command -v wrk' wrk 'command -v curl' curl
. bench/bangun.sh

db="$out/publik"
if [ ! -s "$db/data/tolok.db" ]; then
  rm -rf "$db" && mkdir -p "$db"
  (cd "$db" && "$tolok" tps import "$csv" --pemilihan pemilu-2024 --surat-suara PPWP --satker RI > /dev/null)
fi
user() { (cd "$db" && "$tolok" user add "$1-$RANDOM$RANDOM" --peran "$2") | sed -n 's/^Pengguna \([^ ]*\) dibuat. Kata sandi (hanya ditampilkan sekali): \(.*\)$/\1 \2/p'; }
read -r perencana_n perencana_p < <(user bench-perencana Perencana)
read -r verifikator_n verifikator_p < <(user bench-verifikator Verifikator)
read -r pimpinan_n pimpinan_p < <(user bench-pimpinan Pimpinan)
for u in "$verifikator_n" "$pimpinan_n"; do (cd "$db" && "$tolok" user pic "$u" --satker '*' --register '*' > /dev/null); done

port=5194
(cd "$db" && exec env ASPNETCORE_URLS=http://127.0.0.1:$port Keamanan__BatasMasukPerMenit=1000 "$tolok" serve > serve.log 2>&1) &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/v1/pemilihan" > /dev/null && break; sleep 0.5; done
base="http://127.0.0.1:$port"

login() { # name password jar
  local token
  token=$(curl -s -c "$3" "$base/Akun/Masuk" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -b "$3" -c "$3" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "NamaPengguna=$1" --data-urlencode "KataSandi=$2" "$base/Akun/Masuk"
}
act() { curl -s -b "$1" -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{}' "$base/api/v1/satker/$2/alur/$3/$4"; }
login "$perencana_n" "$perencana_p" "$out/j1"; login "$verifikator_n" "$verifikator_p" "$out/j2"; login "$pimpinan_n" "$pimpinan_p" "$out/j3"
# Participation approved nationally (KPU RI); the IKU of KPU Kabupaten Jembrana approved one by one.
for item in "RI partisipasi pemilu-2024:PPWP" $(for k in 1.1 1.2 1.3 1.4 2.1 3.1 3.2 3.3 4.1 4.2; do echo "51.01 realisasi 2024:tahunan:$k"; done | tr ' ' '~'); do
  set -- ${item//\~/ }
  # Approved by an earlier run of this script on the same database: nothing to do.
  curl -s -b "$out/j3" "$base/api/v1/satker/$1/alur/$2/$3" | grep -q '"status":"disetujui"' && continue
  codes="$(act "$out/j1" "$1" "$2" "$3/ajukan")$(act "$out/j2" "$1" "$2" "$3/verifikasi")$(act "$out/j3" "$1" "$2" "$3/setujui")"
  [ "$codes" = "200200200" ] || { echo "persetujuan $* gagal: $codes" >&2; exit 1; }
done

echo "# Hasil bench/publik.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Mesin: $(nproc) inti, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(dotnet --version); $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2); data: $(($(wc -l < "$csv") - 1)) TPS"
echo
echo "| halaman | permintaan/detik | p50 | p99 | galat | permintaan |"
echo "|---|---|---|---|---|---|"
for path in "/Publik/Partisipasi?pemilihan=pemilu-2024&surat=PPWP&kode=51.01" "/Publik?satker=51.01&tahun=2024" "/Publik/Partisipasi?pemilihan=pemilu-2024&surat=PPWP&kode=RI"; do
  curl -sf -o /dev/null "$base$path"   # the first request fills the cache
  wrk -t2 -c64 -d10s --latency "$base$path" > /dev/null  # warm-up
  result=$(wrk -t2 -c64 -d30s --latency "$base$path")
  rps=$(echo "$result" | awk '/Requests\/sec/ { print $2 }')
  p50=$(echo "$result" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$result" | awk '$1 == "99%" { print $2 }')
  total=$(echo "$result" | awk '/requests in/ { print $1 }')
  errors=$(echo "$result" | awk '/Non-2xx|Socket errors/ { sub(/^ +/, ""); print }' | paste -sd ';' -)
  echo "| \`$path\` | $rps | $p50 | $p99 | ${errors:-0} | $total |"
done
