package org.strategybot.actions;

import java.util.List;

/**
 * What an import does, or would do: the answer to a dry run, and the record of an applied one.
 *
 * @param added         new actions, each with its values
 * @param changed       actions whose values change, field by field with before and after
 * @param unchanged     codes of the actions the rows name that already are as the rows say
 * @param retired       actions taken out of the plan (retired, never deleted: their history stays)
 * @param refused       rows left out, each with its row number and why
 * @param sampleRemoved how many actions of the illustrative sample plan the import replaces: sample data is
 *                      nobody's record, so the directorate's plan takes its place rather than mixing with it
 */
public record PlanChanges(String strategyId, List<ActionChange> added, List<ActionChange> changed,
        List<String> unchanged, List<ActionChange> retired, List<Refusal> refused, int sampleRemoved) {

    public PlanChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        retired = List.copyOf(retired);
        refused = List.copyOf(refused);
    }

    /** One action's change. {@code row} is 0 for an action no row named (one retired for being missing). */
    public record ActionChange(int row, String code, String title, List<FieldChange> fields) {
        public ActionChange {
            fields = List.copyOf(fields);
        }
    }

    /** One field's value before and after, as people read them; null where there was or will be none. */
    public record FieldChange(String field, String before, String after) {
    }

    /** A row left out, and why, in words a person can act on. */
    public record Refusal(int row, String reason) {
    }

    /** Whether applying this would write anything. */
    public boolean changesNothing() {
        return added.isEmpty() && changed.isEmpty() && retired.isEmpty() && sampleRemoved == 0;
    }
}
