#!/usr/bin/env bash
# Cold start of intx-cli: wall time of `demo`, and of one `cancel-order` against a simulator that
# is already running. Each figure is the median and the best of RUNS fresh JVMs.
# Build first: mvn -B -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=examples/target/intx-cli.jar
RUNS=${RUNS:-10}
PORT=${PORT:-18089}
[ -f "$JAR" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }

# Runs "$@" RUNS times; prints label, median and best in ms. Exit codes 0 and 3 both count as a
# completed round trip (a repeated cancel of a demo order is answered 400, exit 3).
measure() {
  local label=$1; shift
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end code=0
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || code=$?
    end=$(date +%s%N)
    if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then echo "$label: exit $code" >&2; exit 1; fi
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '%-48s median %5d ms   best %5d ms   (%d runs)\n' "$label" \
    "$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")" "$(echo "$sorted" | head -1)" "$RUNS"
}

CDS=target/intx-cli-demo.jsa
mkdir -p target
java -XX:ArchiveClassesAtExit="$CDS" -jar "$JAR" demo >/dev/null 2>&1

measure "demo" java -jar "$JAR" demo
measure "demo, AppCDS archive" java -XX:SharedArchiveFile="$CDS" -jar "$JAR" demo
measure "demo, AppCDS + C1 only" java -XX:SharedArchiveFile="$CDS" -XX:TieredStopAtLevel=1 -jar "$JAR" demo

java -jar "$JAR" simulator --port "$PORT" >/dev/null 2>&1 &
SIMULATOR=$!
trap 'kill $SIMULATOR 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.1
done
export INTX_API_KEY=intx-simulator-demo-key INTX_API_PASSPHRASE=intx-simulator-demo-passphrase
export INTX_API_SECRET=aW50eC1zaW11bGF0b3ItZGVtby1zZWNyZXQtbm90LXJlYWw= INTX_PORTFOLIO=5189861793641175
measure "cancel-order against a running simulator" \
  java -jar "$JAR" cancel-order --base-url "http://127.0.0.1:$PORT/" --id DEMO-BTC-1
measure "cancel-order, AppCDS archive (of demo)" \
  java -XX:SharedArchiveFile="$CDS" -jar "$JAR" cancel-order --base-url "http://127.0.0.1:$PORT/" --id DEMO-BTC-1
measure "cancel-order, AppCDS (of demo) + C1 only" \
  java -XX:SharedArchiveFile="$CDS" -XX:TieredStopAtLevel=1 -jar "$JAR" cancel-order --base-url "http://127.0.0.1:$PORT/" --id DEMO-BTC-1
