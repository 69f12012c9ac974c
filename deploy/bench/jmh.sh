#!/usr/bin/env bash
# The extraction micro-benchmark (JMH): builds the bench module through the reactor (never `mvn install`) and runs
# ExtractionBenchmark; any JMH option can follow, e.g. `deploy/bench/jmh.sh -p domain=all -p prefilter=true`,
# `-f 1 -wi 1 -i 2 -r 3s` for a quick look, or `-prof jfr` for a flight recording.
set -euo pipefail
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
(cd "$home" && mvn -B -q -Pbench -pl deploy/bench/java -am -DskipTests package) >&2
module=$home/deploy/bench/java/target
exec java -cp "$module/classes:$(cat "$module/bench-classpath.txt")" org.openjdk.jmh.Main ExtractionBenchmark "$@"
