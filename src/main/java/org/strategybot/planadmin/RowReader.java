package org.strategybot.planadmin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategybot.actions.PlanChanges.Refusal;
import org.strategybot.actions.PlanRow;
import org.strategybot.actions.Rag;
import org.strategybot.planadmin.Header.Field;
import org.strategybot.strategy.Strategy;

/**
 * Turns the rows under a sheet's header into plan rows, or refusals that say which row and why. A row naming a
 * priority and nothing else heads the rows under it, and a blank priority cell takes the one above it, as merged
 * cells and section rows in a spreadsheet mean.
 */
final class RowReader {

    /** The rows read, those refused, and the codes refused rows name (never retired as missing). */
    record Read(List<PlanRow> rows, List<Refusal> refused, List<String> refusedCodes) {
    }

    private static final Pattern PRIORITY_CODE = Pattern.compile("^\\s*([A-Za-z][A-Za-z. ]{0,8}?)[\\s.-]*(\\d{1,2})(?![\\d.])");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(?:priority\\s*)?(\\d{1,2})(?![\\d.])", Pattern.CASE_INSENSITIVE);

    private final Strategy strategy;
    private final Header header;
    private final LocalDate epoch;
    private final PersonalDataCheck personalData;

    RowReader(Strategy strategy, Header header, LocalDate epoch, PersonalDataCheck personalData) {
        this.strategy = strategy;
        this.header = header;
        this.epoch = epoch;
        this.personalData = personalData;
    }

    Read read(Sheet sheet) {
        List<PlanRow> rows = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        List<String> refusedCodes = new ArrayList<>();
        String priorityAbove = null;
        for (Sheet.Row row : sheet.rows()) {
            if (row.number() <= header.row()) {
                continue;
            }
            String priorityText = text(row, Field.PRIORITY);
            String title = text(row, Field.TITLE);
            String codeText = text(row, Field.CODE);
            String code = null;
            try {
                String priority = priorityText == null ? null : priority(priorityText);
                if (title == null && codeText == null) {
                    if (priority != null) {
                        priorityAbove = priority;
                    } else if (!onlyFillerCells(row)) {
                        refused.add(new Refusal(row.number(), "The row has no action title or ref."));
                    }
                    continue;
                }
                if (priority == null && codeText != null) {
                    priority = priorityOfCode(codeText.toUpperCase(Locale.ROOT).replaceAll("\\s", "")).orElse(null);
                }
                priority = priority != null ? priority : priorityAbove;
                priorityAbove = priority != null ? priority : priorityAbove;
                code = codeText == null ? null : code(codeText, priority);
                if (priority == null) {
                    throw new IllegalArgumentException("The row names no priority; the strategy's are " + codes() + ".");
                }
                rows.add(planRow(row, priority, code, title));
            } catch (IllegalArgumentException e) {
                refused.add(new Refusal(row.number(), e.getMessage()));
                if (code != null) {
                    refusedCodes.add(code);
                }
            }
        }
        return new Read(rows, refused, refusedCodes);
    }

    private PlanRow planRow(Sheet.Row row, String priority, String code, String title) {
        String owner = text(row, Field.OWNER);
        String ownerEmail = CellValues.email(text(row, Field.OWNER_EMAIL));
        if (owner != null) {
            String[] split = CellValues.nameAndEmail(owner);
            owner = split[0];
            ownerEmail = ownerEmail != null ? ownerEmail : split[1];
        }
        CellValues.Status status = CellValues.status(text(row, Field.RAG));
        Integer percent = CellValues.percent(header.cell(row, Field.PERCENT));
        LocalDate due = CellValues.date(header.cell(row, Field.DUE), epoch);
        String businessArea = businessArea(text(row, Field.BUSINESS_AREA));
        String note = text(row, Field.NOTE);
        guard("action title", title);
        guard("business area", businessArea);
        guard("latest update", note);
        Rag rag = status == null ? null : status.rag();
        if (status != null && status.complete()) {
            percent = 100;
        }
        return new PlanRow(row.number(), code, priority, title, businessArea, owner, ownerEmail, due, rag, percent, note);
    }

    private void guard(String what, String text) {
        personalData.kinds(text).ifPresent(kinds -> {
            throw new IllegalArgumentException("The " + what + " looks like it holds personal data (" + kinds
                    + "); nothing from this row was imported. This plan is for strategy and progress, never details of a "
                    + "child or family: rephrase it without them.");
        });
    }

    /** The priority a cell names: by code written any way ("SP4", "sp 4", "SP4 - Workforce"), number, or title. */
    String priority(String text) {
        Matcher m = PRIORITY_CODE.matcher(text);
        if (m.find()) {
            String code = m.group(1).replaceAll("[\\s.]", "") + m.group(2);
            Optional<Strategy.Priority> found = strategy.priority(code);
            if (found.isPresent()) {
                return found.get().code();
            }
        }
        Matcher n = BARE_NUMBER.matcher(text);
        if (n.find()) {
            List<Strategy.Priority> numbered = priorities().stream()
                    .filter(p -> p.code().replaceAll("\\D", "").equals(n.group(1))).toList();
            if (numbered.size() == 1) {
                return numbered.get(0).code();
            }
        }
        String title = Vocabulary.words(text);
        return priorities().stream().filter(p -> Vocabulary.words(p.title()).equals(title)).map(Strategy.Priority::code)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "'" + text + "' is not a priority of this strategy; its priorities are " + codes() + "."));
    }

    /** An action's code from its ref: "SP4.1", "sp 4.1", or "4.1" and "1" under SP4. */
    private String code(String text, String priority) {
        String ref = text.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
        if (priority == null) {
            return ref;
        }
        String number = priority.replaceAll("\\D", "");
        if (ref.matches("\\d+")) {
            ref = priority + "." + ref;
        } else if (ref.matches("\\d+(\\.\\d+)+") && ref.startsWith(number + ".")) {
            ref = priority + ref.substring(number.length());
        }
        Optional<String> of = priorityOfCode(ref);
        if (of.isEmpty() || !ref.matches("[A-Z0-9]+(\\.[A-Z0-9]+)+")) {
            throw new IllegalArgumentException("The action ref '" + text + "' is not of the form " + priority + ".1.");
        }
        if (!of.get().equals(priority)) {
            throw new IllegalArgumentException("The action ref " + ref + " belongs to " + of.get() + ", but the row is under " + priority + ".");
        }
        return ref;
    }

    private Optional<String> priorityOfCode(String ref) {
        return priorities().stream().map(Strategy.Priority::code)
                .filter(c -> ref.toUpperCase(Locale.ROOT).startsWith(c.toUpperCase(Locale.ROOT) + "."))
                .max(Comparator.comparingInt(String::length));
    }

    /** A business area of the strategy, by name or alias, however it is capitalised; any text when it lists none. */
    private String businessArea(String text) {
        if (text == null || strategy.businessAreas() == null || strategy.businessAreas().isEmpty()) {
            return text;
        }
        String wanted = Vocabulary.words(text);
        return strategy.businessAreas().items().stream()
                .filter(a -> Vocabulary.words(a.name()).equals(wanted) || a.aliases() != null
                        && a.aliases().stream().anyMatch(alias -> Vocabulary.words(alias).equals(wanted)))
                .map(Strategy.BusinessArea::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a business area of this strategy; its areas are "
                        + String.join("; ", strategy.businessAreas().items().stream().map(Strategy.BusinessArea::name).toList()) + "."));
    }

    /** A row holding nothing the plan reads (a total, a note in an ignored column) is passed over. */
    private boolean onlyFillerCells(Sheet.Row row) {
        return header.columns().values().stream().allMatch(c -> row.cell(c).blank());
    }

    private String text(Sheet.Row row, Field field) {
        Sheet.Cell cell = header.cell(row, field);
        String text = cell.text() == null ? "" : cell.text().trim();
        // an export defuses formula-like text with an apostrophe (PlanExport.defused); it comes off here
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return text.isEmpty() ? null : text;
    }

    private List<Strategy.Priority> priorities() {
        return strategy.priorities() == null ? List.of() : strategy.priorities().items();
    }

    private String codes() {
        return String.join(", ", priorities().stream().map(Strategy.Priority::code).toList());
    }
}
