#!/usr/bin/env bash
# Sat4j 2.3.6 against LogicNG 2.4.1 (MiniSat, Glucose) on the same CNF: ABC's miter of an ISCAS-85 circuit
# and its dc2-optimised copy. Median of 5 interleaved runs after 2 warm-ups, one JVM. Needs berkeley-abc and
# Maven (fetches LogicNG and its antlr runtime into ~/.m2). Usage: bench/sat-solvers.sh [c1908 ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q dependency:get -Dartifact=org.logicng:logicng:2.4.1 >/dev/null
mvn -q dependency:get -Dartifact=org.ow2.sat4j:org.ow2.sat4j.core:2.3.6 >/dev/null
m2=${HOME}/.m2/repository
cp="$m2/org/ow2/sat4j/org.ow2.sat4j.core/2.3.6/org.ow2.sat4j.core-2.3.6.jar:$m2/org/logicng/logicng/2.4.1/logicng-2.4.1.jar"
cp="$cp:$(ls "$m2"/org/antlr/antlr4-runtime/*/antlr4-runtime-*.jar | head -1)"
circuits=("${@:-c1908}")
cd "$work"
for c in "${circuits[@]}"; do
  berkeley-abc -c "read_bench $root/benchmarks/iscas85/$c.bench; strash; dc2; write_bench -l $c-opt.bench; miter $root/benchmarks/iscas85/$c.bench $c-opt.bench; write_cnf $c.cnf" >/dev/null
done
javac -d . -cp "$cp" "$root/bench/SatCmp.java"
java -cp "$cp:." SatCmp "${circuits[@]}"
