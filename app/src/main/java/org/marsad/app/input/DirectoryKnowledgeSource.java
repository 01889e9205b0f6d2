package org.marsad.app.input;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.marsad.engine.knowledge.KnowledgeSource;

/**
 * An analyst's own knowledge folder (a copy of {@code knowledge/}, edited). Files it lacks are taken from
 * the bundled folder, so a user may override only the files they changed.
 */
public final class DirectoryKnowledgeSource implements KnowledgeSource {
    private final Path root;
    private final KnowledgeSource fallback;

    public DirectoryKnowledgeSource(Path root) {
        this.root = root;
        this.fallback = KnowledgeSource.bundled();
    }

    @Override
    public Optional<Reader> open(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root.normalize())) {
            throw new IOException("knowledge path escapes the folder: " + path);
        }
        if (Files.isRegularFile(file)) {
            return Optional.of(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        }
        return fallback.open(path);
    }

    @Override
    public String describe(String path) {
        Path file = root.resolve(path);
        return Files.isRegularFile(file) || path.isEmpty() ? file.toString() : fallback.describe(path);
    }
}
