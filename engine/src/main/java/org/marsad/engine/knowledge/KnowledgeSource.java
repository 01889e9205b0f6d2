package org.marsad.engine.knowledge;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Where knowledge files come from: the engine's own bundled folder, or an analyst's copy.
 * This is the engine's only door to the outside; paths are relative and use {@code /}
 * (for example {@code actors/aliases.tsv}).
 */
public interface KnowledgeSource {
    /** Opens a file, or returns empty when this source has no such file. */
    Optional<Reader> open(String path) throws IOException;

    /** A human-readable name of the file for messages ({@code knowledge/actors/aliases.tsv}). */
    String describe(String path);

    /** The bundled knowledge that ships inside the engine jar. */
    static KnowledgeSource bundled() {
        return ClasspathKnowledgeSource.INSTANCE;
    }
}
