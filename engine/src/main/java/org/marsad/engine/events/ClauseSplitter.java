package org.marsad.engine.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;
import org.marsad.engine.text.Token;
import org.marsad.engine.time.DateMention;

/**
 * Cuts sentences into clauses at dates that open a new statement: a point date preceded by a comma,
 * "و", "وفي" or "ثم" starts a clause, so two incidents with their own dates in one long Arabic sentence
 * become two clauses.
 */
final class ClauseSplitter {
    private final ClauseWords words;

    ClauseSplitter(ClauseWords words) {
        this.words = words;
    }

    /**
     * The clauses of the sentences that hold an event word, in text order; a sentence without one tells no event,
     * so it is neither cut nor returned. Every clause returned holds an event word.
     *
     * @param marks marks the tokens that start an event word: a sentence is only cut between two statements
     *              that each hold one, so a trailing date ("…، السبت، في هجوم") stays with its statement
     */
    List<Clause> split(AnalyzedText text, List<DateMention> dates, DocumentMarks marks) {
        List<Clause> out = new ArrayList<>();
        List<Clause> pieces = new ArrayList<>();
        int d = 0;
        for (Sentence s : text.sentences()) {
            if (!any(marks, s.firstToken(), s.endToken())) {
                continue;
            }
            int start = s.firstToken();
            while (d < dates.size() && dates.get(d).first() < s.firstToken()) {
                d++;
            }
            pieces.clear();
            int k = d;
            while (k < dates.size() && dates.get(k).first() < s.endToken()) {
                DateMention m = dates.get(k);
                int cut = clauseStart(text, m.first(), start);
                if (cut > start && m.isPoint() && !continuesPhrase(text, m.end(), dates) && any(marks, start, cut)
                        && any(marks, cut, nextCut(text, dates, k, s))) {
                    pieces.add(new Clause(s.index(), start, cut));
                    start = cut;
                }
                k++;
            }
            pieces.add(new Clause(s.index(), start, s.endToken()));
            for (Clause piece : pieces) {
                splitAtConnectives(text, piece, marks, out);
            }
        }
        return out;
    }

    /**
     * "…، حيث أعلنت الجماعة سيطرتها …، وقبلها قتلت …": a connective that opens a new statement cuts a
     * clause when both sides hold an event word. Only the tokens after the clause's first event word and up to
     * its last one can be such a cut.
     */
    private void splitAtConnectives(AnalyzedText text, Clause c, DocumentMarks marks, List<Clause> out) {
        int start = c.first();
        int firstWord = nextEventWord(marks, start, c.end());
        int lastWord = lastEventWord(marks, start, c.end());
        for (int k = firstWord + 1; k <= lastWord; k++) {
            if (k > firstWord && opensStatement(text, k)) {
                out.add(new Clause(c.sentence(), start, k));
                start = k;
                firstWord = nextEventWord(marks, k, c.end());
            }
        }
        out.add(new Clause(c.sentence(), start, c.end()));
    }

    /** The first event word in tokens [from, to), or {@code to} when there is none. */
    private static int nextEventWord(DocumentMarks marks, int from, int to) {
        int k = from;
        while (k < to && !marks.eventWord(k)) {
            k++;
        }
        return k;
    }

    /** The last event word in tokens [from, to), or {@code from - 1} when there is none. */
    private static int lastEventWord(DocumentMarks marks, int from, int to) {
        int k = to - 1;
        while (k >= from && !marks.eventWord(k)) {
            k--;
        }
        return k;
    }


    private boolean opensStatement(AnalyzedText text, int k) {
        Token before = text.token(k - 1);
        boolean comma = before.is(",");
        // both kinds of opener follow a comma (or a semicolon): most tokens are ruled out by the one before them
        if (!comma && !before.is(";")) {
            return false;
        }
        Token t = text.token(k);
        if (words.is(ClauseWords.Kind.CONNECTIVE, t.form())) {
            return true;
        }
        // "، وسبقته عملية انتحارية": a comma then a word carrying the conjunction و
        return comma && t.isWord() && t.form().startsWith("و") && t.form().length() > 3;
    }

    /** "… في يوم عيد الميلاد في هجوم …": a date followed by another prepositional phrase continues the statement. */
    private static boolean continuesPhrase(AnalyzedText text, int afterDate, List<DateMention> dates) {
        if (afterDate >= text.size()) {
            return false;
        }
        String f = text.token(afterDate).form();
        boolean preposition = f.equals("في") || f.equals("خلال") || f.equals("اثر") || f.equals("عقب") || f.equals("جراء");
        // "في اليوم التالي في 12 أغسطس": a second date, not a new phrase
        return preposition && !dateStartsAt(dates, afterDate, afterDate + 1);
    }

    private static boolean dateStartsAt(List<DateMention> dates, int token, int orToken) {
        for (DateMention d : dates) {
            if (d.first() == token || d.first() == orToken) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(DocumentMarks marks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (marks.eventWord(k)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the stretch a date at index {@code k} would open: the next date's clause start, or the sentence end. */
    private static int nextCut(AnalyzedText text, List<DateMention> dates, int k, Sentence s) {
        for (int j = k + 1; j < dates.size() && dates.get(j).first() < s.endToken(); j++) {
            int c = clauseStart(text, dates.get(j).first(), dates.get(k).end());
            if (c > 0 && dates.get(j).isPoint()) {
                return c;
            }
        }
        return s.endToken();
    }

    /** Where the clause introduced by a date at {@code first} begins, or -1 if the date does not open one. */
    private static int clauseStart(AnalyzedText text, int first, int sentenceStart) {
        int p = first;
        // walk back over "في" and "و"/"وفي"/"ثم" that introduce the date
        while (p > sentenceStart) {
            Token prev = text.token(p - 1);
            if (prev.is("في") || prev.is("وفي") || prev.is("ففي") || prev.is("و") || prev.is("ثم") || prev.is("ومنذ")) {
                p--;
            } else {
                break;
            }
        }
        if (p == sentenceStart) {
            return -1;
        }
        Token before = text.token(p - 1);
        // a bare date after a comma qualifies the statement before it ("…، السبت، في هجوم"); an opening date is
        // introduced: "وفي 12 أغسطس"، "، في 3 أغسطس"، "حيث أنه في يوم الأحد"
        boolean introduced = p < first || text.token(p).form().startsWith("و");
        boolean opened = before.is(",") || before.is(";") || before.is(":") || before.is("حيث") || before.is("انه")
                || before.is("اذ") || before.is("بينما") || before.is("فيما") || text.token(p).form().startsWith("و");
        return opened && introduced ? p : -1;
    }
}
