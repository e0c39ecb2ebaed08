#!/usr/bin/env bash
# Backtest of issue 18's early warning: on the national demo (553 satker, 2024, quarterly figures), the flag
# "berisiko tidak tercapai" of every kabupaten/kota IKU in TW1, TW2 and TW3 (read from KPU RI's monitoring matrix)
# against whether the year's achievement (the annual matrix) reached 100 %. Prints a Markdown report with the
# confusion table and precision/recall per quarter. Usage: bench/proyeksi.sh (BENCH_TERPASANG=1 reuses the install)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-sementara.sh
pastikan_paket 'command -v curl' curl 'command -v python3' python3
. bench/bangun.sh

db="$out/proyeksi"
rm -rf "$db" && mkdir -p "$db"
(cd "$db" && "$tolok" demo --nasional > demo.log)
(cd "$db" && "$tolok" user add bench --peran Perencana > /dev/null)
token=$(cd "$db" && "$tolok" token add bench --user bench | tail -n 1)
port=5194
(cd "$db" && exec env ASPNETCORE_URLS=http://127.0.0.1:$port "$tolok" serve > serve.log 2>&1) &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/api/v1/pemilihan" > /dev/null && break; sleep 0.5; done
for p in tahunan TW1 TW2 TW3; do
  curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/satker/RI/monitoring/2024?tingkat=kabupaten&periode=$p" > "$db/$p.json"
done
python3 - "$db" <<'PY'
import json, sys
d = sys.argv[1]
def cells(p):
    m = json.load(open(f"{d}/{p}.json"))
    return {(u["kode"], c["kode"]): c for u in m["unit"] for c in u.get("nilai", [])}
year = cells("tahunan")
print(f"# Hasil bench/proyeksi.sh\n")
print("| triwulan | IKU bertanda | tanda benar (tidak tercapai) | tanda keliru | tidak bertanda tetapi tidak tercapai | tidak bertanda dan tercapai | tanpa proyeksi | presisi | recall | akurasi |")
print("|---|---|---|---|---|---|---|---|---|---|")
for p in ["TW1", "TW2", "TW3"]:
    tp = fp = fn = tn = none = 0
    for key, c in cells(p).items():
        y = year.get(key)
        if y is None or y.get("capaian") is None or c.get("berisiko") is None:
            none += 1
            continue
        missed = y["capaian"] < 100
        if c["berisiko"] and missed: tp += 1
        elif c["berisiko"]: fp += 1
        elif missed: fn += 1
        else: tn += 1
    n = tp + fp + fn + tn
    pct = lambda a, b: f"{100 * a / b:.1f}%".replace(".", ",") if b else "—"
    print(f"| {p} | {tp + fp} | {tp} | {fp} | {fn} | {tn} | {none} | {pct(tp, tp + fp)} | {pct(tp, tp + fn)} | {pct(tp + tn, n)} |")
PY
