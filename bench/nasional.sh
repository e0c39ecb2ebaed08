#!/usr/bin/env bash
# Benchmark of issue 17: the national demo (553 satker) loaded with `tolok demo --nasional` on SQLite (target ≤ 60 s),
# then the reads that carry the whole KPU, measured beside the cached /Publik page in one run: wrk with 64 connections
# on 2 threads, 20 s per path (after a 5 s warm-up), and curl for the monitoring matrix of KPU RI over its 514
# kabupaten/kota (cold = first request after a start, before any other, median of five starts; warm = median of 10)
# and the satker list (median of 20).
# Prints a Markdown report. Usage: bench/nasional.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-sementara.sh
pastikan_paket 'command -v wrk' wrk 'command -v curl' curl
. bench/bangun.sh

db="$out/nasional"
rm -rf "$db" && mkdir -p "$db"
mulai=$(date +%s.%N)
(cd "$db" && "$tolok" demo --nasional > demo.log)
demo=$(echo "$(date +%s.%N) - $mulai" | bc)
(cd "$db" && "$tolok" user add bench --peran Perencana > /dev/null)
token=$(cd "$db" && "$tolok" token add bench --user bench | tail -n 1)
read -r pimpinan_n pimpinan_p < <((cd "$db" && "$tolok" user add "bench-pimpinan-$RANDOM" --peran Pimpinan) | sed -n 's/^Pengguna \([^ ]*\) dibuat. Kata sandi (hanya ditampilkan sekali): \(.*\)$/\1 \2/p')
(cd "$db" && "$tolok" user pic "$pimpinan_n" --satker '*' --register '*' > /dev/null)

port=5195
mulai() {
  (cd "$db" && exec env ASPNETCORE_URLS=http://127.0.0.1:$port Keamanan__BatasMasukPerMenit=1000 "$tolok" serve > serve.log 2>&1) &
  server=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/api/v1/pemilihan" > /dev/null && break; sleep 0.5; done
}
henti() { kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; }
mulai
trap henti EXIT
base="http://127.0.0.1:$port"
auth="Authorization: Bearer $token"
ms() { curl -s -o /dev/null -w '%{time_total}' -H "$auth" "$base$1" | awk '{ printf "%.1f", $1 * 1000 }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
monitoring="/api/v1/satker/RI/monitoring/2024?tingkat=kabupaten"
# The first request of all after the start (before any page or sign-in): nothing computed, nothing of a year read.
dingin=$(ms "$monitoring")
jar="$out/nasional.jar"
csrf=$(curl -s -c "$jar" "$base/Akun/Masuk" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$csrf" --data-urlencode "NamaPengguna=$pimpinan_n" --data-urlencode "KataSandi=$pimpinan_p" "$base/Akun/Masuk"
# Cookies marked HttpOnly (the sign-in cookie) are written by curl with a "#HttpOnly_" prefix: not a comment.
cookie="Cookie: $(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')"
# The page must answer 200 to this cookie (a redirect to the sign-in page would be measured as a fast success).
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base/Kinerja?satker=51.01&tahun=2024")" = 200 ] || { echo "masuk sebagai $pimpinan_n gagal" >&2; exit 1; }

# A matrix not yet computed in a server already running (its queries compiled): the other periods, median of 4.
dingin2=$(for p in TW1 TW2 TW3 TW4; do ms "$monitoring&periode=$p"; echo; done | median)
hangat=$(for _ in $(seq 1 10); do ms "$monitoring"; echo; done | median)
satker=$(for _ in $(seq 1 20); do ms "/api/v1/satker"; echo; done | median)

# The first matrix after a start, four more times (a server started anew each time, nothing else asked before it).
for _ in 1 2 3 4; do
  henti
  mulai
  dingin="$dingin $(ms "$monitoring")"
done
dingin_median=$(echo "$dingin" | tr ' ' '\n' | median)
dingin_rentang="$(echo "$dingin" | tr ' ' '\n' | sort -n | head -n 1)–$(echo "$dingin" | tr ' ' '\n' | sort -n | tail -n 1)"

echo "# Hasil bench/nasional.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Mesin: $(nproc) inti, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(dotnet --version); $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2); SQLite"
echo
echo "- \`tolok demo --nasional\`: $(printf '%.1f' "$demo") s (target ≤ 60 s)"
echo "- \`GET $monitoring\` (514 × 10 IKU): pertama setelah server mulai (median 5 kali mulai) $dingin_median ms ($dingin_rentang); pertama per periode lain (server sudah berjalan, median 4) $dingin2 ms; median 10 berikutnya $hangat ms (target ≤ 300 ms / ≤ 20 ms)"
echo "- \`GET /api/v1/satker\` (553 satker): median 20 = $satker ms (target ≤ 5 ms)"
echo
echo "| jalur | permintaan/detik | p50 | p99 | galat | permintaan |"
echo "|---|---|---|---|---|---|"
for path in "/Publik?satker=51.01&tahun=2024" "/api/v1/satker/51.01/kinerja/2024" "/Kinerja?satker=51.01&tahun=2024"; do
  # /Publik as an anonymous visitor (its output cache serves only requests without credentials), the API with a
  # token, the page with the sign-in cookie.
  header="X-Bench: 1"
  [ "${path#/api}" != "$path" ] && header="$auth"
  [ "${path#/Kinerja}" != "$path" ] && header="$cookie"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$base$path")" = 200 ] || { echo "$path tidak menjawab 200" >&2; exit 1; }
  wrk -t2 -c64 -d5s --latency -H "$header" "$base$path" > /dev/null
  result=$(wrk -t2 -c64 -d20s --latency -H "$header" "$base$path")
  rps=$(echo "$result" | awk '/Requests\/sec/ { print $2 }')
  p50=$(echo "$result" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$result" | awk '$1 == "99%" { print $2 }')
  total=$(echo "$result" | awk '/requests in/ { print $1 }')
  errors=$(echo "$result" | awk '/Non-2xx|Socket errors/ { sub(/^ +/, ""); print }' | paste -sd ';' -)
  echo "| \`$path\` | $rps | $p50 | $p99 | ${errors:-0} | $total |"
done
