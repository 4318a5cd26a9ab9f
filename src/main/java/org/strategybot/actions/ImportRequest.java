package org.strategybot.actions;

import java.util.List;

/**
 * How to apply rows to a plan.
 *
 * @param source        what the rows came from, for the history: "imported from plan.xlsx", "changed by an administrator"
 * @param author        who asked, as the history names them
 * @param authorId      their Azure AD object id, when they have one
 * @param wholePlan     the rows are the directorate's whole plan (a spreadsheet or plan file), not an edit: a plan
 *                      still holding sample actions is replaced by it rather than edited
 * @param sample        what the rows add is illustrative sample data (a sample plan file)
 * @param retireMissing retire every action in force that no row names
 * @param retire        codes of actions to retire besides
 * @param keep          codes named by rows that were refused before they got here: never retired as missing
 */
public record ImportRequest(String source, String author, String authorId, boolean wholePlan, boolean sample,
        boolean retireMissing, List<String> retire, List<String> keep) {

    public ImportRequest {
        retire = retire == null ? List.of() : List.copyOf(retire);
        keep = keep == null ? List.of() : List.copyOf(keep);
    }

    /** An administrator's edit of some actions. */
    public static ImportRequest edit(String author, String authorId, List<String> retire) {
        return new ImportRequest("changed by an administrator", author, authorId, false, false, false, retire, List.of());
    }
}
