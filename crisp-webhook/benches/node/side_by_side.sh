#!/usr/bin/env bash
# Web hooks, verify + typed parse, crisp-webhook beside the official node client (crisp-api)
# on the same two bodies (typical and rich `message:send` deliveries), in interleaved
# rounds; prints the median of each and the ratio. Both pinned to one core (taskset -c 1).
# Needs node and the npm install the tests use:
#
#   (cd tests/node && npm ci)
#   bash crisp-webhook/benches/node/side_by_side.sh          # ROUNDS=5
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${ROUNDS:-5}
export NODE_PATH="$PWD/tests/node/node_modules"
[ -d tests/node/node_modules/crisp-api ] || { echo "missing tests/node/node_modules: run npm ci there" >&2; exit 2; }
bin=$(bash .ci/bench-exe crisp-webhook verify_parse)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
VERIFY_DUMP="$out" "$bin" >/dev/null
for round in $(seq "$rounds"); do
    # The Rust bench prints "<label> delivery, …" then "  verify + typed parse: <n> /s …".
    taskset -c 1 "$bin" | awk '/ delivery, /{label=$1} /verify \+ typed parse:/{print "rust", label, $5}' >> "$out/results"
    taskset -c 1 node crisp-webhook/benches/node/verify_parse.js "$out" >> "$out/results"
    echo "round $round of $rounds done" >&2
done
python3 - "$out/results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    client, label, rate = line.split()
    rows.setdefault((client, label), []).append(float(rate))
print(f"{'delivery':9} {'crisp-webhook/s':>16} {'node/s':>9} {'ratio':>6}")
for label in ("typical", "rich"):
    rust = statistics.median(rows[("rust", label)])
    node = statistics.median(rows[("node", label)])
    print(f"{label:9} {rust:16.0f} {node:9.0f} {rust / node:5.1f}x")
PY
