package org.strategybot.planadmin;

import java.util.List;
import java.util.Map;

import org.strategybot.actions.PlanChanges;

/**
 * What a spreadsheet import found and did, or would do.
 *
 * @param sheet          the sheet read (a workbook's first sheet with the plan's header)
 * @param headerRow      the row number of the header
 * @param columns        each field read, with the header it was read from
 * @param ignoredColumns headers of columns that are not read
 * @param applied        whether anything was written: false for a dry run, and for an import that changes nothing
 */
public record ImportReport(String strategyId, String file, String sheet, int headerRow, Map<String, String> columns,
        List<String> ignoredColumns, boolean dryRun, boolean applied, PlanChanges changes) {
}
