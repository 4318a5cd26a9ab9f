package org.strategybot.actions;

import java.time.Instant;

/**
 * What a priority's lead has set over the calculated values, as the status shows it (the stored form is
 * {@link PriorityRecord.StoredOverride}, so a field renamed in the store does not change what readers get).
 *
 * @param rag       the RAG shown instead of the calculated one, or null
 * @param percent   the percent complete shown instead of the mean of the actions', or null
 * @param sensitive the lead marked the reason for 1:1 readers only
 */
public record LeadOverride(Rag rag, Integer percent, String reason, String by, Instant at, boolean sensitive) {

    /** This override with its reason left out when the lead marked it sensitive. */
    public LeadOverride withoutSensitiveReason() {
        return sensitive ? new LeadOverride(rag, percent, null, by, at, true) : this;
    }
}
