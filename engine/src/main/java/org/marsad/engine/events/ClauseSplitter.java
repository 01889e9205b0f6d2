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

    List<Clause> split(AnalyzedText text, List<DateMention> dates) {
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
                if (cut > start && m.isPoint()) {
                    out.add(new Clause(s.index(), start, cut));
                    start = cut;
                }
                k++;
            }
            out.add(new Clause(s.index(), start, s.endToken()));
        }
        return out;
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
        boolean opened = before.is(",") || before.is(";") || before.is(":") || before.is("حيث") || before.is("انه")
                || before.is("اذ") || before.is("بينما") || before.is("فيما") || text.token(p).form().startsWith("و");
        return opened ? p : -1;
    }
}
