#!/usr/bin/env bash
# Prediction coverage (issue 16): how often the 95% interval of a sampled run's predicted full-corpus singleton rate
# holds the full corpus's exact value, and the median absolute relative error of the point prediction, per sample
# fraction, domain, level (factoid/entity) and extrapolation method, over many seeds of the document sample.
# Spark-free: the corpus is counted once document by document, each sample is counted from that exactly as a
# sampled run counts it (deterministic hash of the document id, the run's BernoulliSample), and predicted as the run
# predicts it (SampleScale.ofDocuments + SpectrumExtrapolation).
#
#   deploy/bench/prediction-coverage.sh [--corpus generated|wikipedia|both|spectrum:RUN_DIR] [--documents 200000]
#                                       [--seeds 20] [--fractions 0.01,0.02,0.05,0.1] [--methods all]
#                                       [--replicates 100]
#
# generated: a corpus of --documents documents from factfloor's generator (exact truth by construction);
# wikipedia: ../shared/corpora/wikipedia-ab (6,466 articles) taken as the full corpus, its truth = the built-in
# domains' extraction of every article; spectrum:RUN_DIR: a finished full run's spectrum/ taken as the full
# corpus, each sample its spectrum thinned binomially (a document sample's effect on every item's count), so a
# corpus too large to sample many times is checked at its own size. Prints one TSV table per corpus.
set -euo pipefail

home=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
corpus=both
documents=200000
seeds=20
fractions=0.01,0.02,0.05,0.1
methods=all
replicates=100

usage() { sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while (($#)); do
  case $1 in
    --corpus) corpus=$2; shift 2 ;;
    --documents) documents=$2; shift 2 ;;
    --seeds) seeds=$2; shift 2 ;;
    --fractions) fractions=$2; shift 2 ;;
    --methods) methods=$2; shift 2 ;;
    --replicates) replicates=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option $1" >&2; usage ;;
  esac
done

"$home/deploy/factfloor" predict --help > /dev/null # builds the jar when it is stale
cp=$home/jobs/target/factfloor.jar:$(cat "$home/jobs/target/spark-classpath.txt")
main=org.factfloor.sample.PredictionCoverage
if [[ $corpus == generated || $corpus == both ]]; then
  echo "# generated corpus, $documents documents, $seeds seeds, $replicates bootstrap replicates"
  java -Xmx6g -cp "$cp" "$main" "$documents" "$seeds" "$fractions" "$methods" "$replicates"
fi
if [[ $corpus == spectrum:* ]]; then
  echo "# ${corpus#spectrum:}'s spectra as the full corpus, thinned, $seeds seeds, $replicates bootstrap replicates"
  java -Xmx6g -cp "$cp" org.factfloor.output.ThinnedSpectrumCoverage "${corpus#spectrum:}" "$seeds" "$fractions" \
    "$methods" "$replicates"
fi
if [[ $corpus == wikipedia || $corpus == both ]]; then
  echo "# ../shared/corpora/wikipedia-ab as the full corpus, $seeds seeds, $replicates bootstrap replicates"
  java -Xmx6g -cp "$cp" "$main" "$home/../shared/corpora/wikipedia-ab" "$seeds" "$fractions" "$methods" \
    "$replicates"
fi
