package org.strategybot.actions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The whole plan's status at one moment.
 *
 * @param sample true when any of it is illustrative sample data
 * @param note   what the plan file says about itself (for sample data, where it came from)
 */
public record PlanStatus(String strategyId, boolean sample, String note, List<PriorityStatus> priorities, Instant at) {

    public PlanStatus {
        priorities = List.copyOf(priorities);
    }

    public Optional<PriorityStatus> priority(String code) {
        return priorities.stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
    }

    public List<ActionView> actions() {
        return priorities.stream().flatMap(p -> p.actions().stream()).toList();
    }
}
