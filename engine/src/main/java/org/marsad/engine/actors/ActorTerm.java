package org.marsad.engine.actors;

import java.util.Set;
import org.marsad.engine.lexicon.Term;

/**
 * A name of an actor. {@code target} is an actor id, or a role starting with {@code @} ("@army") that
 * the document's country resolves.
 *
 * @param blockedByNext folded words that, right after the name, mean it is not the actor
 *                      ("القاعدة العسكرية" is a military base, not Al Qaeda)
 */
public record ActorTerm(String target, Set<String> blockedByNext) implements Term {
    public ActorTerm {
        blockedByNext = Set.copyOf(blockedByNext);
    }

    public boolean isRole() {
        return target.startsWith("@");
    }
}
