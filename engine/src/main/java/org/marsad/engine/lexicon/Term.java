package org.marsad.engine.lexicon;

/**
 * What a lexicon entry means. Every kind of knowledge that is looked up by name (actors, places, months,
 * number words, event triggers, cues) implements this, so all of them share one trie and one matching pass.
 */
public interface Term {
    /** Whether a trailing enclitic pronoun may be stripped from the last word (verbs and nouns: yes; names: no). */
    default boolean allowsSuffix() {
        return false;
    }

    /** Whether a proclitic chain may be stripped from the first word. Names of places that start with و say no. */
    default boolean allowsPrefix() {
        return true;
    }

    /**
     * Whether the article may be stripped from the first word: nouns yes; verbs never carry it, so for a verb
     * "بالكذب" (the lie) is not "كذب" (he denied).
     */
    default boolean allowsArticle() {
        return true;
    }
}
