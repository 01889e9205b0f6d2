package org.marsad.app.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.engine.knowledge.KnowledgeSource;
import org.marsad.engine.knowledge.TsvRow;
import org.marsad.engine.knowledge.TsvTable;
import org.marsad.engine.places.Gazetteer;

/**
 * What the curated gazetteer files (those of {@code places/gazetteer-files.tsv} not marked
 * {@code generated}) already hold, so that a generated row never duplicates a curated one: supplements win.
 */
public final class SupplementIndex {
    private record Point(String feature, Double lat, Double lon) {
    }

    private final Set<Long> geonameIds = new HashSet<>();
    private final Map<String, List<Point>> byName = new HashMap<>();
    private final Set<String> skipFiles;

    private SupplementIndex(Set<String> skipFiles) {
        this.skipFiles = skipFiles;
    }

    /** Reads the curated files listed in the knowledge folder, leaving out {@code skipFiles} (the output). */
    public static SupplementIndex read(KnowledgeSource knowledge, Set<String> skipFiles) {
        SupplementIndex index = new SupplementIndex(skipFiles);
        for (TsvRow file : TsvTable.read(knowledge, "places/gazetteer-files.tsv", 1)) {
            String path = file.get(0);
            if (path.equals("file") || file.get(2).equals("generated") || skipFiles.contains(path)) {
                continue;
            }
            for (TsvRow row : TsvTable.read(knowledge, path, 9)) {
                if (row.get(0).equals("id")) {
                    continue;
                }
                if (!row.get(10).isEmpty()) {
                    try {
                        index.geonameIds.add(Long.parseLong(row.get(10)));
                    } catch (NumberFormatException e) {
                        // not an id: ignored here, the loader reports nothing for this column
                    }
                }
                Point p = new Point(row.get(2), row.decimalOrNull(6), row.decimalOrNull(7));
                List<String> names = new ArrayList<>();
                names.add(row.get(1));
                names.addAll(row.list(9));
                if (row.get(2).equals("admin1")) {
                    names.add(row.get(4));
                }
                for (String n : names) {
                    String key = Gazetteer.latinKey(n);
                    if (!key.isEmpty()) {
                        index.byName.computeIfAbsent(row.get(3) + "/" + key, k -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        return index;
    }

    /** An empty index (no curated files). */
    public static SupplementIndex empty() {
        return new SupplementIndex(Set.of());
    }

    public int geonameIdCount() {
        return geonameIds.size();
    }

    /**
     * Whether a generated place is already in a curated file: the same GeoNames id; an administrative
     * unit of the same level and name in the same country; or a place of the same name in the same
     * country less than {@value PlaceMerger#SAME_PLACE_KM} km away.
     */
    public boolean covers(PlaceCandidate c) {
        if (c.geonameId > 0 && geonameIds.contains(c.geonameId)) {
            return true;
        }
        Set<String> keys = c.latinKeys();
        if (c.feature.equals("admin1")) {
            keys.add(Gazetteer.latinKey(c.admin1Name));
        }
        for (String k : keys) {
            for (Point p : byName.getOrDefault(c.country + "/" + k, List.of())) {
                if ((c.feature.equals("admin1") || c.feature.equals("admin2")) && p.feature().equals(c.feature)) {
                    return true;
                }
                if (c.lat != null && p.lat() != null
                        && PlaceMerger.kilometres(c.lat, c.lon, p.lat(), p.lon()) < PlaceMerger.SAME_PLACE_KM) {
                    return true;
                }
            }
        }
        return false;
    }
}
