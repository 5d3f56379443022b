#!/usr/bin/env bash
# Cold start of intx-cli against a bare JVM start, interleaved so that the machine's load falls on
# every variant alike: each round runs every variant once, in a new random order. Prints, per
# variant, the median wall time and the geometric mean of its per-round ratio to `java -version`
# (the same java) with a 95% confidence interval (Student's t), and the load average before and after.
#   bash benchmarks/cold-start.sh [ROUNDS] [VARIANT...]      (build first: mvn -B -q -DskipTests package)
# Without variants it times the goals: --version and demo, through bin/intx-cli and as java -jar.
# `bash benchmarks/cold-start.sh 15 levers` times what each launcher option saves, and
# `... 15 java25` the same on Java 25 (JAVA25=/path/to/jdk-25), with its AOT cache. With
# OLD_JAR=/path/to/an/older/intx-cli.jar, the variants old-jar-version, old-jar-demo and old-cli-demo
# (that jar with an archive of its own demo, C1 and the serial GC) time another build beside this one.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-15}; shift || true
JAR=examples/target/intx-cli.jar
JSA=examples/target/intx-cli.jsa
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -f "$JAR" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
variants=("$@")
if [ ${#variants[@]} -eq 0 ]; then variants=(jar-version cli-version jar-demo cli-demo); fi
if [ "${variants[*]}" = levers ]; then
  variants=(jar-demo demo-c1 demo-serial demo-cds demo-cds-c1 cli-demo cli-demo-noshare jar-version version-cds-c1 cli-version)
fi
if [ "${variants[*]}" = java25 ]; then
  variants=(jvm25 jar-version25 cli-version25 jar-demo25 cli-demo25 cli-demo25-noaot jar-version cli-version jar-demo cli-demo)
fi

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# What bin/intx-cli would use on Java 25, written here by one training run if the build has none.
AOT=examples/target/intx-cli.aot
if [[ " ${variants[*]} " == *25* ]] && [ ! -f "$AOT" ]; then
  "$JAVA25/bin/java" -XX:AOTCacheOutput="$AOT" -Xlog:disable -jar "$JAR" demo >/dev/null 2>&1
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
    demo-cds-c1) java -Xlog:disable -XX:SharedArchiveFile="$JSA" -XX:TieredStopAtLevel=1 -jar "$JAR" demo ;;
    old-jar-version) java -jar "$OLD_JAR" --version ;;
    old-jar-demo) java -jar "$OLD_JAR" demo ;;
    old-cli-demo) java -Xlog:disable -XX:SharedArchiveFile="$work/old.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$OLD_JAR" demo ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}
ms() {
  local start code=0
  start=$(date +%s%N)
  run "$1" >/dev/null 2>&1 || code=$?
  if [ "$code" -gt 4 ]; then echo "$1: exit $code" >&2; exit 1; fi
  echo $(( ($(date +%s%N) - start) / 1000000 ))
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
printf '%-18s %10s   %s\n' variant 'median ms' 'ratio to java -version [95% CI]'
for v in "${all[@]}"; do
  base=jvm; [[ $v == *25* ]] && base=jvm25
  median=$(awk -v v="$v" '$2 == v { print $3 }' "$work/rows" | sort -n |
    awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  awk -v v="$v" -v base="$base" -v median="$median" '
    $2 == v { t[$1] = $3 }
    $2 == base { b[$1] = $3 }
    END {
      split("12.706 4.303 3.182 2.776 2.571 2.447 2.365 2.306 2.262 2.228 2.201 2.179 2.160 2.145 2.131 2.120 2.110 2.101 2.093 2.086 2.080 2.074 2.069 2.064 2.060 2.056 2.052 2.048 2.045 2.042", tq, " ")
      for (r in t) if (r in b && b[r] > 0) { l[++k] = log(t[r] / b[r]); sum += l[k] }
      mean = sum / k; for (i = 1; i <= k; i++) ss += (l[i] - mean) ^ 2
      half = k > 1 ? (k - 1 <= 30 ? tq[k - 1] : 1.96) * sqrt(ss / (k - 1) / k) : 0
      if (v == base) printf "%-18s %10s   1\n", v, median
      else printf "%-18s %10s   %.2f [%.2f, %.2f]\n", v, median, exp(mean), exp(mean - half), exp(mean + half)
    }' "$work/rows"
done
