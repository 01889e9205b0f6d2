package org.marsad.engine.relations;

import java.util.Objects;
import org.marsad.engine.model.ActorRef;

/**
 * Two distinct actors. Unordered pairs are stored with the smaller id first, so the same two actors always
 * make the same pair; an ordered pair (affiliation: child, parent) keeps its order.
 */
public record ActorPair(ActorRef a, ActorRef b, boolean ordered) implements Comparable<ActorPair> {
    public ActorPair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.id().equals(b.id())) {
            throw new IllegalArgumentException("a pair needs two actors: " + a.id());
        }
        if (!ordered && a.id().compareTo(b.id()) > 0) {
            ActorRef t = a;
            a = b;
            b = t;
        }
    }

    public static ActorPair of(ActorRef x, ActorRef y) {
        return new ActorPair(x, y, false);
    }

    /** A child and its parent, in that order. */
    public static ActorPair childParent(ActorRef child, ActorRef parent) {
        return new ActorPair(child, parent, true);
    }

    public boolean involves(String actorId) {
        return a.id().equals(actorId) || b.id().equals(actorId);
    }

    /** The same two actors, ignoring order. */
    public ActorPair unordered() {
        return ordered ? of(a, b) : this;
    }

    public String key() {
        return a.id() + (ordered ? ">" : "|") + b.id();
    }

    @Override
    public int compareTo(ActorPair o) {
        return key().compareTo(o.key());
    }
}
