#!/bin/bash
# Submits a LaneSim study to Slurm: an array job with one task per slice, then a gather job
# that starts only when every task succeeded (afterok) and writes the combined result.
#
#   deploy/slurm/submit.sh SHARDS OUT_DIR <lanesim command and arguments…> [-- <gather arguments…>]
#
#   deploy/slurm/submit.sh 8 "$PWD/study" run scenarios/harbin-t1-entry-smart-day.json -r 3000 --seed 7 -- --format json
#
# OUT_DIR must be on a file system every node sees. Prints the two job ids ("ARRAY GATHER").
# Slurm options come from the usual SBATCH_* variables (SBATCH_PARTITION, SBATCH_TIMELIMIT,
# SBATCH_ACCOUNT…) or LANESIM_SBATCH_ARGS (e.g. "--cpus-per-task=4 --mem=4G"); LANESIM is the
# command to run (default: npx --no-install lanesim, from the submitting directory).
set -euo pipefail

if [ "$#" -lt 3 ]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
SHARDS="$1"
OUT="$(mkdir -p "$2" && cd "$2" && pwd)"
shift 2
case "$SHARDS" in
  '' | *[!0-9]* | 0) echo "submit.sh: SHARDS must be a whole number ≥ 1, got \"$SHARDS\"" >&2; exit 2 ;;
esac

cmd=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do cmd+=("$1"); shift; done
[ "$#" -gt 0 ] && shift
gather=("$@")

HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck disable=SC2206
extra=(${LANESIM_SBATCH_ARGS:-})
export LANESIM_OUT="$OUT" LANESIM_SHARDS="$SHARDS"

array_id="$(sbatch --parsable "${extra[@]}" --array="1-$SHARDS" --output="$OUT/shard-%a.log" \
  "$HERE/lanesim-shard.sbatch" "${cmd[@]}")"
array_id="${array_id%%;*}"
gather_id="$(sbatch --parsable "${extra[@]}" --dependency="afterok:$array_id" --kill-on-invalid-dep=yes \
  --output="$OUT/gather.log" "$HERE/lanesim-gather.sbatch" "${gather[@]}")"
gather_id="${gather_id%%;*}"
echo "$array_id $gather_id"
