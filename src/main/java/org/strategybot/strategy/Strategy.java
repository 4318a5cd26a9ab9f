package org.strategybot.strategy;

import java.util.List;
import java.util.Optional;

/**
 * One directorate's strategy, as transcribed in a strategy file (see docs/strategy-format.md).
 * Every block but the identity is optional: an organisation publishes what it publishes.
 */
public record Strategy(
        String id,
        int revision,
        String organisation,
        String directorate,
        String title,
        boolean sample,
        List<Source> sources,
        Period period,
        Statement vision,
        Statement mission,
        Statement strategy,
        Section<Value> values,
        Section<BusinessArea> businessAreas,
        Section<Principle> principles,
        Section<Priority> priorities,
        Section<Cohort> cohorts,
        Section<GovernanceBody> governance,
        Section<Item> successes,
        Section<Item> legislation,
        Section<Item> practice) {

    public Strategy {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A source document the wording is quoted from. */
    public record Source(String id, String title, String file, String date) {
    }

    /** The years a strategy covers, with the printed wording. */
    public record Period(String text, Integer from, Integer to, String source, String section) implements Cited {
    }

    /** One quoted paragraph, such as a vision or a mission. */
    public record Statement(String text, String source, String section) implements Cited {
    }

    /** A heading's worth of items with the sentence that introduces them. */
    public record Section<T>(String source, String section, String intro, List<T> items) implements Cited {
        public Section {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean isEmpty() {
            return items.isEmpty();
        }
    }

    /** Anything that can say which document and heading it was quoted from. */
    public interface Cited {
        String source();

        String section();
    }

    public record Value(String name, String meaning, List<String> aliases) implements Named {
    }

    public record BusinessArea(String name, List<String> mission, List<String> aliases) implements Named {
        public BusinessArea {
            mission = mission == null ? List.of() : List.copyOf(mission);
        }
    }

    public record Principle(String name, String description, List<String> aliases) implements Named {
    }

    public record Priority(String code, String title, List<String> topics) {
        public Priority {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    public record Cohort(String text, List<String> aliases) implements Named {
        @Override
        public String name() {
            return text;
        }
    }

    public record GovernanceBody(String name, String role, List<String> aliases) implements Named {
    }

    public record Item(String text) {
    }

    /** An item people refer to by its name or by one of its aliases. */
    public interface Named {
        String name();

        List<String> aliases();
    }

    /** This strategy as another revision. */
    public Strategy withRevision(int next) {
        return new Strategy(id, next, organisation, directorate, title, sample, sources, period, vision, mission,
                strategy, values, businessAreas, principles, priorities, cohorts, governance, successes, legislation, practice);
    }

    /** This strategy with other priorities. */
    public Strategy withPriorities(List<Priority> items) {
        Section<Priority> p = priorities == null ? new Section<>(null, null, null, items)
                : new Section<>(priorities.source(), priorities.section(), priorities.intro(), items);
        return new Strategy(id, revision, organisation, directorate, title, sample, sources, period, vision, mission,
                strategy, values, businessAreas, principles, p, cohorts, governance, successes, legislation, practice);
    }

    /** The same statements as the next period: a new id, title and years, revision 1, and its own data, not sample. */
    public Strategy asPeriod(String nextId, String nextTitle, int from, int to) {
        Period years = new Period(from + "-" + to, from, to, period == null ? null : period.source(),
                period == null ? null : period.section());
        return new Strategy(nextId, 1, organisation, directorate, nextTitle, false, sources, years, vision, mission,
                strategy, values, businessAreas, principles, priorities, cohorts, governance, successes, legislation, practice);
    }

    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    public Optional<Priority> priority(String code) {
        return priorities == null ? Optional.empty()
                : priorities.items().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
    }
}
