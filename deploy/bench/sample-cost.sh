#!/usr/bin/env bash
# Cost of a sampled run (issue 16): the full run, a document sample and a file sample of one generated gzip corpus,
# side by side: median wall time over --repeats runs, the share of the full run's time, bytes read, and each
# sample's predicted full-corpus singleton rate (with its 95% interval) beside the full run's value.
#
#   deploy/bench/sample-cost.sh [--bytes 1G] [--shards 64] [--fraction 0.05] [--repeats 3] [--work DIR]
#
# A document sample still decompresses and parses every file (it skips extraction of the dropped documents); a
# file sample never opens the files it drops. Corpora are kept in the work directory and reused.
set -euo pipefail

home=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bytes=1G
shards=64
fraction=0.05
repeats=3
work=${TMPDIR:-/tmp}/factfloor-sample-cost

usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while (($#)); do
  case $1 in
    --bytes) bytes=$2; shift 2 ;;
    --shards) shards=$2; shift 2 ;;
    --fraction) fraction=$2; shift 2 ;;
    --repeats) repeats=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option $1" >&2; usage ;;
  esac
done

corpus=$work/corpus-$bytes-$shards
mkdir -p "$work"
if [[ ! -f $corpus/ground-truth/factoids.tsv ]]; then
  # The generator keeps its people, works and ground truth in memory (about 1 GB of heap per GB generated).
  FACTFLOOR_JAVA_OPTS=${FACTFLOOR_JAVA_OPTS:--Xmx8g} "$home/deploy/factfloor" generate --output "$corpus" --bytes "$bytes" --shards "$shards" \
    --seed 20241125 >&2
fi

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
field() { # summary.json of $1: domain $2's field $3 (top level) with python3's json
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["domains"][sys.argv[2]]; print(eval(sys.argv[3]))' "$@"
}

declare -A seconds
for kind in full documents files; do
  times=()
  for ((i = 1; i <= repeats; i++)); do
    out=$work/out-$kind
    args=(run --input "$corpus/corpus" --output "$out" --overwrite --corpus-id "cost-$kind")
    [[ $kind != full ]] && args+=(--sample "$fraction" --sample-by "$kind" --sample-seed "$i")
    start=$(date +%s.%N)
    "$home/deploy/factfloor" "${args[@]}" > "$work/$kind-$i.log" 2>&1
    times+=("$(echo "$(date +%s.%N) - $start" | bc)")
  done
  seconds[$kind]=$(printf '%s\n' "${times[@]}" | median)
done

echo "| run | median wall s | share of full | bytes read | documents extracted | death-dates sr: predicted [95%] vs full |"
echo "|---|---|---|---|---|---|"
full_sr=$(field "$work/out-full/summary.json" death-dates 'd["singleton_rate"]')
for kind in full documents files; do
  s=$work/out-$kind/summary.json
  if [[ $kind == full ]]; then
    files=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["inputs"]))' \
      "$work/out-full/_MANIFEST.json")
    pred="$full_sr (measured)"
    bytes_read="all ($files files)"
  else
    bytes_read=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["sample"]; print("%d of %d (%d of %d files)" % (s["bytes_read"], s["bytes_listed"], s["files_read"], s["files_listed"]))' "$s")
    pred=$(field "$s" death-dates \
      '"%.4f [%.4f, %.4f]" % tuple(d["prediction"]["full_corpus"]["factoid"]["singleton_rate"][k] for k in ("estimate", "low", "high"))')
  fi
  docs=$(field "$s" death-dates 'd["documents_scanned"]')
  share=$(echo "scale=3; ${seconds[$kind]} / ${seconds[full]}" | bc)
  echo "| $kind | ${seconds[$kind]} | $share | $bytes_read | $docs | $pred |"
done
