package org.strategybot.actions;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An import as decided, written whole in one insert before any action is touched. The store has no transactions,
 * so an import is made all-or-nothing by rolling forward: each of its writes is idempotent (its history entry's id
 * is this id and the action's code), and an import that stopped half way (a crash, the store going away) is
 * finished from here at start-up or before the next import into the plan. Once every write is made the journal is
 * deleted: the history entries are the record of the import, and the journal's rows (owners' names and emails, notes)
 * would otherwise be personal data kept for no purpose.
 *
 * @param rows          the rows to write, codes settled
 * @param retire        the codes to retire
 * @param replaceSample whether the plan's sample actions and their sample history are removed first
 */
@Document("planImports")
record ImportJournal(@Id String id, String strategyId, Instant at, ImportRequest request, List<PlanRow> rows,
        List<String> retire, boolean replaceSample) {
}
