#!/usr/bin/env bash
# Realtime end to end, crisp-rtm beside the official node client (crisp-api), on the same
# real socket.io 4 server (server.js), ~1 KB `message:send` events over one connection.
# Interleaved rounds: every round runs every server mode (raw, packet, emit; see server.js)
# with every client, so machine noise spreads over all of them; prints the median of each
# cell. Needs node and the two npm installs the tests use:
#
#   (cd crisp-rtm/tests/interop && npm ci) && (cd tests/node && npm ci)
#   bash crisp-rtm/benches/node/side_by_side.sh            # ROUNDS=5 E2E_EVENTS=200000
#
# Clients: `node` (crisp-api), `rust` (the end_to_end bench on a current-thread runtime,
# default read buffer), `rust-multi` (multi-thread runtime, as `#[tokio::main]` builds it),
# `rust-mimalloc` (current-thread, mimalloc as the global allocator: the end_to_end_mimalloc
# bench) and `rust-rb<N>` for each read buffer size in READ_BUFFERS (bytes, default
# "16384"). Columns: the client's events/s, its ratio to node's, its CPU µs per event and
# peak RSS; the server's CPU µs per event (`server µs`, of which kernel: `sys µs`) and
# write syscalls per event.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
rounds=${ROUNDS:-5}
events=${E2E_EVENTS:-200000}
modes=${MODES:-raw packet emit}
read_buffers=${READ_BUFFERS:-16384}
export NODE_PATH="$root/crisp-rtm/tests/interop/node_modules:$root/tests/node/node_modules"
for dir in crisp-rtm/tests/interop/node_modules/socket.io tests/node/node_modules/crisp-api; do
    [ -d "$dir" ] || { echo "missing $dir: run npm ci (see the top of this script)" >&2; exit 2; }
done
bin=$(bash .ci/bench-exe crisp-rtm end_to_end --features client)
bin_mimalloc=$(bash .ci/bench-exe crisp-rtm end_to_end_mimalloc --features client)
clients="node rust rust-multi rust-mimalloc"
for rb in $read_buffers; do clients="$clients rust-rb$rb"; done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() { # mode client
    local mode=$1 client=$2 port line
    # The server exits when its client goes away; the timeout covers a client that never came.
    E2E_EVENTS=$events E2E_MODE=$mode timeout 150 node crisp-rtm/benches/node/server.js > "$out/server" &
    local server=$!
    for _ in $(seq 50); do [ -s "$out/server" ] && break; sleep 0.1; done
    port=$(head -1 "$out/server")
    export E2E_URL="http://127.0.0.1:$port" E2E_EVENTS=$events
    case $client in
        node) line=$(timeout 120 node crisp-rtm/benches/node/client.js | grep '^result') ;;
        rust) line=$(timeout 120 env -u E2E_RUNTIME -u E2E_READ_BUFFER "$bin" | grep '^result') ;;
        rust-multi) line=$(E2E_RUNTIME=multi timeout 120 "$bin" | grep '^result') ;;
        rust-mimalloc) line=$(timeout 120 env -u E2E_RUNTIME -u E2E_READ_BUFFER "$bin_mimalloc" | grep '^result') ;;
        rust-rb*) line=$(E2E_READ_BUFFER=${client#rust-rb} timeout 120 "$bin" | grep '^result') ;;
    esac
    wait "$server"
    echo "$mode $client ${line#result } $(tail -1 "$out/server" | sed 's/^server //; s/cpu_us=/server_cpu_us=/')" >> "$out/results"
}

for round in $(seq "$rounds"); do
    for mode in $modes; do
        for client in $clients; do
            run "$mode" "$client"
        done
    done
    echo "round $round of $rounds done" >&2
done

python3 - "$out/results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    mode, client, *fields = line.split()
    values = dict(field.split("=") for field in fields)
    rows.setdefault((mode, client), []).append({k: float(v) for k, v in values.items()})
print(f"{'mode':7} {'client':14} {'events/s':>9} {'vs node':>8} {'cpu µs':>7} {'rss MB':>7} {'server µs':>9} {'sys µs':>7} {'writes':>7}")
for mode in dict.fromkeys(m for m, _ in rows):
    node = statistics.median(r["events_per_s"] for r in rows[(mode, "node")])
    for (m, client), runs in rows.items():
        if m != mode:
            continue
        med = lambda key: statistics.median(r[key] for r in runs)
        print(f"{mode:7} {client:14} {med('events_per_s'):9.0f} {med('events_per_s') / node:7.2f}x "
              f"{med('cpu_us'):7.2f} {med('rss_mb'):7.1f} {med('server_cpu_us'):9.2f} {med('sys_us'):7.2f} {med('writes'):7.3f}")
PY
