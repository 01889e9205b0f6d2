package org.marsad.engine.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads TSV knowledge files: {@code #} comments, blank lines skipped, a fixed minimum number of columns. */
public final class TsvTable {
    private TsvTable() {
    }

    /** Reads a required file; a missing file is an error naming it. */
    public static List<TsvRow> read(KnowledgeSource source, String path, int minColumns) {
        return readOptional(source, path, minColumns)
                .orElseThrow(() -> new KnowledgeException(source.describe(path) + ": file not found"));
    }

    /** Reads a file if the source has it. */
    public static Optional<List<TsvRow>> readOptional(KnowledgeSource source, String path, int minColumns) {
        String name = source.describe(path);
        try {
            Optional<Reader> reader = source.open(path);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            List<TsvRow> rows = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(reader.get())) {
                String line;
                int number = 0;
                while ((line = in.readLine()) != null) {
                    number++;
                    if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                        line = line.substring(1);
                    }
                    if (line.isBlank() || line.stripLeading().startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\t", -1);
                    if (cells.length < minColumns) {
                        throw new KnowledgeException(name + ":" + number + ": " + cells.length + " column"
                                + (cells.length == 1 ? "" : "s") + ", expected " + minColumns
                                + " (columns are separated by one TAB)");
                    }
                    rows.add(new TsvRow(name, number, cells));
                }
            }
            return Optional.of(rows);
        } catch (IOException e) {
            throw new KnowledgeException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
