package org.marsad.engine.knowledge;

import java.util.Arrays;
import java.util.List;

/** One data line of a TSV knowledge file, with where it came from for error messages. */
public record TsvRow(String file, int line, String[] cells) {

    /** The cell at {@code i}, trimmed; empty string when the row is shorter. */
    public String get(int i) {
        return i < cells.length ? cells[i].trim() : "";
    }

    public boolean has(int i) {
        return !get(i).isEmpty();
    }

    /** The {@code |}-separated values of a cell, trimmed, empty ones dropped. */
    public List<String> list(int i) {
        String v = get(i);
        if (v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public int integer(int i) {
        try {
            return Integer.parseInt(get(i));
        } catch (NumberFormatException e) {
            throw error("column " + (i + 1) + " must be an integer, found '" + get(i) + "'");
        }
    }

    public Double decimalOrNull(int i) {
        if (!has(i)) {
            return null;
        }
        try {
            return Double.parseDouble(get(i));
        } catch (NumberFormatException e) {
            throw error("column " + (i + 1) + " must be a decimal number, found '" + get(i) + "'");
        }
    }

    public KnowledgeException error(String what) {
        return new KnowledgeException(file + ":" + line + ": " + what);
    }
}
