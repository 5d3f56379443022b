#!/usr/bin/env bash
# Cold start of two builds of intx-cli, interleaved so that the machine's load falls on both alike:
# each round runs a bare `java -version`, then `demo` of jar A and of jar B in shuffled order, plain
# and with an AppCDS archive of its own demo + C1 only (bin/intx-cli also adds the serial GC).
# Prints the medians and the median of the per-round ratios B/A.
#   bash benchmarks/cold-start-ab.sh OLD.jar NEW.jar [ROUNDS]
# ARGS="cancel-order --base-url http://127.0.0.1:8089/ --id DEMO-BTC-1" times another command instead
# of demo (with a simulator already running there and its demo credentials exported).
# Build the old jar from another checkout, e.g.: git worktree add /tmp/old <commit> && (cd /tmp/old &&
# mvn -B -q -DskipTests package).
set -euo pipefail
A=$1; B=$2; ROUNDS=${3:-15}
read -r -a CMD <<< "${ARGS:-demo}"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for jar in A B; do
  java -XX:ArchiveClassesAtExit="$work/$jar.jsa" -XX:TieredStopAtLevel=1 -jar "${!jar}" "${CMD[@]}" >/dev/null 2>&1 || true
done

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: > "$work/rows"
for round in $(seq "$ROUNDS"); do
  jvm=$(ms java -version)
  if (( RANDOM % 2 )); then order="A B"; else order="B A"; fi
  declare -A plain cds
  for jar in $order; do
    plain[$jar]=$(ms java -jar "${!jar}" "${CMD[@]}")
    cds[$jar]=$(ms java -Xlog:disable -XX:SharedArchiveFile="$work/$jar.jsa" -XX:TieredStopAtLevel=1 -jar "${!jar}" "${CMD[@]}")
  done
  echo "$jvm ${plain[A]} ${plain[B]} ${cds[A]} ${cds[B]}" >> "$work/rows"
done

col() { awk -v c="$1" '{print $c}' "$work/rows" | median; }
ratio() { awk -v a="$1" -v b="$2" '{printf "%.4f\n", $b / $a}' "$work/rows" | median; }
echo "${CMD[*]}: load average $(cut -d' ' -f1-3 /proc/loadavg); $ROUNDS rounds; medians in ms"
printf 'java -version                      %6s\n' "$(col 1)"
printf 'A (java -jar)                      %6s\n' "$(col 2)"
printf 'B (java -jar)                      %6s   B/A %s\n' "$(col 3)" "$(ratio 2 3)"
printf 'A (AppCDS + C1, bin/intx-cli)      %6s\n' "$(col 4)"
printf 'B (AppCDS + C1, bin/intx-cli)      %6s   B/A %s\n' "$(col 5)" "$(ratio 4 5)"
