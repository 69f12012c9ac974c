#!/usr/bin/env bash
# The end-to-end benchmark (issue 9): generates corpora with factfloor's own generator, then runs factfloor and the
# tools a user would reach for side by side on the same files, several times, and writes a markdown table with the
# median wall time, MB/s (of uncompressed JSONL) in total and per core used, peak RSS, and whether each tool's
# per-domain counts equal factfloor's (and factfloor's equal the generator's ground truth).
#
#   deploy/bench/run.sh [--sizes 1G,4G,wiki-1G] [--repeats 3] [--python-repeats 1] [--shards 16] [--work DIR]
#                       [--peers factfloor,factfloor-plain,factfloor-512m,grep,python,duckdb,floor]
#
# A size wiki-N is real text: the English Wikipedia sample of ../shared/corpora/wikipedia-ab (6,466 articles)
# repeated with fresh ids ("wiki-13602" becomes "wiki-13602-c7" in copy 7) until the JSONL holds at least N bytes.
# Its reference counts are factfloor's on the sample itself, scaled: k copies give k × n and k × mentions and the
# same distinct factoids (a copy is a new document with the same factoids).
#
# Peers: factfloor `run` (local mode, all cores) on the gzip shards and on a plain copy, and once with a 512 MB
# heap (driver and executor in one JVM; far less than the distinct factoids need, so it must spill); GNU
# grep/sort/uniq (peer_grep.sh, xargs -P <cores>); a single-threaded Python 3 script (peer_python.py); DuckDB
# through JDBC (java/…/DuckdbPeer.java, all cores); and the floor: decompress-and-discard (zcat, xargs -P <cores>)
# and cat > /dev/null of the plain copy. Corpora are kept in the work directory and reused by later runs.
set -euo pipefail

home=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench=$home/deploy/bench
sizes=1G,4G,wiki-1G
repeats=3
python_repeats=1
shards=16
work=${TMPDIR:-/tmp}/factfloor-bench
peers=factfloor,factfloor-plain,factfloor-512m,grep,python,duckdb,floor

usage() { sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while (($#)); do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --repeats) repeats=$2; shift 2 ;;
    --python-repeats) python_repeats=$2; shift 2 ;;
    --shards) shards=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --peers) peers=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "run.sh: unknown option $1" >&2; usage ;;
  esac
done
cores=$(nproc)
mkdir -p "$work"
work=$(cd "$work" && pwd)

if [[ ! -x /usr/bin/time ]]; then
  echo "run.sh: installing GNU time (Debian package 'time') for wall time and peak RSS" >&2
  apt-get install -y -q time >&2 || { echo "run.sh: /usr/bin/time is missing; install the 'time' package" >&2; exit 2; }
fi

# Builds happen here, outside every timed command: the factfloor jar (deploy/factfloor builds it when stale) and
# the bench module (DuckDB peer, JMH suite) through the reactor, never `mvn install`.
"$home/deploy/factfloor" --help > /dev/null
(cd "$home" && mvn -B -q -Pbench -pl deploy/bench/java -am -DskipTests package) >&2
bench_cp=$home/deploy/bench/java/target/classes:$(cat "$home/deploy/bench/java/target/bench-classpath.txt")

# Runs one measured command; appends "peer wall_s rss_kb user_s sys_s" to $times and keeps its stdout as counts.
measure() {
  local peer=$1 counts=$2
  shift 2
  /usr/bin/time -f "$peer %e %M %U %S" -o "$work/time.last" "$@" > "$counts" 2> "$work/$peer.stderr" || {
    echo "run.sh: $peer failed; see $work/$peer.stderr" >&2
    tail -5 "$work/$peer.stderr" >&2
    return 1
  }
  cat "$work/time.last" >> "$times"
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

has() { [[ ,$peers, == *,$1,* ]]; }

# Each invocation keeps its own results and times files, so a later one never overwrites an earlier one's times.
stamp=$(date -u +%Y%m%dT%H%M%SZ)
results=$work/results-$stamp.md
{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
       "$(awk '/MemTotal/ {printf "%.0f GiB RAM", $2 / 1048576}' /proc/meminfo); $(java -version 2>&1 | head -1);"\
       "$(grep --version | head -1); Python $(python3 -c 'import platform; print(platform.python_version())');"\
       "DuckDB JDBC 2.0.0.1"
  echo "Command: deploy/bench/run.sh --sizes $sizes --repeats $repeats --python-repeats $python_repeats"\
       "--shards $shards --peers $peers"
  echo "Date: $(date -u +%Y-%m-%dT%H:%MZ); load average before the first run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} > "$results"

# The real-text corpus: wikipedia-ab repeated with fresh ids into $shards gzip shards of at least $1 bytes.
wiki=$home/../shared/corpora/wikipedia-ab
wiki_corpus() {
  local corpus=$1 bytes=$2 base copies
  base=$(zcat "$wiki"/*.jsonl.gz | wc -c)
  copies=$(( (bytes + base - 1) / base ))
  echo "run.sh: writing $copies copies of $wiki ($base bytes of JSONL) as $shards shards in $corpus" >&2
  mkdir -p "$corpus/corpus.tmp"
  for ((c = 0; c < copies; c++)); do
    zcat "$wiki"/*.jsonl.gz | sed "s/^{\"id\": \"\\([^\"]*\\)\"/{\"id\": \"\\1-c$c\"/"
  done | split -n r/"$shards" --numeric-suffixes=0 -a 5 --additional-suffix=.jsonl - "$corpus/corpus.tmp/part-"
  gzip "$corpus"/corpus.tmp/*.jsonl
  mv "$corpus/corpus.tmp" "$corpus/corpus"
  echo "$copies" > "$corpus/copies"
}

for size in ${sizes//,/ }; do
  corpus=$work/corpus-$size
  if [[ $size == wiki-* && ! -f $corpus/copies ]]; then
    rm -rf "$corpus"
    wiki_corpus "$corpus" "$(numfmt --from=iec "${size#wiki-}")"
  elif [[ $size != wiki-* && ! -f $corpus/ground-truth/factoids.tsv ]]; then
    echo "run.sh: generating $size ($shards gzip shards) in $corpus" >&2
    rm -rf "$corpus"
    # The generator keeps its people, works and ground truth in memory (about 1 GB of heap per GB generated).
    FACTFLOOR_JAVA_OPTS=${FACTFLOOR_JAVA_OPTS:--Xmx$(awk '/MemTotal/ {printf "%dm", $2 * 3 / 4 / 1024}' /proc/meminfo)} \
      "$home/deploy/factfloor" generate --output "$corpus" --bytes "$size" --shards "$shards" --seed 20241125 >&2
  fi
  if [[ ! -d $corpus/plain ]]; then
    mkdir -p "$corpus/plain.tmp"
    for f in "$corpus"/corpus/*.jsonl.gz; do zcat "$f" > "$corpus/plain.tmp/$(basename "${f%.gz}")"; done
    mv "$corpus/plain.tmp" "$corpus/plain"
  fi
  gz=("$corpus"/corpus/*.jsonl.gz)
  plain=("$corpus"/plain/*.jsonl)
  mb=$(cat "${plain[@]}" | wc -c | awk '{printf "%.1f", $1 / 1e6}')
  gz_mb=$(du -cb "${gz[@]}" | tail -1 | awk '{printf "%.1f", $1 / 1e6}')
  if [[ $size == wiki-* ]]; then
    # Reference: factfloor on the sample itself, scaled by the number of copies.
    "$home/deploy/factfloor" run --input "$wiki" --output "$work/out-wiki-sample" --overwrite > /dev/null 2>&1
    java -cp "$bench_cp" org.factfloor.bench.FactfloorCounts "$work/out-wiki-sample" \
      | awk -F'\t' -v k="$(cat "$corpus/copies")" '{print $1 "\t" $2 * k "\t" $3 "\t" $4 * k}' | sort \
      > "$work/truth.$size.tsv"
  else
    awk -F'\t' 'NR > 1 {n[$1] += $4; d[$1]++; m[$1] += $5} END {for (k in n) print k "\t" n[k] "\t" d[k] "\t" m[k]}' \
      "$corpus/ground-truth/factoids.tsv" | sort > "$work/truth.$size.tsv"
  fi

  times=$work/times.$size.$stamp
  : > "$times"
  echo "run.sh: $size: $mb MB of JSONL in ${#gz[@]} shards ($gz_mb MB gzip); load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  for ((i = 1; i <= repeats; i++)); do
    if has factfloor; then
      measure factfloor "$work/factfloor.log" "$home/deploy/factfloor" run --input "$corpus/corpus" \
        --output "$work/out-gz" --overwrite
      java -cp "$bench_cp" org.factfloor.bench.FactfloorCounts "$work/out-gz" > "$work/counts.factfloor.$size"
    fi
    if has factfloor-plain; then
      measure factfloor-plain "$work/factfloor-plain.log" "$home/deploy/factfloor" run --input "$corpus/plain" \
        --output "$work/out-plain" --overwrite
      java -cp "$bench_cp" org.factfloor.bench.FactfloorCounts "$work/out-plain" \
        > "$work/counts.factfloor-plain.$size"
    fi
    if has factfloor-512m && ((i == 1)); then
      FACTFLOOR_JAVA_OPTS=-Xmx512m measure factfloor-512m "$work/factfloor-512m.log" "$home/deploy/factfloor" run \
        --input "$corpus/corpus" --output "$work/out-512m" --overwrite
      java -cp "$bench_cp" org.factfloor.bench.FactfloorCounts "$work/out-512m" > "$work/counts.factfloor-512m.$size"
    fi
    has grep && measure grep "$work/counts.grep.$size" "$bench/peer_grep.sh" "$work/grep" "${gz[@]}"
    if has python && ((i <= python_repeats)); then
      measure python "$work/counts.python.$size" python3 "$bench/peer_python.py" "${gz[@]}"
    fi
    has duckdb && measure duckdb "$work/counts.duckdb.$size" java -cp "$bench_cp" org.factfloor.bench.DuckdbPeer \
      "${gz[@]}"
    if has floor; then
      measure floor-zcat /dev/null bash -c 'printf "%s\n" "$@" | xargs -P '"$cores"' -n 1 zcat > /dev/null' _ "${gz[@]}"
      measure floor-cat /dev/null cat "${plain[@]}"
    fi
    echo "run.sh: $size repeat $i done; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  done

  reference=$work/counts.factfloor.$size
  [[ -f $reference ]] || reference=$work/truth.$size.tsv
  {
    echo "### $size: $mb MB of JSONL, ${#gz[@]} gzip shards ($gz_mb MB)"
    echo
    if [[ -f $work/counts.factfloor.$size ]]; then
      if cmp -s "$work/counts.factfloor.$size" "$work/truth.$size.tsv"; then
        echo "factfloor's per-domain n, distinct and mentions equal the reference (generator's ground truth, or for"\
             "wiki-* the sample's counts scaled by the copies)."
      else
        echo "**factfloor's counts differ from the reference** (see $work/counts.factfloor.$size)."
      fi
      echo
    fi
    echo "| tool | runs | median wall s | MB/s | cores | MB/s per core | CPU s (user+sys) | peak RSS MB | counts vs factfloor |"
    echo "|---|---|---|---|---|---|---|---|---|"
    for peer in factfloor factfloor-plain factfloor-512m duckdb grep python floor-zcat floor-cat; do
      grep -q "^$peer " "$times" || continue
      runs=$(grep -c "^$peer " "$times")
      wall=$(grep "^$peer " "$times" | awk '{print $2}' | median)
      rss=$(grep "^$peer " "$times" | awk '{print $3}' | sort -n | tail -1)
      cpu=$(grep "^$peer " "$times" | awk '{print $4 + $5}' | median)
      used=$cores
      [[ $peer == python || $peer == floor-cat ]] && used=1
      case $peer in
        floor-*) verdict="(reads only)" ;;
        grep)
          if cut -f1,4 "$work/counts.grep.$size" | sort | cmp -s - <(cut -f1,4 "$reference" | sort); then
            verdict="mentions identical; distinct counts surface strings (no normalisation)"
          else
            verdict="**mentions differ**"
          fi ;;
        *)
          if sort "$work/counts.$peer.$size" | cmp -s - "$reference"; then verdict="identical"
          else verdict="**differ** (see $work/counts.$peer.$size)"; fi ;;
      esac
      awk -v p="$peer" -v r="$runs" -v w="$wall" -v mb="$mb" -v c="$used" -v cpu="$cpu" -v rss="$rss" -v v="$verdict" \
        'BEGIN {if (w < 0.01) w = 0.01  # time(1) reports hundredths
                printf "| %s | %d | %.2f | %.1f | %d | %.1f | %.1f | %.0f | %s |\n", p, r, w, mb / w, c, mb / w / c, cpu, rss / 1024, v}'
    done
    echo
    echo "Per-domain counts (domain, n, distinct, mentions) of factfloor:"
    echo
    sed 's/^/    /' "$reference"
    echo
  } >> "$results"
done
cat "$results"
echo "run.sh: results in $results" >&2
