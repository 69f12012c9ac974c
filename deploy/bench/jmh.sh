#!/usr/bin/env bash
# The extraction micro-benchmark (JMH): builds the bench module through the reactor (never `mvn install`) and runs
# ExtractionBenchmark; any JMH option can follow, e.g. `deploy/bench/jmh.sh -p domain=all -p prefilter=true`,
# `-f 1 -wi 1 -i 2 -r 3s` for a quick look, `-prof jfr` for a flight recording, or `-p corpus=FILE.jsonl` to time a
# fixed sample instead of the generated one (`-p corpus=wikipedia` times the Wikipedia sample of ../shared/corpora).
#
# To time another build's extraction on the same text (before/after a change), point FACTFLOOR_COMMON_JAR at that
# build's common jar, e.g. from a worktree of an older commit built with `mvn -q -pl common package -DskipTests`;
# it replaces this checkout's jar on the classpath (prefilter=false needs this checkout's DomainSpec).
# FACTFLOOR_JMH names another benchmark of the module (default ExtractionBenchmark), e.g. PredictionFitBenchmark.
set -euo pipefail
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
(cd "$home" && mvn -B -q -Pbench -pl deploy/bench/java -am -DskipTests package) >&2
module=$home/deploy/bench/java/target
classpath=$(cat "$module/bench-classpath.txt")
if [[ -n ${FACTFLOOR_COMMON_JAR:-} ]]; then
  [[ -f $FACTFLOOR_COMMON_JAR ]] || { echo "jmh.sh: FACTFLOOR_COMMON_JAR=$FACTFLOOR_COMMON_JAR is not a file" >&2; exit 2; }
  classpath=$(tr ':' '\n' <<< "$classpath" | sed "s#.*/factfloor-common-[^/]*\.jar\$#$FACTFLOOR_COMMON_JAR#" | paste -sd:)
fi
export FACTFLOOR_CORPORA=${FACTFLOOR_CORPORA:-$home/../shared/corpora}
exec java -cp "$module/classes:$classpath" org.openjdk.jmh.Main "${FACTFLOOR_JMH:-ExtractionBenchmark}" "$@"
