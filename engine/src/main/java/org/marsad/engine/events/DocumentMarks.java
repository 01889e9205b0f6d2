package org.marsad.engine.events;

import java.util.List;
import java.util.function.ToIntFunction;
import org.marsad.engine.actors.ActorMention;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.places.PlaceMention;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.time.DateMention;

/**
 * Per-token facts the event stages consult for every clause, gathered in one pass over the document's matches
 * (each pass over them costs a pointer chase per match), so that reading a clause costs its own length, not
 * the document's. Token positions run from 0 to the text's size inclusive: ends are marked too.
 */
final class DocumentMarks {
    /** A quantity or a casualty word ends here: the people right after it are the ones hit. */
    private static final int NUMBER_END = 1;
    /** A noun naming what was hit (a base, a village) ends here. */
    private static final int TARGET_NOUN_END = 1 << 1;
    /** A verb of saying, a claim or a source starts here. */
    private static final int SAYING = 1 << 2;
    /** An attribution (حسب، وفق) starts here. */
    private static final int ATTRIBUTION = 1 << 3;
    /** Some status cue starts here. */
    private static final int STATUS_CUE = 1 << 4;
    /** Some target noun starts here. */
    private static final int TARGET = 1 << 5;
    /** An event word starting here, masked or not, refers back ("الهجوم", "هذا الهجوم"). */
    private static final int REFERS_BACK = 1 << 6;
    /** The token belongs to a date. */
    private static final int DATE = 1 << 7;

    /** The flags above, a byte per token: the stage allocates these arrays for every document. */
    private final byte[] flags;
    private final TermMatch[] triggerAt;
    /**
     * The casualty word starting at each token: where it ends, shifted left by {@link #CUE_KIND_BITS}, and its
     * kind's ordinal plus one in the low bits; 0 for none.
     */
    private final int[] cues;
    private static final int CUE_KIND_BITS = 3;
    private static final FatalityCueTerm.Kind[] KINDS = FatalityCueTerm.Kind.values();
    /**
     * The first token of each actor, place, number and date mention. The recognisers give their mentions in text
     * order, so the mentions of a clause are one run of a list, found by a binary search here without touching
     * the mentions outside it.
     */
    private final int[] actorStarts;
    private final int[] placeStarts;
    private final int[] numberStarts;
    private final int[] dateStarts;

    private DocumentMarks(Mentions m, byte[] flags, TermMatch[] triggerAt, int[] cues) {
        this.flags = flags;
        this.triggerAt = triggerAt;
        this.cues = cues;
        this.actorStarts = starts(m.actors(), ActorMention::first);
        this.placeStarts = starts(m.places(), PlaceMention::first);
        this.numberStarts = starts(m.numbers(), NumberMention::first);
        this.dateStarts = starts(m.dates(), DateMention::first);
    }

    static DocumentMarks of(Mentions m) {
        AnalyzedText text = m.text();
        int n = text.size() + 1;
        byte[] flags = new byte[n];
        TermMatch[] triggerAt = new TermMatch[n];
        boolean[] masked = null;
        int[] cues = new int[n];
        for (NumberMention q : m.numbers()) {
            flags[q.end()] |= NUMBER_END;
        }
        for (DateMention d : m.dates()) {
            for (int k = d.first(); k < d.end(); k++) {
                flags[k] |= DATE;
            }
        }
        for (TermMatch t : m.index().all()) {
            if (t.term() instanceof TriggerTerm) {
                triggerAt[t.first()] = EventWords.stronger(t, triggerAt[t.first()]);
                if (ClauseReading.anaphoric(text, t)) {
                    flags[t.first()] |= REFERS_BACK;
                }
            } else if (t.term() instanceof NonEventTerm) {
                masked = masked == null ? new boolean[n] : masked;
                for (int k = t.first(); k < t.end(); k++) {
                    masked[k] = true;
                }
            } else if (t.term() instanceof FatalityCueTerm f) {
                flags[t.end()] |= NUMBER_END;
                // the longest casualty word at a token, the first seen on a tie
                if (cues[t.first()] == 0 || t.end() > cues[t.first()] >>> CUE_KIND_BITS) {
                    cues[t.first()] = t.end() << CUE_KIND_BITS | f.kind().ordinal() + 1;
                }
            } else if (t.term() instanceof TargetTerm) {
                flags[t.first()] |= TARGET;
                flags[t.end()] |= TARGET_NOUN_END;
            } else if (t.term() instanceof StatusCueTerm c) {
                flags[t.first()] |= STATUS_CUE | switch (c.cue()) {
                    case SAY, CLAIM, INDEPENDENT_SOURCE -> SAYING;
                    case ACCORDING_TO -> ATTRIBUTION;
                    default -> 0;
                };
            }
        }
        if (masked != null) {
            // a non-event phrase masks the event words that start inside it; all words at a token are masked alike
            for (int k = 0; k < n; k++) {
                if (masked[k]) {
                    triggerAt[k] = null;
                }
            }
        }
        return new DocumentMarks(m, flags, triggerAt, cues);
    }

    private static <T> int[] starts(List<T> mentions, ToIntFunction<T> first) {
        int[] starts = new int[mentions.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = first.applyAsInt(mentions.get(i));
        }
        return starts;
    }

    /** The index in {@link Mentions#actors()} of the first mention starting at or after {@code token}. */
    int actorsFrom(int token) {
        return from(actorStarts, token);
    }

    /** The index in {@link Mentions#places()} of the first mention starting at or after {@code token}. */
    int placesFrom(int token) {
        return from(placeStarts, token);
    }

    /** The index in {@link Mentions#numbers()} of the first mention starting at or after {@code token}. */
    int numbersFrom(int token) {
        return from(numberStarts, token);
    }

    /** The index in {@link Mentions#dates()} of the first mention starting at or after {@code token}. */
    int datesFrom(int token) {
        return from(dateStarts, token);
    }

    /** The first index whose start is at or after {@code token} (the length when none is). */
    private static int from(int[] starts, int token) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The event word starting at token {@code k} (see {@link EventWords#stronger}), dates included, or null. */
    TermMatch trigger(int k) {
        return triggerAt[k];
    }

    /** An event word starts at token {@code k}, outside any date. */
    boolean eventWord(int k) {
        return triggerAt[k] != null && (flags[k] & DATE) == 0;
    }

    boolean date(int k) {
        return (flags[k] & DATE) != 0;
    }

    boolean numberEnds(int k) {
        return (flags[k] & NUMBER_END) != 0;
    }

    boolean targetNounEnds(int k) {
        return (flags[k] & TARGET_NOUN_END) != 0;
    }

    boolean sayingAt(int k) {
        return (flags[k] & SAYING) != 0;
    }

    boolean attributionAt(int k) {
        return (flags[k] & ATTRIBUTION) != 0;
    }

    /** Some status cue starts at token {@code k}: the only tokens whose matches a status reading must look at. */
    boolean statusCueAt(int k) {
        return (flags[k] & STATUS_CUE) != 0;
    }

    /** Some target noun starts at token {@code k}. */
    boolean targetAt(int k) {
        return (flags[k] & TARGET) != 0;
    }

    /** Some event word starting at token {@code k} refers back to an incident already told. */
    boolean refersBackAt(int k) {
        return (flags[k] & REFERS_BACK) != 0;
    }

    /** The casualty word starting at token {@code k} (killed, wounded …), or null. */
    FatalityCueTerm.Kind cueAt(int k) {
        return cues[k] == 0 ? null : KINDS[(cues[k] & (1 << CUE_KIND_BITS) - 1) - 1];
    }

    /** Where the casualty word starting at token {@code k} ends. */
    int cueEnd(int k) {
        return cues[k] >>> CUE_KIND_BITS;
    }
}
