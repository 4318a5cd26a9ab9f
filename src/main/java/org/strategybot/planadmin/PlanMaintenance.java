package org.strategybot.planadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.ImportRequest;
import org.strategybot.actions.ItemCode;
import org.strategybot.actions.PlanChanges;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;

/**
 * An administrator's changes to the plan outside a spreadsheet: add, edit and retire actions, change the owner or
 * due date of several at once, add, rename and retire priorities, and start a new strategy period. Every value is
 * read and checked as a spreadsheet cell is (the same words for a RAG, the same date forms, the personal-data
 * guard), and every change to an action is a history entry, as an import's are.
 */
@Service
public class PlanMaintenance {

    /**
     * An action's values as an administrator gives them: strings, read as the spreadsheet's cells are; null leaves
     * a value as it is.
     */
    public record ActionInput(String priority, String code, String title, String businessArea, String owner,
            String ownerEmail, String due, String rag, String percent, String note) {
    }

    /** Changes an administrator asks for, by whom. */
    public record Author(String name, String aadObjectId) {
    }

    private static final List<String> COLUMNS = List.of("Priority", "Action ref", "Action", "Business area", "Owner",
            "Owner email", "Due date", "RAG", "% complete", "Latest update");

    private final ActionPlan plan;
    private final StrategyCatalog catalog;
    private final PersonalDataCheck personalData;
    private final PlanSpreadsheets spreadsheets;

    PlanMaintenance(ActionPlan plan, StrategyCatalog catalog, PersonalDataCheck personalData, PlanSpreadsheets spreadsheets) {
        this.plan = plan;
        this.spreadsheets = spreadsheets;
        this.catalog = catalog;
        this.personalData = personalData;
    }

    /** Adds actions, or changes those whose codes exist: each input is one row. */
    public PlanChanges save(Strategy strategy, List<ActionInput> inputs, boolean dryRun, Author author) {
        return apply(strategy, inputs, List.of(), dryRun, author);
    }

    /** Whether the plan has an action with this code in force. */
    public boolean has(Strategy strategy, String code) {
        return plan.current(strategy, code.trim().toUpperCase(Locale.ROOT)).isPresent() && ItemCode.of(code).isAction();
    }

    /** Retires actions: out of the plan, the status and reminders; their history kept. */
    public PlanChanges retire(Strategy strategy, List<String> codes, boolean dryRun, Author author) {
        return apply(strategy, List.of(), codes, dryRun, author);
    }

    private PlanChanges apply(Strategy strategy, List<ActionInput> inputs, List<String> retire, boolean dryRun, Author author) {
        Sheet sheet = asSheet(inputs);
        Header header = Header.find(sheet).orElseThrow();
        RowReader.Read read = new RowReader(strategy, header, sheet.epoch(), personalData).read(sheet);
        if (!read.refused().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", read.refused().stream()
                    .map(r -> (inputs.size() > 1 ? "Action " + (r.row() - 1) + ": " : "") + r.reason()).toList())
                    + " Nothing was changed.");
        }
        ImportRequest request = ImportRequest.edit(author.name(), author.aadObjectId(),
                retire.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList());
        PlanChanges preview = plan.previewImport(strategy, read.rows(), request);
        if (!preview.refused().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", preview.refused().stream().map(PlanChanges.Refusal::reason)
                    .toList()) + " Nothing was changed.");
        }
        return dryRun || preview.changesNothing() ? preview : plan.applyImport(strategy, read.rows(), request);
    }

    /** The inputs as a sheet under the import's own header, so they are read exactly as spreadsheet cells are. */
    private static Sheet asSheet(List<ActionInput> inputs) {
        List<Sheet.Row> rows = new ArrayList<>();
        rows.add(new Sheet.Row(1, COLUMNS.stream().map(Sheet.Cell::text).toList()));
        int n = 1;
        for (ActionInput in : inputs) {
            rows.add(new Sheet.Row(++n, Stream.of(in.priority(), in.code(), in.title(), in.businessArea(),
                    in.owner(), in.ownerEmail(), in.due(), in.rag(), in.percent(), in.note()).map(Sheet.Cell::text).toList()));
        }
        return new Sheet("request", rows, XlsxSheet.EPOCH_1900);
    }

    /** Adds a priority to the strategy, or renames one: a new revision of the strategy. */
    public Strategy savePriority(Strategy strategy, String code, String title, List<String> topics) {
        String normal = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!normal.matches("[A-Z]{1,6}\\d{1,2}")) {
            throw new IllegalArgumentException("A priority's code is letters then a number, such as SP6.");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A priority needs a title.");
        }
        personalData.kinds(title).ifPresent(kinds -> {
            throw new IllegalArgumentException("The title looks like it holds personal data (" + kinds + "); nothing was changed.");
        });
        Strategy revised = catalog.revise(strategy, s -> {
            List<Strategy.Priority> items = new ArrayList<>(s.priorities() == null ? List.of() : s.priorities().items());
            Strategy.Priority next = new Strategy.Priority(normal, title.trim(), topics);
            int at = indexOf(items, normal);
            if (at >= 0) {
                items.set(at, new Strategy.Priority(normal, title.trim(), topics == null ? items.get(at).topics() : topics));
            } else {
                items.add(next);
            }
            return s.withPriorities(items);
        });
        plan.strategyChanged(revised);
        return revised;
    }

    /** Takes a priority out of the strategy (a new revision), retiring its actions first; their history stays. */
    public Strategy retirePriority(Strategy strategy, String code, Author author) {
        Strategy.Priority priority = strategy.priority(code).orElseThrow(() -> new NoSuchElementException(
                "No priority '" + code + "' in " + strategy.id() + "."));
        List<String> actions = plan.actions(plan.filter(strategy, priority.code(), null, null, null, null)).stream()
                .map(ActionView::code).toList();
        if (!actions.isEmpty()) {
            retire(strategy, actions, false, author);
        }
        Strategy revised = catalog.revise(strategy, s -> s.withPriorities(s.priorities().items().stream()
                .filter(p -> !p.code().equals(priority.code())).toList()));
        plan.strategyChanged(revised);
        return revised;
    }

    /**
     * Starts the strategy period after {@code previous}, with its statements and priorities, and the plan the
     * spreadsheet gives; the previous period stays readable and reportable. The plan is read before anything is
     * stored, so a file with refused rows (unless they are to be skipped) starts no period; a dry run stores nothing.
     */
    public Map.Entry<Strategy, ImportReport> startPeriod(Strategy previous, String id, String title, int from, int to,
            String file, PlanSpreadsheets.Format format, byte[] bytes, PlanSpreadsheets.Options options, Author author) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            throw new IllegalArgumentException("The new period's id must be lower-case letters, digits and dashes, such as wokingham-2024-27.");
        }
        if (from < 2000 || to <= from || to > from + 10) {
            throw new IllegalArgumentException("The period runs from a year to a later one, at most ten years on (from=2024&to=2027).");
        }
        if (catalog.find(id).isPresent()) {
            throw new IllegalArgumentException("There is already a strategy '" + id + "'.");
        }
        Strategy next = previous.asPeriod(id, title == null || title.isBlank()
                ? previous.title().replaceAll("\\d{4}\\s*[-–]\\s*\\d{2,4}", from + "-" + to) : title.trim(), from, to);
        ImportReport preview = spreadsheets.importPlan(next, file, format, bytes,
                new PlanSpreadsheets.Options(true, false, options.skipRefused()), author.name(), author.aadObjectId());
        if (options.dryRun()) {
            return Map.entry(next, preview);
        }
        if (!preview.changes().refused().isEmpty() && !options.skipRefused()) {
            throw new ImportRefused(preview);
        }
        catalog.startPeriod(next, previous);
        return Map.entry(next, spreadsheets.importPlan(next, file, format, bytes, options, author.name(), author.aadObjectId()));
    }

    private static int indexOf(List<Strategy.Priority> items, String code) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code().equalsIgnoreCase(code)) {
                return i;
            }
        }
        return -1;
    }
}
