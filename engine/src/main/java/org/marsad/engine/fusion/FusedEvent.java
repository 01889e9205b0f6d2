package org.marsad.engine.fusion;

import java.util.List;
import org.marsad.engine.model.Event;

/**
 * One incident as several documents report it.
 *
 * @param id         stable across runs and input order, and the same for the same text under another document
 *                   id: see {@link EventFuser}
 * @param event      the fused values: type, date, place and actors from the most precise source, the fatalities
 *                   of {@link Fatalities#fused()}, the strongest status; its docId and evidence are those of the
 *                   first source
 * @param sources    every source event, unchanged, in a fixed order (date, document, offsets): each keeps its own
 *                   date, place, figure, status and evidence
 * @param fatalities the figures the sources give
 */
public record FusedEvent(String id, Event event, List<Event> sources, Fatalities fatalities) {
    public FusedEvent {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a fused event needs at least one source");
        }
    }

    /**
     * The death tolls the sources report: the lowest, the fused value and the highest; all null when no source
     * gives a figure.
     *
     * @param fused the minimum credible figure: the lowest figure of a source that is not a belligerent's own
     *              claim (status reported); only when every figure is a claim, the lowest claimed one
     */
    public record Fatalities(Integer low, Integer fused, Integer high) {
    }
}
