package org.strategybot.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.strategybot.actions.PlanChanges.ActionChange;
import org.strategybot.actions.PlanChanges.FieldChange;
import org.strategybot.actions.PlanChanges.Refusal;
import org.strategybot.strategy.Strategy;

/**
 * Compares rows with the plan in the store: which actions they add, change field by field, leave alone or retire,
 * and which rows cannot be applied. Pure: the same rows against the same plan always give the same answer, which
 * is what lets a dry run say exactly what applying will do.
 */
final class PlanDiff {

    /**
     * @param rows          the rows to write, each with its code settled
     * @param retire        codes of the actions to retire
     * @param replaceSample whether the plan's sample actions go
     */
    record Planned(PlanChanges changes, List<PlanRow> rows, List<String> retire, boolean replaceSample) {
    }

    private PlanDiff() {
    }

    static Planned of(Strategy strategy, List<Action> current, List<PlanRow> rows, ImportRequest request) {
        boolean replaceSample = request.wholePlan() && !request.sample() && current.stream().anyMatch(Action::sample);
        List<Action> live = current.stream().filter(a -> !(replaceSample && a.sample())).toList();
        Map<String, Action> byCode = new HashMap<>();
        live.forEach(a -> byCode.put(a.code(), a));

        List<Refusal> refused = new ArrayList<>();
        List<PlanRow> settled = settleCodes(strategy, live, rows, refused);
        List<ActionChange> added = new ArrayList<>();
        List<ActionChange> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<PlanRow> toWrite = new ArrayList<>();
        Set<String> named = new HashSet<>(request.keep());
        for (PlanRow row : settled) {
            named.add(row.code());
            Action now = byCode.get(row.code());
            String problem = problem(row, now);
            if (problem != null) {
                refused.add(new Refusal(row.row(), problem));
                continue;
            }
            List<FieldChange> fields = fields(now, row);
            if (fields.isEmpty()) {
                unchanged.add(row.code());
                continue;
            }
            String title = row.title() != null ? row.title() : now.title();
            (now == null ? added : changed).add(new ActionChange(row.row(), row.code(), title, fields));
            toWrite.add(row);
        }
        Set<String> retire = new LinkedHashSet<>();
        for (String code : request.retire()) {
            Action a = byCode.get(code);
            if (a == null || a.retired()) {
                refused.add(new Refusal(0, "There is no action " + code + " in force to retire."));
            } else {
                retire.add(code);
            }
        }
        if (request.retireMissing()) {
            live.stream().filter(a -> !a.retired() && !named.contains(a.code())).forEach(a -> retire.add(a.code()));
        }
        retire.removeAll(toWrite.stream().map(PlanRow::code).toList());
        List<ActionChange> retired = retire.stream().map(byCode::get).map(a -> new ActionChange(0, a.code(), a.title(),
                List.of(new FieldChange("status", "in force", "retired")))).toList();
        int sampleRemoved = replaceSample ? (int) current.stream().filter(Action::sample).count() : 0;
        refused.sort(Comparator.comparingInt(Refusal::row));
        return new Planned(new PlanChanges(strategy.id(), added, changed, unchanged, retired, refused, sampleRemoved),
                toWrite, List.copyOf(retire), replaceSample);
    }

    /**
     * Gives every row its code: as written, else the code of the priority's action with the same title, else the
     * priority's next free number. A code named twice is refused the second time.
     */
    private static List<PlanRow> settleCodes(Strategy strategy, List<Action> live, List<PlanRow> rows, List<Refusal> refused) {
        Map<String, String> byTitle = new HashMap<>();
        live.stream().filter(a -> !a.retired())
                .forEach(a -> byTitle.putIfAbsent(a.priority() + "|" + titleKey(a.title()), a.code()));
        Map<String, Integer> highest = new HashMap<>();
        Function<String, Integer> number = code -> {
            String tail = code.substring(code.indexOf('.') + 1);
            return tail.matches("\\d{1,6}") ? Integer.parseInt(tail) : 0;
        };
        live.forEach(a -> highest.merge(a.priority(), number.apply(a.code()), Math::max));
        rows.stream().filter(r -> r.code() != null && r.priority() != null)
                .forEach(r -> highest.merge(r.priority(), number.apply(r.code()), Math::max));

        Map<String, Integer> seen = new HashMap<>();
        List<PlanRow> settled = new ArrayList<>();
        for (PlanRow row : rows) {
            if (row.priority() == null || strategy.priority(row.priority()).isEmpty()) {
                refused.add(new Refusal(row.row(), "'" + row.priority() + "' is not a priority of " + strategy.id() + "."));
                continue;
            }
            String code = row.code();
            if (code == null && row.title() != null) {
                code = byTitle.get(row.priority() + "|" + titleKey(row.title()));
            }
            if (code == null) {
                code = row.priority() + "." + highest.merge(row.priority(), 1, Integer::sum);
            }
            Integer first = seen.putIfAbsent(code, row.row());
            if (first != null) {
                refused.add(new Refusal(row.row(), code + " is named twice (row " + first + " and row " + row.row()
                        + "); nothing from this row was used."));
                continue;
            }
            settled.add(row.withCode(code));
        }
        return settled;
    }

    private static String problem(PlanRow row, Action now) {
        if (now == null) {
            if (blank(row.title())) {
                return "New action " + row.code() + " has no title.";
            }
            if (row.rag() == null) {
                return "New action " + row.code() + " has no RAG status: give Red, Amber, Green or Complete.";
            }
            return null;
        }
        if (!now.priority().equals(row.priority())) {
            return row.code() + " belongs to " + now.priority() + ", not " + row.priority() + ".";
        }
        return null;
    }

    /** What the row changes, as people read it; for a new action, every value it is given. */
    static List<FieldChange> fields(Action now, PlanRow row) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "title", now == null ? null : now.title(), row.title(), PlanDiff::text);
        field(fields, "business area", now == null ? null : now.businessArea(), row.businessArea(), PlanDiff::text);
        field(fields, "owner", now == null ? null : now.owner(), row.owner(), PlanDiff::text);
        field(fields, "owner email", now == null ? null : now.ownerEmail(), row.ownerEmail(), PlanDiff::text);
        field(fields, "due date", now == null ? null : now.due(), row.due(), LocalDate::toString);
        field(fields, "RAG", now == null ? null : now.rag(), row.rag(), Rag::label);
        field(fields, "% complete", now == null ? null : now.percent(), row.percent(), p -> p + "%");
        field(fields, "latest update", now == null ? null : now.latestNote(), row.note(), PlanDiff::text);
        if (now != null && now.retired()) {
            fields.add(new FieldChange("status", "retired", "in force"));
        }
        return fields;
    }

    private static <T> void field(List<FieldChange> fields, String name, T before, T after, Function<T, String> shown) {
        if (after == null) {
            return;
        }
        String was = before == null ? null : shown.apply(before);
        String will = shown.apply(after);
        if (!Objects.equals(was == null ? null : comparable(was), comparable(will))) {
            fields.add(new FieldChange(name, was, will));
        }
    }

    /** The row's values over the action's; a new action when there is none. */
    static Action merged(Action now, PlanRow row, String strategyId, boolean sample, Instant at) {
        if (now == null) {
            return new Action(Action.id(strategyId, row.code()), strategyId, row.code(), row.priority(), row.title(),
                    row.businessArea(), row.owner(), null, row.due(), row.rag(), row.percent() == null ? 0 : row.percent(),
                    at, at, 0, sample, null, List.of(), row.ownerEmail(), text(row.note()), false);
        }
        boolean newEmail = row.ownerEmail() != null && !row.ownerEmail().equals(now.ownerEmail());
        boolean newNote = row.note() != null && !Objects.equals(comparable(row.note()),
                now.latestNote() == null ? null : comparable(now.latestNote()));
        return new Action(now.id(), strategyId, now.code(), now.priority(), or(text(row.title()), now.title()),
                or(text(row.businessArea()), now.businessArea()), or(text(row.owner()), now.owner()),
                newEmail ? null : now.ownerId(), or(row.due(), now.due()), or(row.rag(), now.rag()),
                or(row.percent(), now.percent()), now.createdAt(), at, now.version(), now.sample(), now.pending(),
                now.recent(), or(row.ownerEmail(), now.ownerEmail()), newNote ? text(row.note()) : now.note(), false);
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    /** Text as stored: trimmed, Windows line ends made plain. */
    static String text(String s) {
        return s == null ? null : s.replace("\r\n", "\n").trim();
    }

    /** Text as compared: spacing does not make a change (a spreadsheet re-saved can alter line ends and spaces). */
    static String comparable(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").trim();
    }

    /** A title as a row without a code is matched by: case does not matter either. */
    private static String titleKey(String title) {
        return comparable(title).toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
