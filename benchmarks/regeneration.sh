#!/usr/bin/env bash
# Time from a spec edit to a compiled generated-client, and proof that an unchanged spec is not
# regenerated. The spec is restored on exit. Needs dependencies already in the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."
SPEC=openapi/intx-public-api-spec.yaml
cp "$SPEC" target-spec-backup.yaml
trap 'mv target-spec-backup.yaml "$SPEC"' EXIT

compile() {  # label; prints seconds and whether the generator ran
  local start end log
  start=$(date +%s%N)
  log=$(mvn -B -o -pl generated-client -am compile 2>&1) || { echo "$log" | tail -20; exit 1; }
  end=$(date +%s%N)
  if echo "$log" | grep -q "Code generation is skipped"; then ran="skipped"; else ran="regenerated"; fi
  printf '%-40s %5.2f s   generator: %s\n' "$1" "$(echo "($end - $start) / 1000000000" | bc -l)" "$ran"
}

compile "warm-up (whatever state target/ is in)"
sed -i 's/summary: List fee rate tiers/summary: List fee rate tiers (edited)/' "$SPEC"
compile "after a spec edit"
compile "spec unchanged since the last build"
