package org.strategybot.ask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.PlanStatus;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.UpdateView;
import org.strategybot.ask.Answer.Citation;
import org.strategybot.ask.Answer.Line;
import org.strategybot.ask.Answer.Part;
import org.strategybot.ask.Answer.Tone;
import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.Context;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Mention;
import org.strategybot.understanding.Understanding;

/**
 * What every answer about the plan's live status shares, for one question: the plan's status (read once), the
 * "no plan" answer, the sample-data notice, the citation and what the answer is remembered as being about.
 */
final class PlanReply {

    /** Teams cards stay readable, and well inside the message size limit, with lists this long. */
    static final int MAX_LINES = 12;

    final Strategy strategy;
    final Understanding understood;
    final Asker asker;
    final ActionPlan plan;
    final ZoneId zone;
    private final Suggestions suggestions;
    private PlanStatus status;

    PlanReply(Question question, ActionPlan plan, Suggestions suggestions) {
        this.strategy = question.strategy();
        this.understood = question.understanding();
        this.asker = question.asker();
        this.plan = plan;
        this.suggestions = suggestions;
        this.zone = plan.zone();
    }

    PlanStatus status() {
        if (status == null) {
            status = plan.status(strategy);
        }
        return status;
    }

    boolean noPlan() {
        return status().priorities().stream().allMatch(p -> p.actions().isEmpty());
    }

    Answer noPlanAnswer() {
        return new Answer(understood.intent(), Wording.of("plan.none.title"), Wording.of("plan.none", strategy.title()),
                List.of(), null, suggestions.forStrategy(strategy));
    }

    /** An answer about each priority the question names, or the plan-wide "no plan" answer. */
    Answer priorities(Function<PriorityStatus, Answer> about) {
        if (noPlan()) {
            return noPlanAnswer();
        }
        List<Answer> answers = understood.all(EntityKind.PRIORITY).stream()
                .flatMap(m -> status().priority(m.key()).stream()).map(about).toList();
        return answers.size() == 1 ? answers.get(0) : merge(answers);
    }

    /** Several answers as one ("how are they doing?" about a list), remembered as about all their items. */
    Answer merge(List<Answer> answers) {
        List<Line> lines = new ArrayList<>();
        List<Mention> about = new ArrayList<>();
        answers.forEach(a -> {
            lines.add(new Line(a.title(), a.text()));
            lines.addAll(a.lines());
            if (a.context() != null) {
                about.addAll(a.context().about());
            }
        });
        return answer(answers.stream().map(Answer::title).collect(Collectors.joining("; ")), null, lines)
                .withContext(new Context(understood.intent(), about, about));
    }

    /** Whether an action is in the items a question is narrowed to ("which of those are overdue?"); all when none. */
    boolean inScope(ActionView action) {
        if (understood.scope().isEmpty()) {
            return true;
        }
        return understood.scope().stream().anyMatch(m -> m.kind() == EntityKind.ACTION ? m.key().equalsIgnoreCase(action.code())
                : m.kind() == EntityKind.PRIORITY && m.key().equalsIgnoreCase(action.priority()));
    }

    boolean inScope(PriorityStatus priority) {
        return understood.scope().isEmpty() || understood.scope().stream().anyMatch(m -> m.kind() == EntityKind.PRIORITY && m.key().equalsIgnoreCase(priority.code()));
    }

    /** The answer, its lists capped, cited to the action plan, and marked when the plan is a sample. */
    Answer answer(String title, String text, List<Line> lines) {
        boolean sample = status().sample();
        List<Line> all = new ArrayList<>(lines.size() > MAX_LINES * 2 ? lines.subList(0, MAX_LINES * 2) : lines);
        if (lines.size() > MAX_LINES * 2) {
            all.add(Line.of(Wording.of("list.more", lines.size() - MAX_LINES * 2)));
        }
        String document = sample ? Wording.of("plan.sample.document") : Wording.of("plan.document");
        Answer answer = new Answer(understood.intent(), sample ? title + " " + Wording.of("plan.sample.suffix") : title, text, all,
                new Citation(strategy.title(), document, null), suggestions.after(strategy, understood.intent()));
        return sample ? answer.withNotice(sampleNotice(status().note())) : answer;
    }

    /** The sample-data caveat: one line on a card, the plan file's own note behind a button. */
    static Answer.Notice sampleNotice(String note) {
        return new Answer.Notice(Wording.of("plan.sample.line"), Wording.of("plan.sample.button"),
                note == null ? Wording.of("plan.sample.details") : note);
    }

    /** Remembers an answer as about these items, having shown those. */
    Answer about(Answer answer, List<Mention> about, List<Mention> shown) {
        return answer.withContext(new Context(understood.intent(), about, shown));
    }

    static List<Mention> codes(List<ActionView> actions) {
        return actions.stream().map(a -> new Mention(EntityKind.ACTION, a.code(), 4)).toList();
    }

    static Mention priority(String code) {
        return new Mention(EntityKind.PRIORITY, code, 3);
    }

    Line latestLine(UpdateView latest) {
        return latest == null ? new Line(Wording.of("status.latest"), Wording.of("status.latest.none"))
                : Line.from(Wording.of("status.latest"), Tone.PLAIN, Part.plain(latest.target() + ", " + day(latest.at())),
                        Part.note(": ", latest.note(), latest.sensitive()), Part.name(" — ", latest.author()));
    }

    String day(Instant at) {
        return StatusWords.day(at, zone);
    }

    static String day(LocalDate date) {
        return StatusWords.day(date);
    }

    boolean isAsker(String person) {
        return person != null && (person.equalsIgnoreCase(asker.person().name())
                || person.equalsIgnoreCase(asker.person().aadObjectId()));
    }
}
