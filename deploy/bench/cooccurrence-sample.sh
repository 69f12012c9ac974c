#!/usr/bin/env bash
# Prints a seeded random sample of the co-occurring windows a shipped cooccurrence domain finds, to judge by reading
# (evaluation/cooccurrence/capital-windows.tsv holds our judgements of the default sample).
#   deploy/bench/cooccurrence-sample.sh [DOMAIN] [KIND|all] [PER_KIND] [SEED] [CORPUS_DIR]
# Defaults: capital-cooccurrence all 80 20261201 ../shared/corpora/wikipedia-ab
set -euo pipefail
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
(cd "$home" && mvn -B -q -Pbench -pl deploy/bench/java -am -DskipTests package) >&2
module=$home/deploy/bench/java/target
exec java -cp "$module/classes:$(cat "$module/bench-classpath.txt")" org.factfloor.bench.CooccurrenceWindowSample \
  "${1:-capital-cooccurrence}" "${2:-all}" "${3:-80}" "${4:-20261201}" "${5:-$home/../shared/corpora/wikipedia-ab}"
