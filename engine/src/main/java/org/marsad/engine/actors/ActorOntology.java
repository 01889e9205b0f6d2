package org.marsad.engine.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors Marsad knows, their parents over time, and the two context tables that turn a generic or
 * global name into a specific actor: country roles ("the army" of Mali) and regional branches ("داعش" in
 * Mali is Islamic State (Sahel)). Immutable once built.
 */
public final class ActorOntology {
    /** A global organisation's branch in some countries, for some period. */
    public record Branch(String globalId, Set<String> countries, String branchId, LocalDate from, LocalDate to) {
        boolean applies(String country, LocalDate date) {
            return countries.contains(country) && (date == null || ((from == null || !date.isBefore(from))
                    && (to == null || !date.isAfter(to))));
        }
    }

    private final Map<String, Actor> byId;
    private final Map<String, Actor> byName;
    private final List<Affiliation> affiliations;
    private final Map<String, String> roles;
    private final List<Branch> branches;

    public ActorOntology(Collection<Actor> actors, List<Affiliation> affiliations, Map<String, String> roles,
                         List<Branch> branches) {
        Map<String, Actor> ids = new LinkedHashMap<>();
        Map<String, Actor> names = new LinkedHashMap<>();
        for (Actor a : actors) {
            ids.put(a.id(), a);
            names.putIfAbsent(a.name().toLowerCase(java.util.Locale.ROOT), a);
        }
        this.byId = Map.copyOf(ids);
        this.byName = Map.copyOf(names);
        this.affiliations = List.copyOf(affiliations);
        this.roles = Map.copyOf(roles);
        this.branches = List.copyOf(branches);
    }

    static String roleKey(String role, String country) {
        return role + "|" + country;
    }

    public Optional<Actor> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Actor> byName(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public Collection<Actor> all() {
        return byId.values();
    }

    public List<Affiliation> affiliations() {
        return affiliations;
    }

    /** The actor a role ("@army") means in a country, if the ontology says. */
    public Optional<Actor> role(String role, String country) {
        if (country == null) {
            return Optional.empty();
        }
        String id = roles.get(roleKey(role.startsWith("@") ? role.substring(1) : role, country));
        return id == null ? Optional.empty() : get(id);
    }

    /** The regional branch a global organisation means in a country at a date; the actor itself when none. */
    public Actor branch(Actor global, String country, LocalDate date) {
        for (Branch b : branches) {
            if (b.globalId().equals(global.id()) && b.applies(country, date)) {
                return get(b.branchId()).orElse(global);
            }
        }
        return global;
    }

    /** Parents of an actor valid at a date (or ever, when the date is null). */
    public List<Affiliation> parentsOf(String actorId, LocalDate date) {
        List<Affiliation> out = new ArrayList<>();
        for (Affiliation a : affiliations) {
            if (a.child().equals(actorId) && (date == null || ((a.validFrom() == null || !date.isBefore(a.validFrom().start()))
                    && (a.validTo() == null || !date.isAfter(a.validTo().end()))))) {
                out.add(a);
            }
        }
        return out;
    }

    public int size() {
        return byId.size();
    }
}
