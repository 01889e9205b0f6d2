package org.marsad.engine.time;

import static org.marsad.engine.time.DateGrammar.FROM;
import static org.marsad.engine.time.DateGrammar.modifier;

import org.marsad.engine.lexicon.MatchIndex;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.numbers.NumberWordTerm;
import org.marsad.engine.text.AnalyzedText;

/**
 * Reads a counted offset: "قبل 3 أيام" (from publication), "بعد 11 يوما" (from the previous date), "بعد 11 يوما من
 * هجوم …" (the thing named after من came that long before the reference date).
 */
final class CountedOffsetParser implements DatePhraseParser {
    /** Opens with the relation word "قبل" or "بعد". */
    @Override
    public int cues() {
        return DateCues.BEFORE_OR_AFTER;
    }

    @Override
    public DateParse parseAt(AnalyzedText text, MatchIndex index, int i) {
        int n = text.size();
        TermMatch cue = modifier(index, i, "relation");
        if (cue != null) {
            String relation = ((ModifierTerm) cue.term()).value();
            if (relation.equals("before") || relation.equals("after")) {
                DateParse counted = countedUnit(text, index, cue.end());
                if (counted != null) {
                    int amount = counted.expr().offset();
                    TimeUnit unit = counted.expr().offsetUnit();
                    boolean after = relation.equals("after");
                    // "بعد 11 يوما من هجوم …": the attack named after من came 11 days before the reference date
                    boolean ofSomething = counted.end() < n && (text.token(counted.end()).is(FROM) || text.token(counted.end()).is("علي"));
                    int signed = after && !ofSomething ? amount : -amount;
                    return new DateParse(i, counted.end(), TimeExpression.offset(signed, unit, after));
                }
            }
        }
        return null;
    }

    /** "3 أيام", "عشرة أيام", "يومين", "أسبوع": the count and unit; encoded as an offset expression. */
    private DateParse countedUnit(AnalyzedText text, MatchIndex index, int p) {
        int n = text.size();
        if (p >= n) {
            return null;
        }
        long amount = 1;
        int q = p;
        if (text.token(p).isNumber() && text.token(p).form().length() <= 3) {
            amount = Long.parseLong(text.token(p).form());
            q = p + 1;
        } else {
            TermMatch w = index.longest(p, NumberWordTerm.class);
            if (w != null) {
                amount = ((NumberWordTerm) w.term()).value();
                q = w.end();
            }
        }
        TermMatch unit = modifier(index, q, "unit");
        if (unit == null) {
            return null;
        }
        String[] v = ((ModifierTerm) unit.term()).value().split(":");
        TimeUnit u = TimeUnit.parse(v[0]);
        if (v.length > 1 && q == p) {
            amount = Long.parseLong(v[1]);
        }
        return new DateParse(p, unit.end(), TimeExpression.offset((int) amount, u, false));
    }
}
