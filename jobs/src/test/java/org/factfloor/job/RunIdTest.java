package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factfloor.config.InputFormat;
import org.factfloor.input.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The run id rule gives the ids the code before the shared pipeline gave: the expected values are the run ids of
 * committed outputs of local-data (all 8 shards, shards 0–3 as corpus a, 4–7 as corpus b, and a merge of a and b)
 * made by that code from copies under /tmp/ff15-base/in.
 */
class RunIdTest {
    private static final String DIGEST = "af3bf3efe8788a0fba33183f2b3a32d0e9278ef738f70051faf204b5781cdd78";
    private static final long[] SIZES = {245295, 249732, 249734, 241114, 253328, 241170, 248727, 246151};

    @Test
    void aRunIsIdentifiedByCorpusIdConfigAndEveryFilesPathAndSize() {
        assertEquals("f4293eed72de51d8", RunId.ofRun("all", DIGEST, shards("all", 0, 8)));
        assertEquals("47e18bcc6927ad19", RunId.ofRun("a", DIGEST, shards("a", 0, 4)));
        assertEquals("204a14fa6cf1f7f0", RunId.ofRun("b", DIGEST, shards("b", 4, 8)));
    }

    @Test
    void aMergeIsIdentifiedByConfigBaseAndAddedRuns() {
        assertEquals("653029708df92935", RunId.ofMerge(DIGEST, "47e18bcc6927ad19", List.of("204a14fa6cf1f7f0")));
    }

    private static List<SourceFile> shards(String dir, int from, int to) {
        return java.util.stream.IntStream.range(from, to).mapToObj(i -> new SourceFile(
                "file:/tmp/ff15-base/in/" + dir + "/part-0000" + i + ".jsonl.gz", SIZES[i], InputFormat.JSONL, "gzip")).toList();
    }
}
