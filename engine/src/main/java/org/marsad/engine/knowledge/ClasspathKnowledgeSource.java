package org.marsad.engine.knowledge;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The knowledge folder bundled in the engine jar under {@code marsad/knowledge/}. */
final class ClasspathKnowledgeSource implements KnowledgeSource {
    static final ClasspathKnowledgeSource INSTANCE = new ClasspathKnowledgeSource();
    private static final String ROOT = "marsad/knowledge/";

    private ClasspathKnowledgeSource() {
    }

    @Override
    public Optional<Reader> open(String path) {
        InputStream in = ClasspathKnowledgeSource.class.getClassLoader().getResourceAsStream(ROOT + path);
        return in == null ? Optional.empty() : Optional.of(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    public String describe(String path) {
        return "knowledge/" + path + " (bundled)";
    }
}
