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

    /**
     * @param eventWord marks tokens that start an event word: a sentence is only cut between two statements
     *                  that each hold one, so a trailing date ("…، السبت، في هجوم") stays with its statement
     */
    List<Clause> split(AnalyzedText text, List<DateMention> dates, boolean[] eventWord) {
        List<Clause> out = new ArrayList<>();
        int d = 0;
        for (Sentence s : text.sentences()) {
            int start = s.firstToken();
            while (d < dates.size() && dates.get(d).first() < s.firstToken()) {
                d++;
            }
            int k = d;
            while (k < dates.size() && dates.get(k).first() < s.endToken()) {
                DateMention m = dates.get(k);
                int cut = clauseStart(text, m.first(), start);
                if (cut > start && m.isPoint() && !continuesPhrase(text, m.end(), dates) && any(eventWord, start, cut) && any(eventWord, cut, nextCut(text, dates, k, s))) {
                    out.add(new Clause(s.index(), start, cut));
                    start = cut;
                }
                k++;
            }
            out.add(new Clause(s.index(), start, s.endToken()));
        }
        return splitAtConnectives(text, out, eventWord);
    }

    /**
     * "…، حيث أعلنت الجماعة سيطرتها …، وقبلها قتلت …": a connective that opens a new statement cuts a
     * clause when both sides hold an event word.
     */
    private static List<Clause> splitAtConnectives(AnalyzedText text, List<Clause> clauses, boolean[] eventWord) {
        List<Clause> out = new ArrayList<>();
        for (Clause c : clauses) {
            int start = c.first();
            for (int k = c.first() + 1; k < c.end(); k++) {
                if (opensStatement(text, k) && any(eventWord, start, k) && any(eventWord, k, c.end())) {
                    out.add(new Clause(c.sentence(), start, k));
                    start = k;
                }
            }
            out.add(new Clause(c.sentence(), start, c.end()));
        }
        return out;
    }

    private static boolean opensStatement(AnalyzedText text, int k) {
        Token t = text.token(k);
        Token before = text.token(k - 1);
        if (t.is("حيث") || t.is("بينما") || t.is("فيما") || t.is("وقبلها") || t.is("وبعدها") || t.is("وقبل") || t.is("وبعد")) {
            return before.is(",") || before.is(";");
        }
        // "، وسبقته عملية انتحارية": a comma then a word carrying the conjunction و
        return before.is(",") && t.isWord() && t.form().startsWith("و") && t.form().length() > 3;
    }

    /** "… في يوم عيد الميلاد في هجوم …": a date followed by another prepositional phrase continues the statement. */
    private static boolean continuesPhrase(AnalyzedText text, int afterDate, List<DateMention> dates) {
        if (afterDate >= text.size()) {
            return false;
        }
        String f = text.token(afterDate).form();
        boolean preposition = f.equals("في") || f.equals("خلال") || f.equals("اثر") || f.equals("عقب") || f.equals("جراء");
        // "في اليوم التالي في 12 أغسطس": a second date, not a new phrase
        boolean anotherDate = dates.stream().anyMatch(d -> d.first() == afterDate + 1 || d.first() == afterDate);
        return preposition && !anotherDate;
    }

    private static boolean any(boolean[] marks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (marks[k]) {
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
