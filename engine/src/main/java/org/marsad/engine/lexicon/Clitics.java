package org.marsad.engine.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Arabic clitics that attach to the words Marsad looks up: proclitics (و ف ب ل ك ال and their combinations)
 * and enclitic pronouns (ها هم …). Forms are folded. Loaded from {@code ar/morphology/clitics.tsv}.
 *
 * <p>The conjunction-plus-preposition-plus-article chains are listed whole in the data file, so the
 * matcher strips one listed prefix and never loops; {@code لل} ("to the") is special because the alef of
 * the article disappears: {@code للجيش} must also be tried as {@code الجيش}.
 */
public final class Clitics {
    /** Minimum letters left after stripping, so short words are not emptied into false matches. */
    static final int MIN_STEM = 2;

    private final List<String> prefixes;
    private final List<String> articlePrefixes;
    private final List<String> suffixes;
    /** Prefixes by their first char: most tokens start with a char no prefix starts with, so they cost one lookup. */
    private final Map<Character, List<String>> prefixesByFirst = new HashMap<>();
    private final Map<Character, List<String>> articleByFirst = new HashMap<>();
    private final Map<Character, List<String>> suffixesByLast = new HashMap<>();
    /** Chars some enclitic ends with, as a table: the matcher asks this of every token inside a phrase. */
    private final boolean[] suffixLastChar = new boolean[65536];

    /**
     * @param prefixes        proclitic chains, e.g. و، بال، وبال
     * @param articlePrefixes chains ending in a lam that swallowed the article's alef, e.g. لل، ولل
     * @param suffixes        enclitic pronouns, e.g. ها، هم
     */
    public Clitics(List<String> prefixes, List<String> articlePrefixes, List<String> suffixes) {
        this.prefixes = longestFirst(prefixes);
        this.articlePrefixes = longestFirst(articlePrefixes);
        this.suffixes = longestFirst(suffixes);
        for (String p : this.prefixes) {
            prefixesByFirst.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(p);
        }
        for (String p : this.articlePrefixes) {
            articleByFirst.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(p);
        }
        for (String x : this.suffixes) {
            suffixesByLast.computeIfAbsent(x.charAt(x.length() - 1), k -> new ArrayList<>()).add(x);
            suffixLastChar[x.charAt(x.length() - 1)] = true;
        }
    }

    private static List<String> longestFirst(List<String> forms) {
        List<String> copy = new ArrayList<>(forms);
        copy.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(copy);
    }

    /** One way of reading a token: the stem to look up and the proclitic removed ("" for none). */
    public record Reading(String stem, String prefix) {
    }

    /**
     * Readings and stems of forms already seen: Arabic news repeats its words, so most lookups are hits. The
     * cache is cleared when it grows past {@link #CACHE_LIMIT} forms, which bounds memory on any input.
     */
    private static final int CACHE_LIMIT = 200_000;
    private final ConcurrentHashMap<String, List<Reading>> readingCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> suffixCache = new ConcurrentHashMap<>();
    // held once rather than written as method references at each call on this hot path
    private final Function<String, List<Reading>> readingsOf = this::computeReadings;
    private final Function<String, List<String>> stemsOf = this::computeWithoutSuffix;

    /** The token as written, then every reading with one proclitic chain removed. */
    public List<Reading> readings(String form) {
        return cached(readingCache, form, readingsOf);
    }

    /** The cached answer for {@code form}, computed once; a full cache is emptied rather than grown without end. */
    private static <V> List<V> cached(ConcurrentHashMap<String, List<V>> cache, String form, Function<String, List<V>> compute) {
        List<V> hit = cache.get(form);
        if (hit != null) {
            return hit;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        List<V> computed = List.copyOf(compute.apply(form));
        cache.put(form, computed);
        return computed;
    }

    private List<Reading> computeReadings(String form) {
        if (form.isEmpty()) {
            return List.of(new Reading(form, ""));
        }
        List<String> article = articleByFirst.getOrDefault(form.charAt(0), List.of());
        List<String> plain = prefixesByFirst.getOrDefault(form.charAt(0), List.of());
        if (article.isEmpty() && plain.isEmpty()) {
            return List.of(new Reading(form, ""));
        }
        List<Reading> out = new ArrayList<>(4);
        out.add(new Reading(form, ""));
        for (String p : article) {
            if (form.length() - p.length() >= MIN_STEM && form.startsWith(p)) {
                out.add(new Reading("ا" + form.substring(p.length() - 1), p));
            }
        }
        for (String p : plain) {
            if (form.length() - p.length() >= MIN_STEM && form.startsWith(p)) {
                out.add(new Reading(form.substring(p.length()), p));
            }
        }
        return out;
    }

    /** Whether {@code form} ends with a char some enclitic ends with: false means {@link #withoutSuffix} is empty. */
    public boolean mayCarrySuffix(String form) {
        return !form.isEmpty() && suffixLastChar[form.charAt(form.length() - 1)];
    }

    /** Stems of {@code form} with one enclitic pronoun removed, longest suffix first. */
    public List<String> withoutSuffix(String form) {
        return cached(suffixCache, form, stemsOf);
    }

    private List<String> computeWithoutSuffix(String form) {
        if (form.isEmpty()) {
            return List.of();
        }
        List<String> candidates = suffixesByLast.getOrDefault(form.charAt(form.length() - 1), List.of());
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        for (String s : candidates) {
            if (form.length() - s.length() >= 3 && form.endsWith(s)) {
                out.add(form.substring(0, form.length() - s.length()));
            }
        }
        return out;
    }
}
