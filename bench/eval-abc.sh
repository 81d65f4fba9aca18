#!/usr/bin/env bash
# Random evaluation of AIGER files beside Berkeley ABC's `sim`, interleaved: per round, one JVM measures every file as
# `tmrkit bench --suite eval` measures its AIGER rows (bench/EvalAbcTiming.java), then ABC simulates each file
# (`sim -n -m -F 1 -W N`: 16M patterns below 5 000 ANDs, else 1M; its printed time, CPU time, in hundredths of a
# second). Prints both rates in AIG-node-patterns/s and the load average. Needs the built jar (./tmrkit builds it)
# and berkeley-abc (apt-get install berkeley-abc). Usage: ROUNDS=3 bench/eval-abc.sh [FILE.aig ...] (default: the EPFL suite)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$(ls "$root"/cli/target/tmrkit-*-SNAPSHOT.jar 2>/dev/null | grep -v original | head -1)
[ -n "$jar" ] || { echo "no jar: run ./tmrkit --version first (it builds one)" >&2; exit 2; }
command -v berkeley-abc > /dev/null || { echo "berkeley-abc is not installed" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp "$jar" "$root/bench/EvalAbcTiming.java"
files=("${@:-$root/benchmarks/epfl/*.aig}")
read -r -a files <<< "$(echo ${files[*]})"
for r in $(seq "${ROUNDS:-3}"); do
  java -cp "$work:$jar" dev.tmrkit.cli.bench.EvalAbcTiming "${files[@]}" | sed "s/^/round $r /"
  for f in "${files[@]}"; do
    ands=$(head -1 "$f" | awk '{print $6}')
    if [ "$ands" -lt 5000 ]; then w=262144; else w=16384; fi
    t=$(berkeley-abc -c "read $f; sim -n -m -F 1 -W $w" 2>&1 | grep -o "Time = *[0-9.]*" | head -1 | grep -o "[0-9.]*$")
    echo "round $r abc $(basename "$f") ands=$ands words=$w seconds=$t rate=$(awk -v a="$ands" -v w="$w" -v t="$t" 'BEGIN { printf "%.4g", a * w * 64 / t }') load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
