#!/usr/bin/env bash
# Deterministic companion of the verify_parse bench: user-space instructions per delivery,
# counted by callgrind, for each figure (verify, parse = one pass, careful = two-pass
# parse, sha = SHA-256 of the body alone, both = verify + parse) of both deliveries. Two
# runs per figure with different iteration counts; the difference cancels set-up costs.
#
#   bash crisp-webhook/benches/instructions.sh          # needs valgrind
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(bash .ci/bench-exe crisp-webhook verify_parse)
small=${SMALL:-100}
large=${LARGE:-600}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
instructions() { # body:figure iterations (the bench runs 15 rounds of each)
    VERIFY_ONLY="$1" VERIFY_ITERATIONS="$2" valgrind --tool=callgrind --callgrind-out-file="$tmp/out" "$bin" >/dev/null 2>"$tmp/log"
    grep -E '^summary:|^totals:' "$tmp/out" | head -1 | awk '{print $2}'
}
printf '%-16s %21s\n' figure instructions/delivery
for body in typical rich; do
    for figure in verify sha parse careful both; do
        a=$(instructions "$body:$figure" "$small")
        b=$(instructions "$body:$figure" "$large")
        printf '%-16s %21.0f\n' "$body:$figure" "$(echo "($b - $a) / (15 * ($large - $small))" | bc -l)"
    done
done
