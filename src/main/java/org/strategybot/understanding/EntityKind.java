package org.strategybot.understanding;

/** The kinds of strategy item a question can name. */
public enum EntityKind {
    VALUE, BUSINESS_AREA, PRINCIPLE, PRIORITY, TOPIC, COHORT, GOVERNANCE_BODY;

    static EntityKind fromKey(String key) {
        return valueOf(key.trim().toUpperCase().replace('-', '_'));
    }
}
