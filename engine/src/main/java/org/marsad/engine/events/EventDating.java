package org.marsad.engine.events;

import java.time.YearMonth;
import java.util.List;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.model.SubEventType;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;
import org.marsad.engine.time.DateMention;
import org.marsad.engine.time.DateResolver;
import org.marsad.engine.time.Precision;
import org.marsad.engine.time.TimeExpression;
import org.marsad.engine.time.TimeSpan;
import org.marsad.engine.time.TimeUnit;

/**
 * Chooses the date of a clause's event: the clause's own date nearest the event word (a statement's date only
 * when nothing better is there), else a date from an earlier clause or up to {@link #DATE_LOOKBACK} sentences
 * before in the same paragraph, else (an incident reported as news) the publication date at week precision, as
 * the corpus conventions and ACLED do.
 */
final class EventDating {
    /** How many sentences back in the paragraph an undated clause may take its date from. */
    static final int DATE_LOOKBACK = 2;
    private static final DateResolver RESOLVER = new DateResolver();
    private final ClauseWords words;
    private final ClauseReading reading;

    EventDating(ClauseWords words) {
        this.words = words;
        this.reading = new ClauseReading(words);
    }

    /**
     * @param own        the date is the incident's own, stated in its clause
     * @param background the clause tells a state of things ("منذ …"), not an incident
     * @param vague      a relative span ("مؤخرا", "قبل أيام") that dates but does not pin an incident
     */
    record DateChoice(TimeSpan value, boolean own, boolean background, boolean vague) {
        DateChoice(TimeSpan value, boolean own, boolean background) {
            this(value, own, background, false);
        }
    }

    /** Tokens within which a date next to a verb of saying is the date of the statement, not of the incident. */
    private static final int STATEMENT_DATE_WINDOW = 8;
    /** A date further than this from the event word in its clause qualifies another verb of the clause. */
    private static final int OWN_DATE_DISTANCE = 25;
    /** A relative span longer than this many days is too vague to pin an incident on its own. */
    private static final int VAGUE_SPAN_DAYS = 8;

    /**
     * The date of the event whose word starts at token {@code trigger} of the clause.
     *
     * @param madeByAnnouncing the event is done by announcing it (a merger, a new group, a truce, the end of an
     *                         accord): the day it was announced is its own day
     */
    DateChoice choose(Mentions m, Clause clause, int trigger, DocumentMarks marks, boolean madeByAnnouncing) {
        DateMention best = null;
        DateMention farBefore = null;
        DateMention farAfter = null;
        DateMention statement = null;
        int bestScore = Integer.MAX_VALUE;
        boolean since = false;
        List<DateMention> dates = m.dates();
        for (int i = marks.datesFrom(clause.first());
             i < dates.size() && dates.get(i).first() < clause.end(); i++) {
            DateMention d = dates.get(i);
            if (Math.abs(d.first() - trigger) > OWN_DATE_DISTANCE) {
                // far ahead in a long listing ("عملياتها خلال شهر نوفمبر شملت هجوما … وكمينا …"): it dates the
                // items that follow without being any one item's own date
                if (d.first() < trigger && d.isPoint() && d.resolved() != null) {
                    farBefore = d;
                } else if (d.first() > trigger && farAfter == null && d.isPoint() && d.resolved() != null
                        && !statementDate(m.text(), marks, d) && !reading.inRelativeClause(m.text(), d.first(), trigger)) {
                    farAfter = d;
                }
                continue;
            }
            if (!d.isPoint()) {
                since |= d.relation() == DateMention.Relation.SINCE;
                continue;
            }
            if (d.resolved() == null && d.expression().kind() != TimeExpression.Kind.CALENDAR) {
                continue;
            }
            boolean statementDate = statementDate(m.text(), marks, d);
            if (statement == null && statementDate && d.resolved() != null
                    && d.resolved().precision() == Precision.DAY) {
                statement = d;
            }
            int score = Math.abs(d.first() - trigger) + (statementDate ? 20 : 0)
                    + (d.expression().kind() == TimeExpression.Kind.RELATIVE
                    && d.expression().relative().from() == 0 ? 8 : 0);
            if (score < bestScore) {
                best = d;
                bestScore = score;
            }
        }
        if (best != null && statement != null && statement != best
                && best.expression().kind() == TimeExpression.Kind.RELATIVE) {
            // "أعلنت الحكومة أمس الإثنين مقتل 55 … خلال اليومين الماضيين": the two days before the announcement
            TimeSpan v = RESOLVER.resolve(best.expression(), statement.resolved(), null, true);
            if (v != null) {
                return new DateChoice(v, true, false, false);
            }
        }
        if (best != null && statementDate(m.text(), marks, best)) {
            // the day a source spoke: the best date there is, but not the incident's own, unless the announcement
            // is the event ("قالت الوكالة اليوم الخميس 2 مارس 2017 إن التحالف الجديد يطلق عليه …")
            return new DateChoice(best.resolved(), madeByAnnouncing, false);
        }
        if (best != null) {
            TimeExpression e = best.expression();
            // "مؤخرا" (within two weeks) dates a trend as much as an incident; "قبل أيام" (this week) is news
            boolean vague = e.kind() == TimeExpression.Kind.RELATIVE
                    && e.relative().unit() == TimeUnit.DAY
                    && e.relative().to() - e.relative().from() > VAGUE_SPAN_DAYS;
            return new DateChoice(best.resolved(), true, false, vague);
        }
        if (farBefore != null) {
            return new DateChoice(farBefore.resolved(), false, false);
        }
        if (farAfter != null) {
            // "قتل 31 شخصا … عندما أطلق مسلحون النار على حافلة … قرب بلدة …، الجمعة": a long Arabic sentence puts
            // the day last; the clause names no other (a date in a relative clause, "الحوار الذي دعا إليه … في
            // منتصف أبريل", dates something else)
            return new DateChoice(farAfter.resolved(), true, false);
        }
        if (recalled(m.text(), clause)) {
            // "وقبلها قتلت …", "وكانت قد …": an earlier incident recalled without its date
            return new DateChoice(null, true, false);
        }
        if (since) {
            return new DateChoice(null, false, true);
        }
        AnalyzedText text = m.text();
        Sentence s = text.sentences().get(clause.sentence());
        // an earlier clause of the same sentence, then up to DATE_LOOKBACK sentences back in the paragraph
        DateMention inherited = null;
        for (DateMention d : m.dates()) {
            if (d.first() >= clause.first()) {
                break;
            }
            Sentence ds = text.sentenceOf(d.first());
            if (d.isPoint() && d.resolved() != null && ds.paragraph() == s.paragraph()
                    && s.index() - ds.index() <= DATE_LOOKBACK
                    && (ds.index() == s.index() || !reading.inRelativeClause(text, d.first(), ds.firstToken()))) {
                inherited = d;
            }
        }
        if (inherited != null) {
            return new DateChoice(inherited.resolved(), false, false);
        }
        TimeSpan published = m.publication().date();
        if (published == null) {
            return new DateChoice(null, false, false);
        }
        Precision p = published.precision() == Precision.DAY ? Precision.WEEK : published.precision();
        return new DateChoice(published.withPrecision(p), false, false);
    }

    private static final int PLUPERFECT_WINDOW = 5;

    /** The clause opens by recalling an earlier incident, without its date. */
    private boolean recalled(AnalyzedText text, Clause clause) {
        for (int k = clause.first(); k < Math.min(clause.end(), clause.first() + 2); k++) {
            String f = text.token(k).form();
            if (words.is(ClauseWords.Kind.RECALL_OPENER, f)) {
                return true;
            }
            if (words.is(ClauseWords.Kind.PLUPERFECT, f)) {
                for (int j = k + 1; j < Math.min(clause.end(), k + PLUPERFECT_WINDOW); j++) {
                    if (text.token(j).is("قد")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "أعلنت الحكومة -أمس الثلاثاء- …", "تبنت الجماعة، اليوم السبت، …": the date of a statement. */
    private static boolean statementDate(AnalyzedText text, DocumentMarks marks, DateMention d) {
        boolean saying = false;
        for (int k = Math.max(0, d.first() - STATEMENT_DATE_WINDOW); k < d.first(); k++) {
            if (marks.sayingAt(k)) {
                saying = true;
            } else if (saying && (text.token(k).is("ان") || text.token(k).is("بان"))) {
                // "ذكرت المصادر أن الهجوم بدأ عصر أمس": after "أن" the date belongs to what was said
                saying = false;
            }
        }
        return saying;
    }


    /**
     * Dates an undated clause by the order of the story: right after an earlier event named in it ("عقب الهدنة")
     * it takes that event's date; summing up the moves just told ("وبهذه التحركات") it takes their month.
     */
    EventDraft datedByTextOrder(AnalyzedText text, Clause clause, TermMatch trigger, DocumentMarks marks,
                                EventDraft draft, List<EventDraft> before) {
        boolean rightAfter = false;
        for (int k = clause.first(); k < trigger.first() && !rightAfter; k++) {
            rightAfter = words.is(ClauseWords.Kind.RIGHT_AFTER, text.token(k).form());
        }
        if (rightAfter) {
            for (int k = clause.first(); k < trigger.first(); k++) {
                TermMatch t = marks.trigger(k);
                if (t == null || ((TriggerTerm) t.term()).subType() == null) {
                    continue;
                }
                SubEventType named = ((TriggerTerm) t.term()).subType();
                for (int i = before.size() - 1; i >= 0; i--) {
                    EventDraft e = before.get(i);
                    if (e.subType() == named && e.ownDate() && e.date() != null) {
                        return draft.datedAs(e.date());
                    }
                }
            }
        }
        if (words.is(ClauseWords.Kind.SUMMING_UP, text.token(clause.first()).form()) && !before.isEmpty()) {
            EventDraft last = before.get(before.size() - 1);
            if (last.date() != null) {
                return draft.datedAs(TimeSpan.month(YearMonth.from(last.date().start())));
            }
        }
        return draft;
    }
}
