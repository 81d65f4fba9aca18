#!/usr/bin/env bash
# Fault simulation beside HOPE 2.0 (H. K. Lee and D. S. Ha, Virginia Tech: a parallel-fault simulator for synchronous
# sequential circuits), on the same 65 536 random patterns of seed 1 that bench/faultsim-atalanta.sh uses, every
# collapsed fault, one thread; per circuit and round: HOPE without fault dropping (-N) and with it, then tmrkit the same
# two ways. HOPE: user CPU time of its whole process (reading the circuit and the 65 536-line test file included; its own
# printed times assume 60 clock ticks a second and read 1.67x too high). tmrkit: thread CPU time in one JVM, warm (the
# median of RUNS runs once the campaign has run WARM seconds; bench/FaultSimTiming.java). Both print the faults they detect.
# HOPE is not shipped (research licence): set HOPE to the binary built as README's Performance section says.
# Needs the compiled classes (mvn -pl circuits -am compile). Usage: HOPE=/path/to/hope ROUNDS=3 bench/faultsim-hope.sh [c7552 ...]
set -euo pipefail
[ -x "${HOPE:-}" ] || { echo "set HOPE to the hope binary (README, Performance)" >&2; exit 2; }
source "$(dirname "$0")/faultsim-common.sh"
circuits=("${@:-c7552}")
read -r -a circuits <<< "${circuits[*]}"
for c in "${circuits[@]}"; do peer_files "$c"; done
TIMEFORMAT=%U
for r in $(seq "${ROUNDS:-3}"); do
  for c in "${circuits[@]}"; do
    for mode in -N ""; do
      out=$(cd "$work" && { time "$HOPE" $mode -t "$c.atp" "$c.bench" > hope.out || true; } 2>&1)   # HOPE exits with a status that is not 0
      echo "round $r $c hope${mode:+ $mode} seconds=$out detected=$(grep -o 'Number of detected faults *: *[0-9]*' "$work/hope.out" | grep -o '[0-9]*$') load=$(cut -d' ' -f1 /proc/loadavg)"
    done
    for nodrop in 1 0; do
      echo "round $r $c tmrkit: $(NODROP=$nodrop java -cp "$work:$cp" FaultSimTiming "$root/benchmarks/iscas85/$c.bench" "${WARM:-3}" "${RUNS:-5}") load=$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
