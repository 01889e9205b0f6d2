package org.marsad.engine.knowledge;

import org.marsad.engine.actors.ActorOntology;
import org.marsad.engine.events.EventKnowledge;
import org.marsad.engine.lexicon.Lexicon;
import org.marsad.engine.places.Gazetteer;
import org.marsad.engine.text.TextPipeline;

/**
 * Everything loaded from a knowledge folder: the text pipeline (folding and tokenising), the one lexicon
 * of every named thing, the actor ontology, the gazetteer, and what the event stage reads clauses with and
 * weighs events' confidence by. Immutable and thread-safe once loaded; load it once and share it.
 */
public record Knowledge(String source, TextPipeline text, Lexicon lexicon, ActorOntology actors, Gazetteer places,
                        EventKnowledge events) {

    /** Loads the knowledge bundled with Marsad. */
    public static Knowledge bundled() {
        return load(KnowledgeSource.bundled());
    }

    public static Knowledge load(KnowledgeSource source) {
        return new KnowledgeLoader(source).load();
    }
}
