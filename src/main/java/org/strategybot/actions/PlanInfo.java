package org.strategybot.actions;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the plan in the store is: sample data or the directorate's own, and where it last came from.
 *
 * @param revision the revision of the plan file last applied (0 for a store that predates revisions, read as 1)
 * @param source   what the plan was last loaded from: a plan file, or "imported from plan.xlsx"
 */
@Document("plans")
record PlanInfo(@Id String strategyId, boolean sample, String note, Instant loadedAt, Integer revision, String source) {

    PlanInfo {
        // plans stored before revisions, and those only an import has written, have none
        revision = revision == null ? 0 : revision;
    }
}
