#!/usr/bin/env bash
# The mix benchmark (issue 17): a generated corpus's shards split into disjoint sources, one `run` per source, then
# `mix` over the runs' outputs with several weight settings (one above 1), once more with the run benchmark's 512 MB
# heap, and `merge` of the same runs for comparison. Every command is timed with GNU time (wall, CPU, peak RSS) and
# the table lands in WORK/mix-table.md with the exact commands; the check that weights of 1 equal merge (every
# shared figure of summary.json, exactly) and the spill totals of the 512 MB mix (from Spark's event log) below it.
#
#   deploy/bench/mix.sh --corpus DIR [--sources 4] [--work DIR] [--no-merge]
#
# DIR is a directory written by `factfloor generate` (DIR/corpus/*.jsonl.gz); its shards, sorted by name, go to the
# sources in consecutive groups of equal size. Runs already committed in WORK are reused.
set -euo pipefail

home=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
factfloor=$home/deploy/factfloor
corpus=
sources=4
work=${TMPDIR:-/tmp}/factfloor-mix-bench
merge=yes

usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while (($#)); do
  case $1 in
    --corpus) corpus=$2; shift 2 ;;
    --sources) sources=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --no-merge) merge=no; shift ;;
    -h|--help) usage ;;
    *) echo "mix.sh: unknown option $1" >&2; usage ;;
  esac
done
[[ -n $corpus && -d $corpus/corpus ]] || { echo "mix.sh: --corpus must name a directory with corpus/ shards" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "mix.sh: /usr/bin/time is missing; install the 'time' package" >&2; exit 2; }
mapfile -t shards < <(find "$(cd "$corpus/corpus" && pwd)" -maxdepth 1 -type f -name '*.jsonl*' | sort)
((${#shards[@]} >= sources && ${#shards[@]} % sources == 0)) \
  || { echo "mix.sh: ${#shards[@]} shards do not split into $sources equal groups" >&2; exit 2; }
mkdir -p "$work"
work=$(cd "$work" && pwd)
cd "$work"
"$factfloor" --help > /dev/null # builds the jar and records the class-data archive outside every timed command
rows=$work/mix-rows.tsv
: > "$rows"

# Runs one command under GNU time; appends "name, wall s, CPU s, peak RSS MB, command" to $rows.
measure() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.$name" "$@" > "$work/log.$name" 2>&1 \
    || { echo "mix.sh: $name failed; see $work/log.$name" >&2; exit 1; }
  read -r wall user sys rss < <(tail -n 1 "$work/time.$name")
  printf '%s\t%s\t%s\t%d\t%s\n' "$name" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')" \
    $((rss / 1024)) \
    "${FACTFLOOR_JAVA_OPTS:+FACTFLOOR_JAVA_OPTS=$FACTFLOOR_JAVA_OPTS }deploy/factfloor ${*:2}" >> "$rows"
  echo "mix.sh: $name $wall s wall" >&2
}

per=$((${#shards[@]} / sources))
runs=()
for ((k = 0; k < sources; k++)); do
  inputs=()
  for ((s = k * per; s < (k + 1) * per; s++)); do inputs+=(--input "${shards[s]}"); done
  runs+=("run-src$k")
  [[ -e run-src$k/_SUCCESS ]] || measure "run-src$k" "$factfloor" run "${inputs[@]}" --output "run-src$k" \
    --corpus-id "src$k"
done

weighted() { # weights... → --input run-srcK=W for each source
  local k=0 args=()
  for w in "$@"; do args+=(--input "run-src$k=$w"); k=$((k + 1)); done
  echo "${args[@]}"
}
ones=(); fractions=(); fresh=()
for ((k = 0; k < sources; k++)); do
  ones+=(1)
  fractions+=("$(echo "0.5 1 0.2 0.8" | cut -d' ' -f$((k % 4 + 1)))")
  fresh+=("$( ((k == 0)) && echo 2 || echo "${fractions[k]}")")
done
# shellcheck disable=SC2046 # the inputs are words without spaces
{
  rm -rf mix-ones mix-fractions mix-fractions-512m mix-fresh mix-src0-fresh merged events
  measure mix-ones "$factfloor" mix $(weighted "${ones[@]}") --output mix-ones
  measure mix-fractions "$factfloor" mix $(weighted "${fractions[@]}") --output mix-fractions
  mkdir -p events
  FACTFLOOR_JAVA_OPTS="-Xmx512m -Dspark.eventLog.enabled=true -Dspark.eventLog.compress=false -Dspark.eventLog.rolling.enabled=false -Dspark.eventLog.dir=file://$work/events" \
    measure mix-fractions-512m "$factfloor" mix $(weighted "${fractions[@]}") --output mix-fractions-512m
  measure mix-fresh "$factfloor" mix $(weighted "${fresh[@]}") --output mix-fresh
  measure mix-src0-fresh "$factfloor" mix --input "run-src0=$sources" --output mix-src0-fresh
  [[ $merge == yes ]] && measure merge "$factfloor" merge --inputs "${runs[@]}" --output merged
}

python3 - "$work" "$merge" <<'EOF'
import glob, json, sys
work, merged = sys.argv[1], sys.argv[2] == "yes"
out = ["| command | wall s | CPU s | peak RSS MB |", "|---|---|---|---|"]
for line in open(f"{work}/mix-rows.tsv"):
    name, wall, cpu, rss, command = line.rstrip("\n").split("\t")
    out.append(f"| `{command}` | {wall} | {cpu} | {rss:} |")
figures = ["n", "distinct", "n1", "n2", "singleton_rate", "entity_n", "entity_distinct", "entity_n1", "entity_n2",
           "entity_singleton_rate", "gt_ci_low", "gt_ci_high", "floor_kv2024", "floor_knvz2025", "n_needed",
           "limited_by_sample_size"]
mix = json.load(open(f"{work}/mix-ones/summary.json"))["domains"]
if merged:
    run = json.load(open(f"{work}/merged/summary.json"))["domains"]
    differing = [f"{d}.{f}" for d in run for f in figures if run[d][f] != mix[d][f]]
    out.append("")
    out.append(f"weights of 1 against merge: {len(figures)} figures x {len(run)} domains, "
               + ("all equal" if not differing else "DIFFERENT: " + ", ".join(differing)))
memory = disk = 0
for log in glob.glob(f"{work}/events/*"):
    for line in open(log):
        e = json.loads(line)
        if e.get("Event") == "SparkListenerTaskEnd":
            m = e.get("Task Metrics") or {}
            memory += m.get("Memory Bytes Spilled", 0)
            disk += m.get("Disk Bytes Spilled", 0)
out.append(f"512 MB mix: {memory / 1e6:.1f} MB spilled from memory, {disk / 1e6:.1f} MB written to disk")
for name in ["mix-fractions", "mix-fresh", "mix-src0-fresh"] + (["merged"] if merged else []):
    d = json.load(open(f"{work}/{name}/summary.json"))["domains"]
    out.append(f"{name}: " + "; ".join(
        f"{k} n {v['n']:.0f}, N1 {v['n1']:.0f}, rate {v['singleton_rate'] or 0:.4f}, KV24 {v['floor_kv2024'] or 0:.4f}"
        for k, v in d.items()))
open(f"{work}/mix-table.md", "w").write("\n".join(out) + "\n")
print("\n".join(out))
EOF
