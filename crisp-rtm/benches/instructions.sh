#!/usr/bin/env bash
# Deterministic companion of the decode bench: user-space instructions per decoded frame,
# counted by callgrind, for each figure of `cargo bench -p crisp-rtm --bench decode`
# (hot = one pass, two-pass, floor = Event::decode alone, misfit). Two runs per figure with
# different iteration counts; the difference cancels start-up and set-up costs.
#
#   bash crisp-rtm/benches/instructions.sh          # needs valgrind
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(bash .ci/bench-exe crisp-rtm decode)
small=${SMALL:-200}
large=${LARGE:-1200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
instructions() { # figure iterations (the bench runs 15 rounds of each)
    DECODE_ITERATIONS="$2" valgrind --tool=callgrind --callgrind-out-file="$tmp/out" "$bin" "$1" >/dev/null 2>"$tmp/log"
    grep -E '^summary:|^totals:' "$tmp/out" | head -1 | awk '{print $2}'
}
printf '%-10s %18s\n' figure instructions/frame
for figure in hot two-pass floor misfit; do
    a=$(instructions "$figure" "$small")
    b=$(instructions "$figure" "$large")
    printf '%-10s %18.0f\n' "$figure" "$(echo "($b - $a) / (15 * ($large - $small))" | bc -l)"
done
