package org.strategybot.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.strategybot.actions.ActionPlan;
import org.strategybot.ask.Answer.Citation;
import org.strategybot.ask.Answer.Line;
import org.strategybot.search.Synonyms;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.Strategy.Cited;
import org.strategybot.strategy.Strategy.Named;
import org.strategybot.strategy.Strategy.Section;
import org.strategybot.understanding.Context;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.Mention;
import org.strategybot.understanding.Understanding;

/** Answers drawn from the content of one strategy, quoting its wording and naming where it comes from. */
final class StrategyAnswers implements Handler {

    private static final Set<Intent> INTENTS = EnumSet.of(Intent.VISION, Intent.MISSION, Intent.STRATEGY_STATEMENT,
            Intent.VALUES, Intent.VALUE, Intent.BUSINESS_AREAS, Intent.BUSINESS_AREA, Intent.PRINCIPLES, Intent.PRINCIPLE,
            Intent.PRACTICE, Intent.PRIORITIES, Intent.PRIORITY, Intent.PRIORITY_FOR_TOPIC, Intent.COHORTS, Intent.COHORT,
            Intent.GOVERNANCE, Intent.SUCCESSES, Intent.LEGISLATION, Intent.PERIOD, Intent.OVERVIEW);

    private final Suggestions suggestions;
    private final ActionPlan plan;
    private final Synonyms synonyms;

    StrategyAnswers(Suggestions suggestions, ActionPlan plan, Synonyms synonyms) {
        this.suggestions = suggestions;
        this.plan = plan;
        this.synonyms = synonyms;
    }

    @Override
    public Set<Intent> intents() {
        return INTENTS;
    }

    @Override
    public Optional<Answer> answer(Question question) {
        return Optional.of(new Reply(question.strategy(), question.understanding()).answer());
    }

    /** "What is SP9?": the strategy's priorities, rather than a guess. */
    Answer noSuchPriority(Question question) {
        return new Reply(question.strategy(), question.understanding()).noSuchPriority();
    }

    /** One question's answer. */
    private final class Reply {

        private final Strategy strategy;
        private final Understanding understood;

        Reply(Strategy strategy, Understanding understanding) {
            this.strategy = strategy;
            this.understood = understanding;
        }

        Answer answer() {
            return switch (understood.intent()) {
                case VISION -> statement("Our vision", strategy.vision(), "vision");
                case MISSION -> strategy.mission() != null ? statement("Our mission", strategy.mission(), "mission") : businessAreas();
                case STRATEGY_STATEMENT -> strategy.strategy() != null ? statement("Our strategy", strategy.strategy(), "primary strategy")
                        : overview();
                case VALUES -> shown(list("Our values", strategy.values(), "values", v -> new Line(v.name(), v.meaning())),
                        EntityKind.VALUE, strategy.values());
                case VALUE -> one(EntityKind.VALUE, strategy.values(), v -> answer("“" + v.name() + "”", v.meaning(), List.of(), strategy.values()));
                case BUSINESS_AREAS -> businessAreas();
                case BUSINESS_AREA -> one(EntityKind.BUSINESS_AREA, strategy.businessAreas(),
                        a -> answer(a.name() + ": our mission", null, a.mission().stream().map(Line::of).toList(), strategy.businessAreas()));
                case PRINCIPLES -> shown(list("The principles which have shaped our strategy", strategy.principles(), "principles",
                        p -> new Line(p.name(), p.description())), EntityKind.PRINCIPLE, strategy.principles());
                case PRINCIPLE -> one(EntityKind.PRINCIPLE, strategy.principles(), p -> answer(p.name(), p.description(), List.of(), strategy.principles()));
                case PRACTICE -> list("Our ways of working", strategy.practice(), "ways of working", i -> Line.of(i.text()));
                case PRIORITIES -> priorities("Our strategic priorities", strategy.priorities() == null ? List.of() : strategy.priorities().items());
                case PRIORITY -> priorities(null, understood.all(EntityKind.PRIORITY).stream()
                        .flatMap(m -> strategy.priority(m.key()).stream()).toList());
                case PRIORITY_FOR_TOPIC -> priorityForTopic();
                case COHORTS -> cohorts();
                case COHORT -> cohort();
                case GOVERNANCE -> governance();
                case SUCCESSES -> list("Key delivery successes to date", strategy.successes(), "delivery successes", i -> Line.of(i.text()));
                case LEGISLATION -> list("The legislation the strategy rests on", strategy.legislation(), "legislation", i -> Line.of(i.text()));
                case PERIOD -> strategy.period() == null ? missing("the period it covers")
                        : answer("The period the strategy covers", strategy.title() + " covers " + strategy.period().text() + ".", List.of(), strategy.period());
                case OVERVIEW -> overview();
                default -> throw new IllegalArgumentException(understood.intent() + " is not about the strategy's content");
            };
        }

        private Answer statement(String title, Strategy.Statement statement, String what) {
            return statement == null ? missing(what) : answer(title, statement.text(), List.of(), statement);
        }

        private <T> Answer list(String title, Section<T> section, String what, Function<T, Line> line) {
            if (section == null || section.isEmpty()) {
                return missing(what);
            }
            return answer(title, section.intro(), section.items().stream().map(line).toList(), section);
        }

        private <T extends Named> Answer one(EntityKind kind, Section<T> section, Function<T, Answer> answer) {
            Mention named = understood.first(kind).orElseThrow();
            return section.items().stream().filter(i -> i.name().equals(named.key())).findFirst().map(answer).orElseThrow()
                    .withContext(new Context(understood.intent(), List.of(named), List.of()));
        }

        /** A list answer, remembered as showing its items in order, for "the second one" and "those". */
        private <T extends Named> Answer shown(Answer answer, EntityKind kind, Section<T> section) {
            return section == null ? answer : answer.withContext(new Context(understood.intent(), List.of(),
                    section.items().stream().map(i -> new Mention(kind, i.name(), 1)).toList()));
        }

        private Answer businessAreas() {
            Section<Strategy.BusinessArea> areas = strategy.businessAreas();
            if (areas == null || areas.isEmpty()) {
                return missing("business areas or missions");
            }
            List<Line> lines = areas.items().stream()
                    .map(a -> new Line(a.name(), String.join("; ", a.mission()))).toList();
            return shown(answer("Our business areas and their missions", areas.intro(), lines, areas), EntityKind.BUSINESS_AREA, areas);
        }

        private Answer priorities(String title, List<Strategy.Priority> priorities) {
            if (strategy.priorities() == null || strategy.priorities().isEmpty()) {
                return missing("strategic priorities");
            }
            List<Line> lines = priorities.stream().map(p -> new Line(p.code(), p.title())).toList();
            List<Mention> codes = priorities.stream().map(p -> new Mention(EntityKind.PRIORITY, p.code(), 3)).toList();
            if (title == null && lines.size() == 1) {
                Strategy.Priority p = priorities.get(0);
                return answer(p.code(), p.title(), List.of(), strategy.priorities()).withContext(new Context(understood.intent(), codes, List.of()));
            }
            return answer(title == null ? "Strategic priorities" : title, null, lines, strategy.priorities())
                    .withContext(new Context(understood.intent(), title == null ? codes : List.of(), codes));
        }

        private Answer priorityForTopic() {
            List<Mention> topics = understood.all(EntityKind.TOPIC);
            if (topics.isEmpty()) {
                return priorityFor(understood.subject());
            }
            int strongest = topics.get(0).strength();
            List<Line> lines = topics.stream().filter(t -> t.strength() == strongest)
                    .flatMap(t -> strategy.priority(t.key()).stream()).map(p -> new Line(p.code(), p.title())).toList();
            String title = lines.size() == 1 ? "That sits under " + lines.get(0).label() : "That sits under these priorities";
            List<Mention> codes = lines.stream().map(l -> new Mention(EntityKind.PRIORITY, l.label(), 3)).toList();
            return answer(title, null, lines, strategy.priorities()).withContext(new Context(Intent.PRIORITY, codes, codes));
        }

        /**
         * "Which priority covers SEND?" with no topic of the strategy named: the priorities whose own words or whose
         * actions' titles speak of what was asked, in its words or a synonym's ("care leavers" of corporate
         * parenting), each with the actions that do.
         */
        private Answer priorityFor(String asked) {
            Map<String, List<String>> found = new PriorityTopics(synonyms, strategy, plan.status(strategy).actions())
                    .speakingOf(asked);
            List<Line> lines = new ArrayList<>();
            found.forEach((code, actions) -> strategy.priority(code).ifPresent(p -> {
                lines.add(new Line(p.code(), p.title()));
                actions.forEach(a -> lines.add(Line.of(a)));
            }));
            List<Mention> codes = found.keySet().stream().map(c -> new Mention(EntityKind.PRIORITY, c, 3)).toList();
            if (lines.isEmpty()) {
                return new Answer(Intent.PRIORITY_FOR_TOPIC, Wording.of("priority.for.none.title"), Wording.of("priority.for.none", asked),
                        List.of(), null, suggestions.forStrategy(strategy));
            }
            String title = codes.size() == 1 ? "That sits under " + codes.get(0).key() : "That sits under these priorities";
            return answer(title, Wording.of("priority.for.found", asked), lines, strategy.priorities())
                    .withContext(new Context(Intent.PRIORITY, codes, codes));
        }

        private Answer noSuchPriority() {
            List<String> codes = strategy.priorities() == null ? List.of()
                    : strategy.priorities().items().stream().map(Strategy.Priority::code).toList();
            String text = codes.isEmpty() ? strategy.title() + " has no strategic priorities."
                    : "There is no " + understood.unknownPriority() + " in " + strategy.title() + ". Its strategic priorities are "
                            + String.join(", ", codes) + ".";
            return new Answer(Intent.PRIORITY, "No such priority", text, List.of(), null, suggestions.forStrategy(strategy))
                    .as(Answer.Kind.NO_SUCH_ITEM);
        }

        private Answer cohorts() {
            Section<Strategy.Cohort> cohorts = strategy.cohorts();
            if (cohorts == null || cohorts.isEmpty()) {
                return missing("the groups of children and young people it focuses on");
            }
            List<Line> lines = cohorts.items().stream().map(c -> Line.of(c.text())).toList();
            List<String> asked = understood.otherWords();
            if (understood.yesNoQuestion() && !asked.isEmpty()) {
                String text = "I can't find “" + String.join(" ", asked) + "” among the groups the strategy names. "
                        + (cohorts.intro() == null ? "" : cohorts.intro());
                return answer("Not one of the named focus groups", text, lines, cohorts);
            }
            return answer("The children and young people the strategy focuses on", cohorts.intro(), lines, cohorts);
        }

        private Answer cohort() {
            Section<Strategy.Cohort> cohorts = strategy.cohorts();
            String name = understood.first(EntityKind.COHORT).map(Mention::key).orElseThrow();
            int number = 1 + cohorts.items().stream().map(Strategy.Cohort::text).toList().indexOf(name);
            String text = "Yes. The strategy focuses on improving outcomes for children and young people who: “" + name
                    + "” (number " + number + " of " + cohorts.items().size() + " groups).";
            return answer("A focus group of the strategy", text, List.of(), cohorts);
        }

        private Answer governance() {
            Section<Strategy.GovernanceBody> governance = strategy.governance();
            if (governance == null || governance.isEmpty()) {
                return missing("governance arrangements");
            }
            Optional<Mention> body = understood.first(EntityKind.GOVERNANCE_BODY);
            List<Line> lines = governance.items().stream()
                    .filter(b -> body.isEmpty() || b.name().equals(body.get().key()))
                    .map(b -> new Line(b.name(), b.role())).toList();
            Answer answer = answer(body.map(Mention::key).orElse("Governance: who oversees delivery"), governance.intro(), lines, governance);
            return body.isPresent() ? answer.withContext(new Context(understood.intent(), List.of(body.get()), List.of()))
                    : shown(answer, EntityKind.GOVERNANCE_BODY, governance);
        }

        private Answer overview() {
            List<Line> lines = new ArrayList<>();
            if (strategy.period() != null) {
                lines.add(new Line("Period", strategy.period().text()));
            }
            if (strategy.vision() != null) {
                lines.add(new Line("Vision", strategy.vision().text()));
            }
            if (strategy.mission() != null) {
                lines.add(new Line("Mission", strategy.mission().text()));
            }
            if (strategy.priorities() != null) {
                strategy.priorities().items().forEach(p -> lines.add(new Line(p.code(), p.title())));
            }
            String organisation = strategy.directorate() == null ? strategy.organisation() : strategy.organisation() + ", " + strategy.directorate();
            return new Answer(understood.intent(), strategy.title(), organisation, lines, new Citation(strategy.title(), strategy.title(), null),
                    suggestions.forStrategy(strategy));
        }

        private Answer missing(String what) {
            return new Answer(understood.intent(), "Not in this strategy",
                    strategy.title() + " (" + strategy.organisation() + ") does not set out " + what + ".", List.of(), null,
                    suggestions.forStrategy(strategy));
        }

        private Answer answer(String title, String text, List<Line> lines, Cited from) {
            String document = strategy.source(from.source()).map(Strategy.Source::title).orElse(strategy.title());
            return new Answer(understood.intent(), strategy.sample() ? title + " (sample data)" : title, text, lines,
                    new Citation(strategy.title(), document, from.section()), suggestions.after(strategy, understood.intent()));
        }
    }
}
