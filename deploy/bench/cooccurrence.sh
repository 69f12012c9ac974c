#!/usr/bin/env bash
# End to end: a cooccurrence domain with a large generated fact table against the built-in pattern domains, on the
# same corpus (default: the Wikipedia sample of ../shared/corpora), each through `deploy/factfloor run` in local
# mode on all cores, and once more with the whole run (driver and executor in one JVM) limited to a 1 GB heap.
#   deploy/bench/cooccurrence.sh [--facts 100000] [--repeats 3] [--input DIR] [--work DIR]
# Prints a markdown table: median wall time, MB/s of uncompressed JSONL, the ratio to the pattern domains.
set -euo pipefail
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
facts=100000 repeats=3 input=$home/../shared/corpora/wikipedia-ab work=${TMPDIR:-/tmp}/factfloor-cooccurrence-bench
while (($#)); do
  case $1 in
    --facts) facts=$2; shift 2 ;;
    --repeats) repeats=$2; shift 2 ;;
    --input) input=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "cooccurrence.sh: unknown option $1 (see the header of this script)" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
(cd "$home" && mvn -B -q -Pbench -pl deploy/bench/java -am -DskipTests package) >&2
module=$home/deploy/bench/java/target
java -cp "$module/classes:$(cat "$module/bench-classpath.txt")" org.factfloor.bench.GeneratedFactTable \
  "$work/facts-$facts.tsv" "$facts"
cat > "$work/generated.conf" <<CONF
factfloor.domains.generated-table {
  kind = cooccurrence
  facts { path = "$work/facts-$facts.tsv", entity-column = entity, attribute-column = attribute,
          entity-aliases-column = entity_aliases, attribute-aliases-column = attribute_aliases }
  window = sentence
  plausible-alternatives = 100
}
CONF
bytes=$(for f in "$input"/*; do case $f in *.gz) zcat "$f" ;; *) cat "$f" ;; esac; done | wc -c)
"$home/deploy/factfloor" validate --config "$work/generated.conf" --domains generated-table --input "$input" \
  | grep "fact table" >&2

seconds() { # label, log, command...: wall seconds of one run
  local start end; start=$(date +%s.%N); "${@:3}" > "$2" 2>&1; end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
declare -A times
for ((i = 1; i <= repeats; i++)); do
  times[patterns]+="$(seconds patterns "$work/patterns.log" "$home/deploy/factfloor" run --input "$input" \
    --domains capitals,death-dates,citations --output "$work/out-patterns" --overwrite)"$'\n'
  times[cooccurrence]+="$(seconds cooccurrence "$work/cooccurrence.log" "$home/deploy/factfloor" run --input "$input" \
    --config "$work/generated.conf" --domains generated-table --output "$work/out-cooccurrence" --overwrite)"$'\n'
done
times[cooccurrence-1g]=$(FACTFLOOR_JAVA_OPTS=-Xmx1g seconds cooccurrence-1g "$work/cooccurrence-1g.log" \
  "$home/deploy/factfloor" run --input "$input" --config "$work/generated.conf" --domains generated-table \
  --output "$work/out-cooccurrence-1g" --overwrite)
base=$(grep -v '^$' <<< "${times[patterns]}" | median)
echo "| run | median wall s | MB/s | time ÷ pattern domains |"
echo "|---|---:|---:|---:|"
for run in patterns cooccurrence cooccurrence-1g; do
  m=$(grep -v '^$' <<< "${times[$run]}" | median)
  printf '| %s | %.1f | %.2f | %.2f |\n' "$run" "$m" "$(echo "$bytes / 1000000 / $m" | bc -l)" \
    "$(echo "$m / $base" | bc -l)"
done
grep -h "generated-table " "$work/cooccurrence.log" "$work/cooccurrence-1g.log" >&2 || true
