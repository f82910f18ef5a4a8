#!/usr/bin/env bash
# Deterministic companion of the get_conversation bench: user-space instructions per call,
# counted by callgrind on the client process only (the loopback server runs natively in a
# child process). Two runs per client with different call counts; the difference cancels
# start-up costs. Kernel work (syscalls, TCP) is the same HTTP exchange for every client
# and is not counted.
#
#   bash crisp-rest/benches/instructions.sh            # needs valgrind (apt-get install valgrind)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(bash .ci/bench-exe crisp-rest get_conversation --all-features)
small=${SMALL:-2000}
large=${LARGE:-10000}
tmp=$(mktemp -d)
instructions() { # client in_flight calls
    # A failing run (e.g. a call refused) would count fewer calls: stop instead.
    BENCH_ONLY="$1:$2" BENCH_CALLS="$3" valgrind --tool=callgrind --callgrind-out-file="$tmp/out" "$bin" >/dev/null 2>"$tmp/log" \
        || { echo "$1 $2 $3: the bench failed:" >&2; grep -v '^==' "$tmp/log" | tail -5 >&2; exit 1; }
    grep -E '^summary:|^totals:' "$tmp/out" | head -1 | awk '{print $2}'
}
printf '%-16s %9s %18s\n' client in_flight instructions/call
for in_flight in 1 16; do
    for client in raw-hyper raw-hyper+serde crisp+hyper crisp+reqwest; do
        a=$(instructions "$client" "$in_flight" "$small")
        b=$(instructions "$client" "$in_flight" "$large")
        printf '%-16s %9s %18.0f\n' "$client" "$in_flight" "$(echo "($b - $a) / ($large - $small)" | bc -l)"
    done
done
rm -rf "$tmp"
