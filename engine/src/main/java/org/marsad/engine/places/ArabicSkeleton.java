package org.marsad.engine.places;

import java.util.Map;

/**
 * The consonant skeleton of a folded Arabic name: letters mapped to sound classes (from
 * {@code ar/places/letter-classes.tsv}), vowels dropped, repeats collapsed, a final heh (the folded teh marbuta)
 * dropped and "nb" read as "mb". "تمبكتو" and "تنبكتو" share the skeleton TMBKT.
 */
public final class ArabicSkeleton {
    private static final char DROP = '-';

    private final Map<Character, Character> classes;

    public ArabicSkeleton(Map<Character, Character> classes) {
        this.classes = Map.copyOf(classes);
    }

    /** The skeleton of one folded word; letters outside the table (Latin, digits) make it empty. */
    public String of(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (i == n - 1 && c == '\u0647' && n > 2) {
                continue; // a final heh is the folded teh marbuta, a vowel
            }
            Character k = classes.get(c);
            if (k == null) {
                return "";
            }
            if (k == DROP) {
                continue;
            }
            char cls = k;
            if (cls == 'N' && i + 1 < n && classes.getOrDefault(folded.charAt(i + 1), DROP) == 'B') {
                cls = 'M';
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != cls) {
                out.append(cls);
            }
        }
        return out.toString();
    }
}
