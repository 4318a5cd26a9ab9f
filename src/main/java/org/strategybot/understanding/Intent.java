package org.strategybot.understanding;

/** What a person is asking for. The vocabulary file names them in lower case with dashes. */
public enum Intent {
    GREETING, THANKS, HELP, OVERVIEW,
    VISION, MISSION, STRATEGY_STATEMENT,
    VALUES, VALUE,
    BUSINESS_AREAS, BUSINESS_AREA,
    PRINCIPLES, PRINCIPLE, PRACTICE,
    PRIORITIES, PRIORITY, PRIORITY_FOR_TOPIC,
    COHORTS, COHORT,
    GOVERNANCE, SUCCESSES, LEGISLATION, PERIOD,
    UPDATE, ASSIGN_LEAD, UNDO, HISTORY,
    DIGEST_SUBSCRIBE, DIGEST_UNSUBSCRIBE, DIGEST_WHEN, DIGEST_PREVIEW, DIGEST_SEND,
    REPORT,
    STATUS, ACTION_STATUS, STATUS_OVERVIEW, BY_RAG, OVERDUE, STALE, ACTIONS_UNDER, PRIORITY_LEAD, MY_ACTIONS, CHANGES,
    LAST_UPDATE, RAG_REASON,
    /** What the strategy holds no figures for ("how many children are in care?"), and changes not made in chat. */
    FIGURES, RESTRUCTURE,
    /** "What is X?" where X is no strategy item: what the documents say X is. */
    DEFINITION,
    SEARCH, UNKNOWN;

    public static Intent fromKey(String key) {
        return valueOf(key.trim().toUpperCase().replace('-', '_'));
    }

    public String key() {
        return name().toLowerCase().replace('_', '-');
    }
}
