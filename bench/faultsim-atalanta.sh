#!/usr/bin/env bash
# Fault simulation with dropping (every collapsed fault, the same 65 536 random patterns of seed 1, one thread)
# beside Atalanta 2.0's fault simulator, interleaved per circuit and round: Atalanta's pattern loop (process CPU
# time, as its harness prints it), then tmrkit in one JVM (thread CPU time of new FaultSetCampaign(...).run(...)):
# cold, the median of runs 21-40 of the fresh JVM, and warm, the median of RUNS runs (default 100) once the campaign
# has run WARM seconds of CPU time (default 3; the JIT has finished by then). Each line ends with the load average. Atalanta is not shipped: set
# ATALANTA_HARNESS to the binary built as README's Performance section says (without it only tmrkit runs).
# Needs the compiled classes (mvn -pl circuits -am compile). Usage: ROUNDS=3 WARM=3 RUNS=100 bench/faultsim-atalanta.sh [c432 ...]
set -euo pipefail
source "$(dirname "$0")/faultsim-common.sh"
circuits=("${@:-c432 c499 c880 c1355 c1908 c2670 c3540 c5315 c6288 c7552}")
read -r -a circuits <<< "${circuits[*]}"
harness=${ATALANTA_HARNESS:-}
if [ -n "$harness" ]; then
  for c in "${circuits[@]}"; do peer_files "$c"; done
fi
for r in $(seq "${ROUNDS:-3}"); do
  for c in "${circuits[@]}"; do
    a=-
    if [ -n "$harness" ]; then
      a=$(cd "$work" && ATP="$work/$c.atp" "$harness" "$work/$c.bench" 2>/dev/null | grep HARNESS | sed 's/.*seconds=//')
    fi
    t=$(java -cp "$work:$cp" FaultSimTiming "$root/benchmarks/iscas85/$c.bench" "${WARM:-3}" "${RUNS:-100}")
    echo "round $r $c atalanta=$a tmrkit: $t load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
