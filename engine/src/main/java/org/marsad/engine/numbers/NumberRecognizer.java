package org.marsad.engine.numbers;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Span;
import org.marsad.engine.text.Token;

/**
 * Finds quantities: digit strings (with thousands separators), Arabic number words combined by Arabic
 * grammar ("خمسة عشر" 15, "خمسة وخمسين" 55, "مئة واثنان وثلاثون" 132, "ثلاثة آلاف" 3000), and vague
 * words (عشرات 10), each with a preceding qualifier (أكثر من، نحو …).
 */
public final class NumberRecognizer {

    public List<NumberMention> recognize(AnalyzedText text, List<TermMatch> matches) {
        int n = text.size();
        NumberWordTerm[] words = new NumberWordTerm[n];
        boolean[] wordHasAnd = new boolean[n];
        VagueQuantityTerm[] vague = new VagueQuantityTerm[n];
        DualNounTerm[] dual = new DualNounTerm[n];
        QuantifierTerm[] quantifierEndingAt = new QuantifierTerm[n + 1];
        int[] quantifierStart = new int[n + 1];
        for (TermMatch m : matches) {
            if (m.term() instanceof NumberWordTerm w && m.length() == 1 && (m.prefix().isEmpty() || m.prefix().equals("و"))) {
                if (words[m.first()] == null || m.prefix().isEmpty()) {
                    words[m.first()] = w;
                    wordHasAnd[m.first()] = !m.prefix().isEmpty();
                }
            } else if (m.term() instanceof VagueQuantityTerm v && m.length() == 1) {
                vague[m.first()] = v;
            } else if (m.term() instanceof DualNounTerm d && m.length() == 1 && m.prefix().isEmpty()) {
                dual[m.first()] = d;
            } else if (m.term() instanceof QuantifierTerm q) {
                if (quantifierEndingAt[m.end()] == null || quantifierStart[m.end()] > m.first()) {
                    quantifierEndingAt[m.end()] = q;
                    quantifierStart[m.end()] = m.first();
                }
            }
        }
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Token t = text.token(i);
            int end;
            long value;
            boolean isVague = false;
            if (t.isNumber()) {
                end = i + 1;
                String digits = t.form(); // grown only in the rare number with thousands separators
                // 1,200 and 1.200 as thousands separators: exactly three digits after the separator, no spaces.
                while (end + 1 < n && text.token(end).isPunct() && (text.token(end).is(",") || text.token(end).is("."))
                        && !text.token(end).spaceBefore() && text.token(end + 1).isNumber()
                        && !text.token(end + 1).spaceBefore() && text.token(end + 1).form().length() == 3
                        && (end + 2 >= n || !text.token(end + 2).isNumber())) {
                    digits += text.token(end + 1).form();
                    end += 2;
                }
                if (end + 1 < n && text.token(end).is(".") && !text.token(end).spaceBefore() && text.token(end + 1).isNumber()
                        && !text.token(end + 1).spaceBefore()) {
                    // a decimal ("3.5 بالمئة") is a rate, never a count of people
                    i = end + 2;
                    continue;
                }
                if (digits.length() > 15) {
                    i = end;
                    continue;
                }
                value = Long.parseLong(digits);
            } else if (words[i] != null && (!wordHasAnd[i] || i == 0 || words[i - 1] == null)) {
                // a number word with "و" after a noun starts a new number: "ثلاثة مدنيين وعشرة جنود"
                long[] parsed = parseWords(text, words, wordHasAnd, i);
                value = parsed[0];
                end = (int) parsed[1];
            } else if (vague[i] != null) {
                value = vague[i].value();
                end = i + 1;
                isVague = true;
            } else if (dual[i] != null && (i + 1 >= n || !text.token(i + 1).isNumber())) {
                value = dual[i].value();
                end = i + 1;
            } else {
                i++;
                continue;
            }
            Bound bound = Bound.EXACT;
            int spanStart = i;
            int q = i;
            // "أكثر من الـ40": skip a detached article between qualifier and number.
            if (q > 0 && text.token(q - 1).is("ال")) {
                q--;
            }
            if (quantifierEndingAt[q] != null) {
                bound = quantifierEndingAt[q].bound();
                spanStart = quantifierStart[q];
            }
            Span span = text.span(spanStart, end);
            out.add(new NumberMention(i, end, span, value, bound, isVague));
            i = end;
        }
        return out;
    }

    /** Combines consecutive number words starting at {@code i}; returns {value, endToken}. */
    private static long[] parseWords(AnalyzedText text, NumberWordTerm[] words, boolean[] hasAnd, int i) {
        long total = 0;
        long current = 0;
        NumberWordKind previous = null;
        int j = i;
        int n = words.length;
        while (j < n) {
            NumberWordTerm w = words[j];
            if (w == null) {
                // a detached "و" between two number words
                if (text.token(j).is("و") && j + 1 < n && words[j + 1] != null && previous != null) {
                    j++;
                    continue;
                }
                break;
            }
            if (j > i && text.token(j).newlineBefore()) {
                break;
            }
            boolean joined = hasAnd[j] || (j > i && text.token(j - 1).is("و"));
            // A unit right after a complete unit/ten without "و" starts a new number ("خمسة ستة" is not 11).
            if (j > i && !joined && w.kind() != NumberWordKind.TEN && w.kind() != NumberWordKind.HUNDRED
                    && w.kind() != NumberWordKind.THOUSAND && w.kind() != NumberWordKind.MILLION) {
                break;
            }
            switch (w.kind()) {
                case UNIT, TENS -> current += w.value();
                case TEN -> current += 10;
                case HUNDRED -> current = (current > 0 && current < 10 && !joined) ? current * 100 : current + w.value();
                case THOUSAND -> {
                    long base = current == 0 ? 1 : current;
                    total += w.value() > 1000 && current == 0 ? w.value() : base * 1000;
                    current = 0;
                }
                case MILLION -> {
                    long base = current == 0 ? 1 : current;
                    total += base * 1_000_000L;
                    current = 0;
                }
            }
            previous = w.kind();
            j++;
        }
        return new long[] {total + current, j};
    }
}
