package org.marsad.engine.text;

import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Character-by-character folding used for matching: Lucene's Arabic normalisation (alef forms, teh marbuta,
 * alef maqsura, diacritics, tatweel) plus Marsad's own rules from {@code ar/normalization/char-folding.tsv}
 * (hamza carriers, Persian letters, Arabic-Indic digits, quote variants, Latin case and accents).
 *
 * <p>Folding never inserts characters: each input char maps to one char or is deleted, so offsets can always
 * be mapped back to the original text. The table is immutable and thread-safe.
 */
public final class CharFolding {
    /** Marks a char that folding deletes. U+FFFF is a noncharacter and never appears in text we keep. */
    static final char DELETED = '\uFFFF';

    private final char[] table;

    private CharFolding(char[] table) {
        this.table = table;
    }

    /**
     * Builds the table: Lucene's normaliser first, then the overrides (a null value deletes the char),
     * then Latin lower-casing for every char the overrides did not set.
     */
    public static CharFolding build(Map<Character, Character> overrides) {
        char[] table = new char[65536];
        ArabicNormalizer lucene = new ArabicNormalizer();
        char[] buf = new char[1];
        for (int c = 0; c < table.length; c++) {
            buf[0] = (char) c;
            int len = lucene.normalize(buf, 1);
            char folded = len == 0 ? DELETED : buf[0];
            if (folded != DELETED && Character.isUpperCase(folded) && !Character.isSurrogate(folded)) {
                folded = Character.toLowerCase(folded);
            }
            table[c] = folded;
        }
        for (Map.Entry<Character, Character> e : overrides.entrySet()) {
            table[e.getKey()] = e.getValue() == null ? DELETED : e.getValue();
        }
        // Fold to a fixed point ("Ë" lower-cases to "ë", which the table folds to "e"), so folding is idempotent.
        for (int c = 0; c < table.length; c++) {
            char f = table[c];
            for (int guard = 0; f != DELETED && table[f] != f && guard < 8; guard++) {
                f = table[f];
            }
            table[c] = f;
        }
        return new CharFolding(table);
    }

    /** The folded form of {@code c}, or {@link #DELETED}. */
    public char fold(char c) {
        return table[c];
    }

    /** Folds a whole string (for knowledge keys): the same function the text goes through. */
    public String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = table[s.charAt(i)];
            if (f != DELETED) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /** Folds {@code original} and records, for every folded char, where it came from. */
    public NormalizedText normalize(String original) {
        int n = original.length();
        char[] out = new char[n];
        int[] map = new int[n + 1];
        int j = 0;
        for (int i = 0; i < n; i++) {
            char f = table[original.charAt(i)];
            if (f != DELETED) {
                out[j] = f;
                map[j] = i;
                j++;
            }
        }
        map[j] = n;
        return new NormalizedText(original, new String(out, 0, j), Arrays.copyOf(map, j + 1));
    }
}
