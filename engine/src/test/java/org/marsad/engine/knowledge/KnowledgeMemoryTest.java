package org.marsad.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The whole default knowledge base (lexicon, ontology, gazetteer) fits the memory goal: well under 512 MB of heap. */
class KnowledgeMemoryTest {
    private static final long GOAL_BYTES = 512L * 1024 * 1024;

    @Test
    void bundledKnowledgeRetainsLessThan512MegabytesOfHeap() {
        long before = used();
        Knowledge k = Knowledge.bundled();
        long after = used();
        assertThat(k.places().size()).isPositive();
        assertThat(after - before).as("heap retained by the knowledge base, bytes").isLessThan(GOAL_BYTES);
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
