package org.marsad.engine.knowledge;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;

/** Knowledge sources for tests: the bundled knowledge with one file replaced or extended, as an analyst's copy would. */
final class TestSources {
    private TestSources() {
    }

    /** The bundled knowledge with {@code path} replaced by {@code content}; that file is described as "test/…". */
    static KnowledgeSource withFile(String path, String content) {
        return withFile(path, content, false);
    }

    /** The bundled knowledge with {@code rows} added at the end of {@code path}. */
    static KnowledgeSource withRowsAdded(String path, String rows) {
        return withFile(path, rows, true);
    }

    private static KnowledgeSource withFile(String path, String content, boolean append) {
        KnowledgeSource bundled = KnowledgeSource.bundled();
        return new KnowledgeSource() {
            @Override
            public Optional<Reader> open(String p) throws IOException {
                if (!p.equals(path)) {
                    return bundled.open(p);
                }
                return Optional.of(new StringReader((append ? read(bundled, p) : "") + content));
            }

            @Override
            public String describe(String p) {
                return p.equals(path) ? "test/" + p : bundled.describe(p);
            }
        };
    }

    private static String read(KnowledgeSource source, String path) throws IOException {
        try (Reader r = source.open(path).orElseThrow()) {
            StringWriter w = new StringWriter();
            r.transferTo(w);
            return w.toString();
        }
    }
}
