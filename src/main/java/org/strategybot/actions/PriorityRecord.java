package org.strategybot.actions;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the plan says about a priority beyond its actions: who leads it, who may update it for them,
 * and a RAG the lead has set over the calculated one, with the reason. Its {@code recent} updates are those
 * made to the priority itself (overrides, leads), kept as {@link RecentUpdates} says.
 *
 * @param leadEmail the lead's email or UPN as an administrator gave it, lower case: when that person talks to
 *                  the bot or is on a team's roster, {@code leadId} is filled in from it
 * @param previous  the override as it stood before the latest change to the priority, so that undoing that change
 *                  puts back its reason as well as its values; null before any change was recorded with it
 */
@Document("priorities")
public record PriorityRecord(
        @Id String id,
        String strategyId,
        String code,
        String lead,
        String leadId,
        List<String> delegateIds,
        StoredOverride override,
        long version,
        ProgressUpdate pending,
        List<ProgressUpdate> recent,
        String leadEmail,
        Previous previous) {

    @PersistenceCreator
    public PriorityRecord {
        delegateIds = delegateIds == null ? List.of() : List.copyOf(delegateIds);
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    public PriorityRecord(String id, String strategyId, String code, String lead, String leadId, List<String> delegateIds,
            StoredOverride override, long version, ProgressUpdate pending, List<ProgressUpdate> recent, String leadEmail) {
        this(id, strategyId, code, lead, leadId, delegateIds, override, version, pending, recent, leadEmail, null);
    }

    /**
     * The override before a change.
     *
     * @param change   the id of the change (the progress update) that replaced it
     * @param override what stood before it, null for none
     */
    public record Previous(String change, StoredOverride override) {
    }

    public PriorityRecord(String id, String strategyId, String code, String lead, String leadId, List<String> delegateIds,
            StoredOverride override, long version, ProgressUpdate pending, List<ProgressUpdate> recent) {
        this(id, strategyId, code, lead, leadId, delegateIds, override, version, pending, recent, null, null);
    }

    /**
     * What a lead has set over the calculated values: it stands until removed, and says why and who set it.
     *
     * @param rag       the RAG shown instead of the calculated one, or null
     * @param percent   the percent complete shown instead of the mean of the actions', or null
     * @param sensitive the lead marked the reason for 1:1 readers only; never null, boxed only so that overrides
     *                  stored before it read as not sensitive
     */
    public record StoredOverride(Rag rag, Integer percent, String reason, String by, Instant at, Boolean sensitive) {

        public StoredOverride {
            sensitive = Boolean.TRUE.equals(sensitive);
        }

        LeadOverride view() {
            return new LeadOverride(rag, percent, reason, by, at, sensitive);
        }
    }
}
