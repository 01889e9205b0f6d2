package org.marsad.engine.time;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;
import org.marsad.engine.time.TimeExpression.Direction;

/**
 * The grammar's function words and the token tests the date parsers share.
 *
 * <p>The few function words the grammar needs (من، إلى، و، عام، شهر …) are folded constants here, not
 * lexicon entries, because they are the grammar's own syntax rather than knowledge an analyst would extend.
 */
final class DateGrammar {
    static final String FROM = "من";
    static final String AND = "و";
    static final String[] RANGE_TO = {"الي", "حتي", "-", "و", "لغايه"};
    static final String[] YEAR_WORDS = {"عام", "العام", "سنه", "السنه", "عامي"};
    static final String[] MONTH_WORDS = {"شهر", "شهري"};
    static final String[] SAME = {"نفسه", "ذاته", "نفسها", "ذاتها"};
    static final String[] SAME_BEFORE = {"نفس", "ذات"};
    static final String HALF = "النصف";
    static final String MONTH_DEF = "الشهر";
    static final String DAY = "يوم";
    static final String DAY_DEF = "اليوم";
    /** Relative phrases may carry these proclitics: "وأمس", "فاليوم", "بالأمس". */
    static final String[] RELATIVE_PREFIXES = {"و", "ف", "ب"};

    private DateGrammar() {
    }

    /** A year at {@code p}: "2023" or "عام 2023". */
    static DateParse yearAt(AnalyzedText text, int p) {
        int n = text.size();
        int q = p;
        if (q < n && is(text.token(q), YEAR_WORDS)) {
            q++;
        }
        if (q < n && isYearNumber(text.token(q))) {
            return new DateParse(p, q + 1, TimeExpression.calendar().withYear(numberValue(text.token(q))));
        }
        return null;
    }

    /** The longest modifier of {@code kind} (part, direction, era, relation, unit) at {@code p}, bare or after و. */
    static TermMatch modifier(MatchIndex index, int p, String kind) {
        TermMatch best = null;
        for (TermMatch m : index.at(p)) {
            if (m.term() instanceof ModifierTerm mt && mt.kind().equals(kind) && (m.prefix().isEmpty() || m.prefix().equals("و"))
                    && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    /** The direction a "direction" modifier names: الماضي past, الجاري current, المقبل next. */
    static Direction parseDirection(String v) {
        return switch (v) {
            case "past" -> Direction.PAST;
            case "current" -> Direction.CURRENT;
            case "next" -> Direction.NEXT;
            default -> Direction.NONE;
        };
    }

    /** The token after {@code p} when the token at {@code p} is {@code form}, else {@code p}. */
    static int skip(AnalyzedText text, int p, String form) {
        return p < text.size() && text.token(p).is(form) ? p + 1 : p;
    }

    /** Whether the token is one of the folded forms. */
    static boolean is(Token t, String[] forms) {
        for (String f : forms) {
            if (t.is(f)) {
                return true;
            }
        }
        return false;
    }

    /** One or two digits from 1 to 31. */
    static boolean isDayNumber(Token t) {
        if (!t.isNumber() || t.form().length() > 2) {
            return false;
        }
        int v = numberValue(t);
        return v >= 1 && v <= 31;
    }

    /** Four digits in the Gregorian (1900–2100) or Hijri (1350–1500) range. */
    static boolean isYearNumber(Token t) {
        if (!t.isNumber() || t.form().length() != 4) {
            return false;
        }
        int v = numberValue(t);
        return (v >= 1900 && v <= 2100) || (v >= 1350 && v <= 1500);
    }

    /**
     * The value of a number token of at most four digits. The tokenizer's numbers are runs of ASCII digits, so
     * this is {@link Integer#parseInt} without the sign, radix and overflow handling that made it show in
     * profiles, since every number of a text is tested as a day and a year.
     */
    static int numberValue(Token t) {
        String f = t.form();
        int v = 0;
        for (int k = 0; k < f.length(); k++) {
            v = v * 10 + (f.charAt(k) - '0');
        }
        return v;
    }
}
