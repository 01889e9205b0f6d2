package org.marsad.engine.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Curated one-word place names by consonant skeleton, for names spelled by ear that the exact lexicon misses.
 * A query matches a name whose skeleton is equal, or, for skeletons of at least {@link #EDIT_MIN} letters, one
 * deletion, insertion or substitution away (found through single-deletion keys, so a lookup costs a few map
 * reads, never a scan). Immutable once built.
 */
public final class FuzzyPlaceIndex {
    /** Skeletons shorter than this match only exactly: short ones collide by chance. */
    public static final int MIN_SKELETON = 4;
    /** Skeletons this long may differ by one letter. */
    public static final int EDIT_MIN = 5;

    private final ArabicSkeleton skeleton;
    private final Map<String, Set<String>> byKey = new HashMap<>();
    private final Map<String, Set<String>> byDeletion = new HashMap<>();

    public FuzzyPlaceIndex(ArabicSkeleton skeleton) {
        this.skeleton = skeleton;
    }

    public static FuzzyPlaceIndex empty() {
        return new FuzzyPlaceIndex(new ArabicSkeleton(Map.of()));
    }

    /** Indexes one folded one-word name of a place. */
    public void add(String foldedName, String placeId) {
        String key = skeleton.of(foldedName);
        if (key.length() < MIN_SKELETON) {
            return;
        }
        byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(placeId);
        if (key.length() >= EDIT_MIN) {
            for (String d : deletions(key)) {
                byDeletion.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(key);
            }
        }
    }

    /** Place ids whose names sound like {@code foldedWord}, exact skeletons first. */
    public List<String> lookup(String foldedWord) {
        String key = skeleton.of(foldedWord);
        if (key.length() < MIN_SKELETON) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>(byKey.getOrDefault(key, Set.of()));
        if (key.length() >= EDIT_MIN) {
            Set<String> near = new LinkedHashSet<>(byDeletion.getOrDefault(key, Set.of())); // query has one letter less
            for (String d : deletions(key)) {
                if (byKey.containsKey(d) && d.length() >= EDIT_MIN) {
                    near.add(d); // query has one letter more
                }
                near.addAll(byDeletion.getOrDefault(d, Set.of())); // one letter substituted
            }
            for (String k : near) {
                out.addAll(byKey.getOrDefault(k, Set.of()));
            }
        }
        return new ArrayList<>(out);
    }

    public String skeletonOf(String foldedWord) {
        return skeleton.of(foldedWord);
    }

    private static List<String> deletions(String key) {
        List<String> out = new ArrayList<>(key.length());
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }
}
