package org.marsad.engine.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.lexicon.TermMatch;
import org.marsad.engine.model.Status;
import org.marsad.engine.numbers.NumberMention;
import org.marsad.engine.text.AnalyzedText;
import org.marsad.engine.text.Sentence;

/** A pass over the merged events that marks an allegation denied in the very next sentence as denied. */
final class DeniedByNextSentencePass {
    /**
     * "… أعلنت أنها تمكنت من إسقاط مروحية. إلا أن مصادر رسمية أكدت عدم صحة هذه الأخبار": an allegation denied in
     * the very next sentence (one that tells no event of its own) is a denied event.
     */
    List<EventDraft> apply(List<EventDraft> drafts, Mentions m, DocumentMarks marks) {
        AnalyzedText text = m.text();
        List<EventDraft> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft d = drafts.get(i);
            int next = EvidenceSentence.last(text, d) + 1;
            boolean nextTellsEvent = i + 1 < drafts.size() && drafts.get(i + 1).sentence() == next;
            if (d.status() == Status.DENIED || next >= text.sentences().size() || nextTellsEvent) {
                out.add(d);
                continue;
            }
            Sentence s = text.sentences().get(next);
            boolean denial = false;
            for (int k = s.firstToken(); k < s.endToken() && !denial; k++) {
                if (!marks.statusCueAt(k)) {
                    continue;
                }
                for (TermMatch t : m.index().at(k)) {
                    denial |= t.term() instanceof StatusCueTerm c && c.cue() == StatusCueTerm.Cue.DENIAL;
                }
            }
            // "كذبت السلطات بيان الجماعة معلنة أن الحصيلة 23": a counter-figure confirms the event, it denies the toll
            out.add(denial && !numberIn(m.numbers(), marks, s) ? d.withStatus(Status.DENIED) : d);
        }
        return out;
    }

    /** Whether a number starts in the sentence (numbers are in text order). */
    private static boolean numberIn(List<NumberMention> numbers, DocumentMarks marks, Sentence s) {
        int i = marks.numbersFrom(s.firstToken());
        return i < numbers.size() && numbers.get(i).first() < s.endToken();
    }
}
