package org.marsad.engine.time;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.Term;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Token;

/**
 * What each token of a document offers a date phrase: a digit, a time term of the lexicon starting there, or
 * one of the grammar's function words, as bits. Computed once per document in one pass over the tokens and
 * one over the matches, so that {@link DateRecognizer} can skip tokens where no date begins and each
 * {@link DatePhraseParser} can reject, with one bit test, a start it could never read; before, every parser
 * re-scanned the matches at every start, and most starts are common words such as من، و، بعد، هذا.
 */
final class DateCues {
    /** Digits. */
    static final int NUMBER = 1;
    /** One or two digits from 1 to 31 ({@link DateGrammar#isDayNumber}). */
    static final int DAY_NUMBER = 1 << 1;
    /** Four digits in the year ranges ({@link DateGrammar#isYearNumber}). */
    static final int YEAR_NUMBER = 1 << 2;
    static final int MONTH = 1 << 3;
    static final int WEEKDAY = 1 << 4;
    static final int RELATIVE = 1 << 5;
    static final int ORDINAL = 1 << 6;
    static final int HOLIDAY = 1 << 7;
    /** A modifier of kind "part" (مطلع، منتصف، أواخر …). */
    static final int PART = 1 << 8;
    /** A relation modifier "before" or "after" (قبل، بعد، عشية), which opens a counted offset. */
    static final int BEFORE_OR_AFTER = 1 << 9;
    /** A modifier of any kind. */
    static final int MODIFIER = 1 << 10;
    /** "يوم". */
    static final int DAY_WORD = 1 << 11;
    /** "اليوم". */
    static final int TODAY = 1 << 12;
    /** "الاسبوع". */
    static final int WEEK_DEF = 1 << 13;
    /** "الشهر". */
    static final int MONTH_DEF = 1 << 14;
    /** "النصف". */
    static final int HALF = 1 << 15;
    /** "نفس", "ذات". */
    static final int SAME_BEFORE = 1 << 16;
    /** "عام", "سنه" … ({@link DateGrammar#YEAR_WORDS}). */
    static final int YEAR_WORD = 1 << 17;
    /** "شهر", "شهري" ({@link DateGrammar#MONTH_WORDS}). */
    static final int MONTH_WORD = 1 << 18;
    /** "يوم", "ليله", "عشيه": words that may lead a holiday's name. */
    static final int HOLIDAY_LEAD = 1 << 19;
    /**
     * A day number followed by what follows the day of a calendar date: the month or "شهر", "من" before either,
     * or a range word before another day ("5 - 7 مارس"). Most numbers in news are counts ("3 من الجنود"), which
     * the calendar parser would otherwise read up to the missing month.
     */
    static final int DAY_BEFORE_MONTH = 1 << 20;
    /** Digits followed by a date separator ("17/", "2024-"). */
    static final int DIGITS_BEFORE_SEPARATOR = 1 << 21;
    /** A relative phrase of several words ("الأسبوع الماضي"), which the calendar parser reads whole. */
    static final int RELATIVE_PHRASE = 1 << 22;
    /** "يوم" or "اليوم" before a weekday: the calendar parser's "يوم الخميس", "اليوم الخميس 23 نوفمبر". */
    static final int DAY_BEFORE_WEEKDAY = 1 << 23;

    /** Function words that open a date without being lexicon entries themselves. */
    private static final int OPENER_WORDS = DAY_WORD | TODAY | WEEK_DEF | MONTH_DEF | HALF | SAME_BEFORE | YEAR_WORD | MONTH_WORD;
    /** Lexicon terms that open a date. */
    private static final int OPENER_TERMS = MONTH | WEEKDAY | RELATIVE | ORDINAL | MODIFIER | HOLIDAY;

    /**
     * The grammar words and their bits. A HashMap rather than {@code Map.copyOf}: most lookups miss, and it
     * rejects a miss on the stored hash without comparing strings.
     */
    private static final Map<String, Integer> WORDS = words();
    /**
     * The range of the grammar words' first letters; only words starting in it are looked up, which spares
     * the hash of Latin words (numbers and punctuation are never words).
     */
    private static final char FIRST_LETTER_MIN = firstLetter(true);
    private static final char FIRST_LETTER_MAX = firstLetter(false);

    private final int[] cues;
    private final boolean[] mayStart;

    private DateCues(int[] cues, boolean[] mayStart) {
        this.cues = cues;
        this.mayStart = mayStart;
    }

    static DateCues of(AnalyzedText text, MatchIndex index) {
        int n = text.size();
        int[] cues = new int[n + 1];
        boolean[] mayStart = new boolean[n + 1];
        for (TermMatch m : index.all()) {
            int c = termCue(m);
            cues[m.first()] |= c;
            if ((c & OPENER_TERMS) != 0) {
                mayStart[m.first()] = true;
            }
        }
        for (int k = 0; k < n; k++) {
            Token t = text.token(k);
            if (t.isNumber()) {
                cues[k] |= NUMBER | (DateGrammar.isDayNumber(t) ? DAY_NUMBER : 0) | (DateGrammar.isYearNumber(t) ? YEAR_NUMBER : 0);
                mayStart[k] = true;
            } else if (t.isWord() && mayBeGrammarWord(t.form())) {
                // the tokenizer gives letters only to words, so only a word can be a grammar word
                Integer word = WORDS.get(t.form());
                if (word != null) {
                    cues[k] |= word;
                    mayStart[k] |= (word & OPENER_WORDS) != 0;
                }
            }
        }
        // cues that look ahead, once every token has its own
        for (int k = 0; k + 1 < n; k++) {
            if ((cues[k] & (NUMBER | DAY_WORD | TODAY)) != 0) {
                cues[k] |= lookingAhead(text, cues, k);
            }
        }
        return new DateCues(cues, mayStart);
    }

    /**
     * Whether a date can begin at token {@code i}: a digit, a time word of the lexicon (month, weekday, ordinal,
     * relative phrase, modifier, holiday) or one of the grammar's openers.
     */
    boolean mayStart(int i) {
        return mayStart[i];
    }

    /** Whether token {@code i} has any of the cue bits in {@code wanted}. */
    boolean any(int i, int wanted) {
        return (cues[i] & wanted) != 0;
    }

    /** The cues of token {@code k} that depend on the two tokens after it; {@code k + 1} is in the text. */
    private static int lookingAhead(AnalyzedText text, int[] cues, int k) {
        int next = cues[k + 1];
        int afterNext = cues[k + 2];
        int c = 0;
        if ((cues[k] & (DAY_WORD | TODAY)) != 0 && (next & WEEKDAY) != 0) {
            c |= DAY_BEFORE_WEEKDAY;
        }
        if ((cues[k] & NUMBER) != 0) {
            Token t = text.token(k + 1);
            if ((cues[k] & DAY_NUMBER) != 0 && ((next & (MONTH | MONTH_WORD)) != 0
                    || (t.is(DateGrammar.FROM) && (afterNext & (MONTH | MONTH_WORD)) != 0)
                    || (DateGrammar.is(t, DateGrammar.RANGE_TO) && (afterNext & DAY_NUMBER) != 0))) {
                c |= DAY_BEFORE_MONTH;
            }
            if (t.isPunct() && DateGrammar.is(t, NumericDateParser.SEPARATORS)) {
                c |= DIGITS_BEFORE_SEPARATOR;
            }
        }
        return c;
    }

    private static boolean mayBeGrammarWord(String form) {
        char first = form.charAt(0);
        return first >= FIRST_LETTER_MIN && first <= FIRST_LETTER_MAX;
    }

    private static int termCue(TermMatch m) {
        Term t = m.term();
        if (t instanceof ModifierTerm mt) {
            return MODIFIER | ("part".equals(mt.kind()) ? PART : mt.is("relation", "before") || mt.is("relation", "after") ? BEFORE_OR_AFTER : 0);
        }
        if (t instanceof MonthTerm) {
            return MONTH;
        }
        if (t instanceof WeekdayTerm) {
            return WEEKDAY;
        }
        if (t instanceof RelativeTerm) {
            return RELATIVE | (m.length() > 1 ? RELATIVE_PHRASE : 0);
        }
        if (t instanceof OrdinalTerm) {
            return ORDINAL;
        }
        if (t instanceof HolidayTerm) {
            return HOLIDAY;
        }
        return 0;
    }

    private static Map<String, Integer> words() {
        Map<String, Integer> w = new HashMap<>(64);
        w.put(DateGrammar.DAY, DAY_WORD);
        w.put(DateGrammar.DAY_DEF, TODAY);
        w.put(WeekOfMonthParser.WEEK, WEEK_DEF);
        w.put(DateGrammar.MONTH_DEF, MONTH_DEF);
        w.put(DateGrammar.HALF, HALF);
        for (String f : DateGrammar.SAME_BEFORE) {
            w.merge(f, SAME_BEFORE, (a, b) -> a | b);
        }
        for (String f : DateGrammar.YEAR_WORDS) {
            w.merge(f, YEAR_WORD, (a, b) -> a | b);
        }
        for (String f : DateGrammar.MONTH_WORDS) {
            w.merge(f, MONTH_WORD, (a, b) -> a | b);
        }
        for (String f : HolidayPhraseParser.HOLIDAY_LEAD) {
            w.merge(f, HOLIDAY_LEAD, (a, b) -> a | b);
        }
        w.merge(HolidayPhraseParser.EVE, HOLIDAY_LEAD, (a, b) -> a | b);
        return Collections.unmodifiableMap(w);
    }

    private static char firstLetter(boolean lowest) {
        char bound = lowest ? Character.MAX_VALUE : Character.MIN_VALUE;
        for (String f : WORDS.keySet()) {
            char c = f.charAt(0);
            bound = lowest ? (char) Math.min(bound, c) : (char) Math.max(bound, c);
        }
        return bound;
    }
}
