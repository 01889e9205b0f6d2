package org.marsad.engine.text;

/**
 * One shared String per distinct folded form, looked up by the chars of the folded text without first
 * copying them out. News repeats its words, and every later stage looks forms up in hash tables (the
 * lexicon's entry points, clitic readings, closed word sets) or compares them: a canonical instance has
 * its hash code computed already and equals itself at once, and a repeated word costs no new String.
 *
 * <p>Open addressing over a fixed number of slots; when half of them are used the table starts again,
 * which bounds memory on any input and only costs speed. Not thread-safe: {@link Tokenizer} keeps one per
 * thread.
 */
final class FormTable {
    private static final int SLOTS = 1 << 16;
    private static final int MASK = SLOTS - 1;
    private final String[] forms = new String[SLOTS];
    private final int[] hashes = new int[SLOTS];
    private int used;

    /** The canonical String for {@code text[from, to)}. */
    String canonical(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i); // String.hashCode's function, so the stored hash is the form's own
        }
        int len = to - from;
        int slot = spread(h);
        for (String f = forms[slot]; f != null; f = forms[slot]) {
            if (hashes[slot] == h && f.length() == len && text.regionMatches(from, f, 0, len)) {
                return f;
            }
            slot = (slot + 1) & MASK;
        }
        if (used >= SLOTS / 2) {
            java.util.Arrays.fill(forms, null);
            used = 0;
            slot = spread(h);
        }
        String form = text.substring(from, to);
        forms[slot] = form;
        hashes[slot] = h;
        used++;
        return form;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B1 >>> 16 & MASK;
    }
}
