#!/usr/bin/env bash
# Cold start of intx-cli against a bare JVM start, interleaved so that the machine's load falls on
# every variant alike: each round runs every variant once, in a new random order. Prints, per
# variant, the median wall time and CPU time (all threads), and the geometric mean of their
# per-round ratios to `java -version` (the same java) with a 95% confidence interval (Student's t),
# and the load average before and after. Build first: mvn -B -q -DskipTests package
#   bash benchmarks/cold-start.sh [ROUNDS] [VARIANT or SET...]
# Sets: goals (the default: --version and demo, as java -jar and through bin/intx-cli); levers
# (goals and what each launcher option saves); java25 (goals and the same on Java 25 with its AOT
# cache; JAVA25=/path/to/jdk-25); all (every variant, and with OLD_JAR=/path/to/an/older/intx-cli.jar
# that build's --version, demo, and demo with an archive of its own, C1 and the serial GC).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-15}; shift || true
JAR=examples/target/intx-cli.jar
JSA=examples/target/intx-cli.jsa
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -f "$JAR" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
goals=(jar-version cli-version jar-demo cli-demo)
levers=(demo-c1 demo-serial demo-cds demo-cds-c1 cli-demo-noshare demo-fixed-address cli-version-noshare version-cds-c1 version-fixed-address)
java25=(jvm25 jar-version25 cli-version25 jar-demo25 cli-demo25 cli-demo25-noaot)
old=(old-jar-version old-jar-demo old-cli-demo)
variants=()
for v in "${@:-goals}"; do
  case $v in
    goals) variants+=("${goals[@]}") ;;
    levers) variants+=("${goals[@]}" "${levers[@]}") ;;
    java25) variants+=("${goals[@]}" "${java25[@]}") ;;
    all) variants+=("${goals[@]}" "${levers[@]}" "${java25[@]}"); [ -n "${OLD_JAR:-}" ] && variants+=("${old[@]}") ;;
    *) variants+=("$v") ;;
  esac
done

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# What bin/intx-cli would use on Java 25, written here by one training run if the build has none.
AOT=examples/target/intx-cli.aot
if [[ " ${variants[*]} " == *25* ]] && [ ! -f "$AOT" ]; then
  "$JAVA25/bin/java" -XX:AOTCacheOutput="$PWD/$AOT" -Xlog:disable -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -jar "$PWD/$JAR" demo >/dev/null 2>&1
fi
if [[ " ${variants[*]} " == *old-cli* ]]; then
  java -XX:ArchiveClassesAtExit="$work/old.jsa" -jar "$OLD_JAR" demo >/dev/null 2>&1
fi
if [[ " ${variants[*]} " == *demo-cds* ]] && [ ! -f "$JSA" ]; then
  echo "no $JSA: the package build writes it" >&2; exit 2
fi

# One variant, once; stdout and stderr are dropped, exit codes 0 to 4 accepted.
run() {
  local j25=(env JAVA_HOME="$JAVA25")
  case $1 in
    jvm) java -version ;;
    jvm25) "$JAVA25/bin/java" -version ;;
    jar-version) java -jar "$JAR" --version ;;
    jar-version25) "$JAVA25/bin/java" -jar "$JAR" --version ;;
    cli-version) env -u JAVA_HOME bin/intx-cli --version ;;
    cli-version-noshare) env -u JAVA_HOME INTX_CLI_ARCHIVE=none bin/intx-cli --version ;;
    version-c1-serial) java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$JAR" --version ;;
    cli-version25) "${j25[@]}" bin/intx-cli --version ;;
    version-cds-c1) java -Xlog:disable -XX:SharedArchiveFile="$JSA" -XX:TieredStopAtLevel=1 -jar "$JAR" --version ;;
    jar-demo) java -jar "$JAR" demo ;;
    jar-demo25) "$JAVA25/bin/java" -jar "$JAR" demo ;;
    cli-demo) env -u JAVA_HOME bin/intx-cli demo ;;
    cli-demo25) "${j25[@]}" bin/intx-cli demo ;;
    cli-demo25-noaot) "${j25[@]}" INTX_CLI_ARCHIVE=none bin/intx-cli demo ;;
    cli-demo-noshare) env -u JAVA_HOME INTX_CLI_ARCHIVE=none bin/intx-cli demo ;;
    demo-c1) java -XX:TieredStopAtLevel=1 -jar "$JAR" demo ;;
    demo-serial) java -XX:+UseSerialGC -jar "$JAR" demo ;;
    demo-cds) java -Xlog:disable -XX:SharedArchiveFile="$JSA" -jar "$JAR" demo ;;
    demo-fixed-address) java -Xlog:disable -XX:SharedArchiveFile="$JSA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
      -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -jar "$JAR" demo ;;
    version-fixed-address) java -Xlog:disable -XX:SharedArchiveFile="$JSA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
      -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -jar "$JAR" --version ;;
    demo-cds-c1) java -Xlog:disable -XX:SharedArchiveFile="$JSA" -XX:TieredStopAtLevel=1 -jar "$JAR" demo ;;
    old-jar-version) java -jar "$OLD_JAR" --version ;;
    old-jar-demo) java -jar "$OLD_JAR" demo ;;
    old-cli-demo) java -Xlog:disable -XX:SharedArchiveFile="$work/old.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$OLD_JAR" demo ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}
# Wall and CPU (user + system, all threads) milliseconds of one run of a variant.
ms() {
  local start code=0
  start=$(date +%s%N)
  run "$1" >/dev/null 2>&1 || code=$?
  local end; end=$(date +%s%N)
  if [ "$code" -gt 4 ]; then echo "$1: exit $code" >&2; exit 1; fi
  times > "$work/times"  # the second line: CPU of this subshell's children, i.e. of the run
  local cpu; cpu=$(sed -n 2p "$work/times" | awk '{ split($1, u, "m"); split($2, s, "m"); printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 }')
  echo "$(( (end - start) / 1000000 )) $cpu"
}

all=(jvm "${variants[@]}")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq "$ROUNDS"); do
  for v in $(printf '%s\n' "${all[@]}" | shuf); do
    echo "$round $v $(ms "$v")" >> "$work/rows"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "$ROUNDS rounds, load average $load_before before and $load_after after; $(java -version 2>&1 | head -1)"
printf '%-18s %9s  %-24s %9s  %s\n' variant 'wall ms' 'wall / java -version' 'CPU ms' 'CPU / java -version'
for v in "${all[@]}"; do
  base=jvm; [[ $v == *25* ]] && base=jvm25
  line=$(printf '%-18s' "$v")
  for column in 3 4; do
    median=$(awk -v v="$v" -v c="$column" '$2 == v { print $c }' "$work/rows" | sort -n |
      awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    # The geometric mean of the per-round ratios and its 95% interval (Student's t).
    ratio=$(awk -v v="$v" -v base="$base" -v c="$column" '
      $2 == v { t[$1] = $c }
      $2 == base { b[$1] = $c }
      END {
        if (v == base) { print "1"; exit }
        split("12.706 4.303 3.182 2.776 2.571 2.447 2.365 2.306 2.262 2.228 2.201 2.179 2.160 2.145 2.131 2.120 2.110 2.101 2.093 2.086 2.080 2.074 2.069 2.064 2.060 2.056 2.052 2.048 2.045 2.042", tq, " ")
        for (r in t) if (r in b && b[r] > 0 && t[r] > 0) { l[++k] = log(t[r] / b[r]); sum += l[k] }
        mean = sum / k; for (i = 1; i <= k; i++) ss += (l[i] - mean) ^ 2
        half = k > 1 ? (k - 1 <= 30 ? tq[k - 1] : 1.96) * sqrt(ss / (k - 1) / k) : 0
        printf "%.2f [%.2f, %.2f]", exp(mean), exp(mean - half), exp(mean + half)
      }' "$work/rows")
    line+=$(printf ' %9s  %-24s' "$median" "$ratio")
  done
  echo "$line"
done
