# Sourced by bench/faultsim-atalanta.sh and bench/faultsim-hope.sh: the compiled classes, a work folder removed on exit,
# bench/FaultSimTiming compiled into it, and peer_files C, which writes what the C peers read for circuit C: C.bench
# without comment lines and with LF line endings, and C.atp, the same 65 536 patterns (seed 1) as "N: bits" lines.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cp="$root/gates/target/classes:$root/circuits/target/classes"
[ -d "$root/circuits/target/classes/dev" ] || { echo "no compiled classes: run mvn -pl circuits -am compile first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp "$cp" "$root/bench/FaultSimTiming.java"

peer_files() {
  sed -e '/^#/d' -e 's/\r$//' "$root/benchmarks/iscas85/$1.bench" > "$work/$1.bench"
  java -cp "$work:$cp" FaultSimTiming "$root/benchmarks/iscas85/$1.bench" 0 1 "$work/$1.atp" > /dev/null
}
