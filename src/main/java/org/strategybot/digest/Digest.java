package org.strategybot.digest;

import java.time.Instant;
import java.util.List;

import org.strategybot.actions.ActionView;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;

/**
 * A week of the plan, for a channel.
 *
 * @param priorities     each priority's RAG now and at the last digest
 * @param updates        progress posted since the last digest, newest first: not undos, what they undid, or leads recorded
 * @param overdue        actions overdue now
 * @param stale          actions with no update for the stale period
 * @param moreUpdates    updates left out to keep the card within Teams' message size
 */
public record Digest(String strategyId, String strategyTitle, Instant since, Instant at, List<PriorityLine> priorities,
        List<ProgressUpdate> updates, int moreUpdates, List<ActionView> overdue, List<ActionView> stale, boolean sample,
        String note) {

    /** @param calculated where the lead's RAG stands over the calculated one, the calculated one; else null */
    public record PriorityLine(String code, String title, Rag rag, Rag calculated, Rag previous, int percent) {
    }
}
