#!/usr/bin/env bash
# Spark against threads on this machine: one campaign (default: c7552 with TMR, every stuck-at fault,
# no fault dropping, 2097152 random patterns: about 70 s on one core) run ROUNDS times each as
#   threads-1   tmrkit inject --threads 1
#   threads-2   tmrkit inject --threads 2
#   spark-1     tmrkit-spark on a standalone cluster on 127.0.0.1, one executor of one core
#   spark-2     the same cluster, two executors of one core each
# Prints every wall time, the medians, Spark's speed-up (spark-1 / spark-2) and its overhead against
# threads on the same cores (spark-2 / threads-2 - 1), and checks that all reports are byte-identical.
# For each Spark run it also prints where the time went, from the executors' logs (second resolution):
# driver start to the first task, the tasks, and the last task to the driver's end.
# Executors get EXECUTOR_MEMORY (default 2g; the workers offer 3g each). Every JVM maps the class-data
# sharing archive its launcher made (cli/target/tmrkit.jsa for the threads runs; spark/target/tmrkit-spark.jsa
# for the Spark driver and executors, whose class path starts with the archive's); NOCDS=1 turns that off.
#
#   bench/spark-scaling.sh                        # ROUNDS=3
#   ROUNDS=5 bench/spark-scaling.sh c6288 --tmr triplicated --no-drop --patterns 4096
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-3}"
if [ $# -eq 0 ]; then
  set -- c7552 --tmr triplicated --no-drop --patterns 2097152
fi
"$root/tmrkit" -V >/dev/null
"$root/tmrkit-spark" --version >/dev/null
if [ -z "${NOCDS:-}" ]; then
  quiet="-Xlog:cds=off -Xlog:cds+dynamic=off"
  tcds="-XX:SharedArchiveFile=$root/cli/target/tmrkit.jsa $quiet"
  scds="-XX:SharedArchiveFile=$root/spark/target/tmrkit-spark.jsa $quiet"
else
  tcds="-Xshare:auto" scds="-Xshare:auto"
fi
read -r -a tcds_opts <<<"$tcds"
read -r -a scds_opts <<<"$scds"
jar="$root/cli/target/tmrkit.jar"
cp="$root/spark/target/tmrkit-spark.jar:$(cat "$root/spark/target/spark-classpath.txt")"
read -r -a opens <<<"$(tr '\n' ' ' < "$root/spark/jvm-options.txt")"
log4j="-Dlog4j2.configurationFile=$root/spark/src/main/resources/tmrkit-log4j2.properties"
work="$(mktemp -d "${TMPDIR:-/tmp}/tmrkit-spark-bench.XXXXXX")"
pids=()
cleanup() {
  for p in "${pids[@]}"; do
    pkill -KILL -P "$p" 2>/dev/null || true
    kill -KILL "$p" 2>/dev/null || true
  done
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "kept $work" >&2; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# a standalone cluster on loopback: a master and two workers of one core each (they log at INFO: the
# script waits for the master's "Registering worker" lines)
mkdir -p "$work/home/jars"
export SPARK_HOME="$work/home" SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13 SPARK_CONF_DIR="$work/home"
port="$(free_port)"
java "${opens[@]}" -Xmx256m -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
  --webui-port "$(free_port)" >"$work/master.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  mkdir -p "$work/w$w"
  java "${opens[@]}" -Xmx256m -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 3g \
    --webui-port "$(free_port)" --work-dir "$work/w$w" "spark://127.0.0.1:$port" >"$work/worker$w.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 1 120); do
  registered="$(grep -c 'Registering worker' "$work/master.log" 2>/dev/null || true)"
  [ "${registered:-0}" -ge 2 ] && break
  sleep 0.5
done

seconds() { # label, command...: runs it, keeps its report, prints wall seconds
  local label="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$work/$label.out" 2>"$work/$label.err" || { echo "$label failed:" >&2; tail -5 "$work/$label.err" >&2; exit 1; }
  t1=$(date +%s.%N)
  echo "$t0 $t1" >"$work/$label.span"
  python3 -c "print(f'{$t1 - $t0:.2f}')"
}
phases() { # label: where the last Spark run's time went, from its executors' logs
  python3 - "$work" "$1" <<'PY'
import datetime, glob, os, re, sys
work, label = sys.argv[1:3]
t0, t1 = (float(x) for x in open(f"{work}/{label}.span").read().split())
apps = sorted({os.path.basename(d) for d in glob.glob(f"{work}/w*/app-*")})
starts, ends = [], []
for f in glob.glob(f"{work}/w*/{apps[-1]}/*/stderr"):
    for line in open(f, errors="replace"):
        m = re.match(r"(\d\d/\d\d/\d\d \d\d:\d\d:\d\d) INFO Executor: (Running|Finished) task", line)
        if m:
            t = datetime.datetime.strptime(m.group(1), "%y/%m/%d %H:%M:%S").timestamp()
            (starts if m.group(2) == "Running" else ends).append(t)
print(f"  {label}: start to first task {min(starts) - t0:.0f} s, tasks {max(ends) - min(starts):.0f} s, "
      f"last task to end {t1 - max(ends):.0f} s ({len(ends)} tasks, times to the second)")
PY
}
spark() { # cores
  java "${scds_opts[@]}" "${opens[@]}" "$log4j" -Dspark.executor.extraJavaOptions="$scds" -Dspark.master="spark://127.0.0.1:$port" -Dspark.cores.max="$1" -Dspark.executor.memory="${EXECUTOR_MEMORY:-2g}" \
    -Dspark.driver.host=127.0.0.1 -Dspark.executor.extraClassPath="$cp" -cp "$cp" dev.tmrkit.spark.SparkMain inject "${@:2}"
}

echo "campaign: inject $*"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
declare -A times
for r in $(seq 1 "$rounds"); do
  times[threads-1]+="$(seconds threads-1 java "${tcds_opts[@]}" -jar "$jar" inject "$@" --threads 1) "
  times[threads-2]+="$(seconds threads-2 java "${tcds_opts[@]}" -jar "$jar" inject "$@" --threads 2) "
  times[spark-1]+="$(seconds spark-1 spark 1 "$@") "
  phases spark-1 >"$work/spark-1.phases"
  times[spark-2]+="$(seconds spark-2 spark 2 "$@") "
  for k in threads-2 spark-1 spark-2; do
    cmp -s "$work/threads-1.out" "$work/$k.out" || { echo "round $r: the $k report differs from threads-1's" >&2; exit 1; }
  done
  echo "round $r: threads-1 ${times[threads-1]}| threads-2 ${times[threads-2]}| spark-1 ${times[spark-1]}| spark-2 ${times[spark-2]}(s)"
  cat "$work/spark-1.phases"
  phases spark-2
done
python3 - "${times[threads-1]}" "${times[threads-2]}" "${times[spark-1]}" "${times[spark-2]}" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import statistics, sys
names = ["threads-1", "threads-2", "spark-1", "spark-2"]
runs = {n: [float(x) for x in a.split()] for n, a in zip(names, sys.argv[1:5])}
med = {n: statistics.median(v) for n, v in runs.items()}
for n in names:
    print(f"{n:10s} median {med[n]:8.2f} s   runs {' '.join(f'{x:.2f}' for x in runs[n])}")
print(f"speed-up threads 1 -> 2:           {med['threads-1'] / med['threads-2']:.2f}x")
print(f"speed-up Spark 1 -> 2 executors:   {med['spark-1'] / med['spark-2']:.2f}x")
print(f"Spark overhead vs threads, 1 core: {100 * (med['spark-1'] / med['threads-1'] - 1):+.1f} %")
print(f"Spark overhead vs threads, 2 cores:{100 * (med['spark-2'] / med['threads-2'] - 1):+.1f} %")
print(f"load average at the end: {sys.argv[5]}; all reports byte-identical")
PY
