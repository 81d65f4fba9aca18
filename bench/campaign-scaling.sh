#!/usr/bin/env bash
# How a campaign's time grows with its size, on one thread: each dimension doubled in turn from a base
# campaign, wall seconds as the median of ROUNDS runs (default 3), and the ratio to the base.
#   faults    c7552 with TMR, no dropping, 65536 patterns; --shard 1/4, 1/2 and the whole fault list
#   patterns  the same campaign, 65536 / 131072 / 262144 patterns
#   cycles    s38584, one SEU per flip-flop at a random cycle, 1024 patterns, 8 / 16 / 32 cycles
# (A shard is a quarter or a half of the faults: its time minus the fixed planning shows the per-fault cost.)
#
#   bench/campaign-scaling.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-3}"
"$root/tmrkit" -V >/dev/null
jar="$root/cli/target/tmrkit.jar"
work="$(mktemp -d "${TMPDIR:-/tmp}/tmrkit-scaling.XXXXXX")"
trap 'rm -rf "$work"' EXIT

median() { # command...: prints the median wall seconds of $rounds runs
  local ts=()
  for _ in $(seq 1 "$rounds"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >"$work/out" 2>"$work/err" || { echo "failed: $*" >&2; tail -5 "$work/err" >&2; exit 1; }
    t1=$(date +%s.%N)
    ts+=("$(python3 -c "print($t1 - $t0)")")
  done
  python3 -c "import statistics,sys; print(f'{statistics.median(map(float, sys.argv[1:])):.2f}')" "${ts[@]}"
}
row() { # dimension, value, base seconds, seconds
  python3 -c "import sys; d,v,b,s=sys.argv[1:]; print(f'{d:9s} {v:>8s} {float(s):8.2f} s  {float(s)/float(b):5.2f}x')" "$@"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; medians of $rounds runs, one thread"
echo "dimension    value     time  ratio to the first row"
comb=(c7552 --tmr triplicated --no-drop --threads 1)
base=""
for s in 1/4 1/2 whole; do
  if [ "$s" = whole ]; then t=$(median java -jar "$jar" inject "${comb[@]}" --patterns 65536)
  else t=$(median java -jar "$jar" inject "${comb[@]}" --patterns 65536 --shard "$s" -o "$work/part.json"); fi
  base="${base:-$t}"; row faults "$s" "$base" "$t"
done
base=""
for p in 65536 131072 262144; do
  t=$(median java -jar "$jar" inject "${comb[@]}" --patterns "$p"); base="${base:-$t}"; row patterns "$p" "$base" "$t"
done
base=""
for c in 8 16 32; do
  t=$(median java -jar "$jar" inject s38584 --faults seu --cycle random --patterns 1024 --cycles "$c" --threads 1)
  base="${base:-$t}"; row cycles "$c" "$base" "$t"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
