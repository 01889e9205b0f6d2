package org.marsad.app.gazetteer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.engine.places.Gazetteer;

/**
 * Turns merged candidates into sorted 13-column rows (supplements win) and writes them with a header
 * comment and a {@code .sha256} checksum beside the file.
 */
public final class GazetteerWriter {
    /** Rows kept and what was left out, per country. */
    public record Result(List<GazetteerRow> rows, Map<String, Integer> perCountry, int coveredBySupplements) {
    }

    private GazetteerWriter() {
    }

    /** Resolves admin names, drops places the supplements hold, sorts by country order, level, name and id. */
    public static Result rows(Collection<PlaceCandidate> places, AdminNames admin, SupplementIndex supplements,
                              List<String> countryOrder, java.util.Set<String> droppedArabic) {
        List<PlaceCandidate> kept = new ArrayList<>();
        int covered = 0;
        for (PlaceCandidate c : places) {
            if (!countryOrder.contains(c.country)) {
                continue;
            }
            c.admin1Name = admin.admin1(c.country, c.admin1Code);
            if (c.admin2Name.isEmpty()) {
                c.admin2Name = admin.admin2(c.country, c.admin1Code, c.admin2Code);
            }
            if (supplements.covers(c)) {
                covered++;
                continue;
            }
            kept.add(c);
        }
        kept.sort(Comparator.<PlaceCandidate>comparingInt(c -> countryOrder.indexOf(c.country))
                .thenComparingInt(c -> c.feature.equals("admin1") ? 0 : c.feature.equals("admin2") ? 1 : 2)
                .thenComparing(c -> Gazetteer.latinKey(c.name))
                .thenComparing(c -> c.id));
        List<GazetteerRow> rows = new ArrayList<>();
        Map<String, Integer> perCountry = new LinkedHashMap<>();
        for (String cc : countryOrder) {
            perCountry.put(cc, 0);
        }
        for (PlaceCandidate c : kept) {
            rows.add(c.toRow("", droppedArabic));
            perCountry.merge(c.country, 1, Integer::sum);
        }
        return new Result(rows, perCountry, covered);
    }

    /** Writes the header (each line gets "# "), the column line and the rows; then FILE.sha256. */
    public static void write(Path out, List<String> header, List<GazetteerRow> rows) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            sb.append(h.isEmpty() ? "#" : "# " + h).append('\n');
        }
        sb.append(GazetteerRow.HEADER).append('\n');
        for (GazetteerRow r : rows) {
            sb.append(r.toTsv()).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(out, bytes);
        try (Writer w = Files.newBufferedWriter(checksumFile(out), StandardCharsets.UTF_8)) {
            w.write(sha256(bytes) + "  " + out.getFileName() + "\n");
        }
    }

    /** The folded forms of knowledge/places/generated-names-dropped.tsv (absent: none). */
    public static java.util.Set<String> droppedArabicNames(org.marsad.engine.knowledge.KnowledgeSource knowledge) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.marsad.engine.knowledge.TsvRow row : org.marsad.engine.knowledge.TsvTable
                .readOptional(knowledge, DROPPED_NAMES, 1).orElse(List.of())) {
            if (!row.get(0).equals("form")) {
                out.add(Names.foldArabic(row.get(0)));
            }
        }
        return out;
    }

    public static final String DROPPED_NAMES = "places/generated-names-dropped.tsv";

    public static Path checksumFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".sha256");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lines "ML 123, BF 456, …" for the header, wrapped. */
    static List<String> countLines(Map<String, Integer> perCountry) {
        List<String> lines = new ArrayList<>();
        StringBuilder sb = new StringBuilder("  ");
        for (Map.Entry<String, Integer> e : perCountry.entrySet()) {
            if (sb.length() > 80) {
                lines.add(sb.toString().stripTrailing());
                sb = new StringBuilder("  ");
            }
            sb.append(e.getKey()).append(' ').append(e.getValue()).append("   ");
        }
        lines.add(sb.toString().stripTrailing());
        return lines;
    }
}
