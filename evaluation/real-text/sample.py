#!/usr/bin/env python3
"""Draws the real-text evaluation sample of evaluation/real-text/ (issue 14) from ../shared/corpora/.

Deterministic: random.Random(SEED) over the ids in corpus order. For each Wikipedia domain the stratum is every
article whose text matches the domain's keyword regex below (an article without it states no such fact in a form
any pattern could read, so recall is measured inside the stratum); the GROBID sample is drawn from the references
whose text is not a repeat of an earlier one. Sampled items alternate: even positions go to tuning/, odd ones to
held-out/ (never used while tuning). Prints "<part>\t<domain>\t<id>" lines.

    python3 evaluation/real-text/sample.py ../shared/corpora > /tmp/sample.tsv
"""
import gzip
import json
import random
import re
import sys

SEED = 14
STRATA = {
    "capitals": (re.compile(r"capital", re.I), 120),
    "death-dates": (re.compile(r"\b(?:died|passed away|killed|executed|assassinated|perished|death)\b"
                               r"|\(\D{0,60}\d{3,4}\s?[–—-]\s?\d{3,4}\)"), 40),
}
GROBID_SIZE = 400


def main(corpora):
    docs = []
    for part in range(8):
        with gzip.open(f"{corpora}/wikipedia-ab/part-0{part}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                docs.append((d["id"], d["text"]))
    rng = random.Random(SEED)
    for domain, (keyword, size) in STRATA.items():
        stratum = [i for i, t in docs if keyword.search(t)]
        for k, doc_id in enumerate(rng.sample(stratum, size)):
            print(("tuning" if k % 2 == 0 else "held-out") + "\t" + domain + "\t" + doc_id)
    seen, refs = set(), []
    with gzip.open(f"{corpora}/grobid-references/references.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["text"] not in seen:
                seen.add(r["text"])
                refs.append(r["id"])
    for k, ref_id in enumerate(rng.sample(refs, GROBID_SIZE)):
        print(("tuning" if k % 2 == 0 else "held-out") + "\tcitations\t" + ref_id)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora")
