package org.strategybot.understanding;

/** The kinds of strategy item a question can name. */
public enum EntityKind {
    VALUE, BUSINESS_AREA, PRINCIPLE, PRIORITY, ACTION, TOPIC, COHORT, GOVERNANCE_BODY,
    /** A RAG rating, keyed RED, AMBER or GREEN, from its word or an everyday phrase ("on track"). */
    RAG;

    static EntityKind fromKey(String key) {
        return valueOf(key.trim().toUpperCase().replace('-', '_'));
    }
}
