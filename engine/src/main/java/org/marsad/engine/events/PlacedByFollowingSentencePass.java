package org.marsad.engine.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.engine.places.Place;
import org.marsad.engine.places.PlaceMention;
import org.marsad.engine.text.AnalyzedText;

/**
 * A pass over the merged events that places a region- or country-level event at the town the next sentences
 * name.
 */
final class PlacedByFollowingSentencePass {
    /** How many sentences after an event may name its town ("… وذلك في بلدة دياباغا"). */
    private static final int PLACE_FOLLOW_UP = 2;

    /**
     * An event placed only in a region or a country takes the town that the next sentences name with a settlement
     * cue ("وذلك في بلدة X"), when no other event is told in between and the town is in the event's country.
     */
    List<EventDraft> apply(List<EventDraft> drafts, Mentions m) {
        List<EventDraft> out = new ArrayList<>(drafts.size());
        AnalyzedText text = m.text();
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft d = drafts.get(i);
            int nextEventStart = i + 1 < drafts.size() ? drafts.get(i + 1).evidence().start() : Integer.MAX_VALUE;
            if (d.ownPlace() || d.location() == null) {
                out.add(d);
                continue;
            }
            int lastSentence = EvidenceSentence.last(text, d);
            PlaceMention found = null;
            for (PlaceMention p : m.places()) {
                int s = text.token(p.first()).sentence();
                boolean settled = p.cue() != null && p.place() != null && !p.place().isArea()
                        && (p.geoPrecision() == 1) && d.location().country() != null
                        && d.location().country().equals(p.place().country());
                if (s > lastSentence && s <= lastSentence + PLACE_FOLLOW_UP && p.span().start() < nextEventStart && settled) {
                    found = p;
                    break;
                }
            }
            if (found == null) {
                out.add(d);
                continue;
            }
            Place p = found.place();
            out.add(d.placedAt(EventPlacing.locationOf(p, found.geoPrecision())));
        }
        return out;
    }
}
