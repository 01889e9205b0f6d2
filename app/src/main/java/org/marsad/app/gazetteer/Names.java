package org.marsad.app.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.engine.places.Gazetteer;

/** Sorting alternate names into Arabic and Latin, and the filters that keep the lexicon clean. */
public final class Names {
    /** At most this many Latin names per place (beside the main name). */
    public static final int MAX_LATIN = 8;
    /** At most this many Arabic names per place. */
    public static final int MAX_ARABIC = 6;
    /** Single-word Arabic names of at most this many letters are dropped unless the place is large (see {@link #keepArabic}). */
    public static final int SHORT_ARABIC_LETTERS = 3;
    /** Population from which a place keeps even its short Arabic names. */
    public static final long SHORT_ARABIC_MIN_POPULATION = 50_000;

    private Names() {
    }

    /**
     * True for a name written in Arabic letters as Arabic writes them (U+0621–U+064A, harakat, tatweel,
     * spaces, hyphens). Persian and Urdu spellings (پ گ ک ی ٹ …) are not Arabic-language names.
     */
    public static boolean isArabic(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') {
                letter = true;
            } else if (!(c == '\u0640' || (c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == ' ' || c == '-')) {
                return false;
            }
        }
        return letter;
    }

    /** A light folding for comparing Arabic names: hamza carriers to alif, taa marbuta to haa, alif maqsura to yaa, no harakat or tatweel. */
    public static String foldArabic(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.strip().length(); i++) {
            char c = s.strip().charAt(i);
            switch (c) {
                case '\u0623', '\u0625', '\u0622' -> sb.append('\u0627');
                case '\u0629' -> sb.append('\u0647');
                case '\u0649' -> sb.append('\u064A');
                default -> {
                    if (!(c == '\u0640' || (c >= '\u064B' && c <= '\u0652') || c == '\u0670')) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Number of Arabic letters (no harakat, tatweel or spaces). */
    public static int arabicLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether an Arabic name may enter the lexicon: a single word of at most three letters ("بور", "كم",
     * "بير") is too often a common word, so it is kept only for administrative units and places of
     * 50,000 people or more.
     */
    public static boolean keepArabic(String name, String feature, long population) {
        boolean shortWord = !name.strip().contains(" ") && arabicLetters(name) <= SHORT_ARABIC_LETTERS;
        return !shortWord || feature.equals("admin1") || feature.equals("admin2") || feature.equals("capital")
                || population >= SHORT_ARABIC_MIN_POPULATION;
    }

    /**
     * True for a Latin-script place name as gazetteers write them: capitalised, letters of Latin-1 and
     * Latin Extended-A with spaces, hyphens, apostrophes and dots, at least one lower-case letter (so no
     * airport codes), not a romanisation written all in lower case ("mo pu ti").
     */
    public static boolean isLatinName(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean latinLetter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '\u00C0' && c <= '\u017F'
                    && c != '\u00D7' && c != '\u00F7');
            if (!latinLetter && " -'’.".indexOf(c) < 0) {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        return lower;
    }

    /** Arabic names among the given ones, filtered by {@link #keepArabic}, distinct, at most {@link #MAX_ARABIC}. */
    public static List<String> arabic(Collection<String> names, String feature, long population) {
        return arabic(names, feature, population, Set.of());
    }

    /** As {@link #arabic(Collection, String, long)}, also dropping names whose {@link #foldArabic} key is in {@code dropped}. */
    public static List<String> arabic(Collection<String> names, String feature, long population, Set<String> dropped) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String s = n.strip();
            if (isArabic(s) && keepArabic(s, feature, population) && !dropped.contains(foldArabic(s))
                    && out.size() < MAX_ARABIC) {
                out.add(s);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Latin names other than the main name: distinct by {@link Gazetteer#latinKey}, at most
     * {@link #MAX_LATIN}, in the order given (put the ASCII name and French/English names first).
     */
    public static List<String> latin(String mainName, Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Gazetteer.latinKey(mainName));
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String s = n.strip();
            if (out.size() >= MAX_LATIN) {
                break;
            }
            if (isLatinName(s) && keys.add(Gazetteer.latinKey(s))) {
                out.add(s);
            }
        }
        return out;
    }

    /** A lower-case ASCII slug for ids ("Ké-Macina" → "ke-macina"). */
    public static String slug(String name) {
        String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = Character.toLowerCase(n.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && sb.length() > 0
                    && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? "x" : sb.toString();
    }
}
