package org.strategybot.planadmin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.strategybot.actions.ActionFilter;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.PlanRow;
import org.strategybot.system.Csv;

/**
 * The plan as a spreadsheet, in the columns an import reads (so "export, edit in Excel, import" changes only what
 * was edited), then what the rules make of each action today, which an import ignores.
 */
@Service
public class PlanExport {

    /** The import's columns, by the first header plan-import/columns.txt gives each, then the computed ones. */
    public static final List<String> HEADER = List.of("Priority", "Action ref", "Action", "Business area", "Owner",
            "Owner email", "Due date", "RAG", "% complete", "Latest update", "Complete", "Overdue", "Stale",
            "Last updated", "Sample", "Strategy");

    private final ActionPlan plan;

    PlanExport(ActionPlan plan) {
        this.plan = plan;
    }

    /** One row per action in force that matches the filter: its values, then its computed columns. */
    private List<List<Object>> rows(ActionFilter filter) {
        Map<String, ActionView> views = plan.actions(filter).stream()
                .collect(Collectors.toMap(ActionView::code, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (PlanRow r : plan.rows(filter)) {
            ActionView v = views.get(r.code());
            if (v == null) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(r.priority());
            row.add(r.code());
            row.add(r.title());
            row.add(r.businessArea());
            row.add(r.owner());
            row.add(r.ownerEmail());
            row.add(r.due());
            row.add(r.rag() == null ? null : r.rag().label());
            row.add(r.percent());
            row.add(r.note());
            row.add(v.complete() ? "yes" : "no");
            row.add(v.overdue() ? "yes" : "no");
            row.add(v.stale() ? "yes" : "no");
            row.add(v.lastUpdateAt() == null ? null : v.lastUpdateAt().toString());
            row.add(v.sample() ? "yes" : "no");
            row.add(filter.strategyId());
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 with CRLF line ends, formula-like cells defused; the caller adds the byte-order mark Excel needs. */
    public String csv(ActionFilter filter) {
        return Csv.table(HEADER, rows(filter));
    }

    /** An XLSX workbook: dates as date cells, percentages as numbers, text as text (never a formula). */
    public byte[] xlsx(ActionFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "strategy-bot", "1.0");
            Worksheet sheet = workbook.newWorksheet("Action plan");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (List<Object> row : rows(filter)) {
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof LocalDate date) {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    } else if (v instanceof Integer n) {
                        sheet.value(r, c, n);
                    } else if (v != null) {
                        sheet.value(r, c, v.toString());
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
