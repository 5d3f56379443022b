#!/usr/bin/env bash
# Time from a spec edit to a compiled generated-client, and proof that an unchanged spec is not
# regenerated. Each round makes a new one-line edit of the whole spec; the spec is restored on exit.
# Prints every run (wall seconds, and the CPU seconds of Maven's JVM, which the machine's other load
# moves less) and the medians. Needs the dependencies in the local repository.
# Usage: bash benchmarks/regeneration.sh [ROUNDS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
SPEC=openapi/intx-public-api-spec.yaml
cp "$SPEC" target-spec-backup.yaml
trap 'mv target-spec-backup.yaml "$SPEC"' EXIT

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

compile() {  # label; prints wall and CPU seconds and whether the generator ran
  local log times
  log=$(mktemp); times=$(mktemp)
  /usr/bin/time -o "$times" -f '%e %U %S' mvn -B -o -pl generated-client -am compile >"$log" 2>&1 || { tail -20 "$log"; exit 1; }
  if grep -q "Code generation is skipped" "$log"; then ran="skipped"; else ran="regenerated"; fi
  read -r wall user sys <"$times"
  rm -f "$log" "$times"
  printf '%-36s %6.2f s   cpu %6.2f s   generator: %s\n' "$1" "$wall" "$(echo "$user + $sys" | bc -l)" "$ran"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

compile "warm-up (whatever state target/ is in)"
results=$(mktemp)
for round in $(seq "$ROUNDS"); do
  sed -i "s/summary: List fee rate tiers.*/summary: List fee rate tiers (edit $round)/" "$SPEC"
  compile "after a spec edit ($round)" | tee -a "$results"
  compile "spec unchanged since the last build" | tee -a "$results"
done
for kind in "after a spec edit" "spec unchanged"; do
  printf 'median, %-27s %6.2f s   cpu %6.2f s\n' "$kind" \
    "$(grep "^$kind" "$results" | awk '{for (i = 1; i <= NF; i++) if ($i == "s") {print $(i - 1); exit}}' | median)" \
    "$(grep "^$kind" "$results" | awk '{for (i = 1; i <= NF; i++) if ($i == "cpu") {print $(i + 1); exit}}' | median)"
done
rm -f "$results"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
