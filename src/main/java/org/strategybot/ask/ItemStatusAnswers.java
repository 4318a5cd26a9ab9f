package org.strategybot.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.ItemCode;
import org.strategybot.actions.LeadOverride;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.ask.Answer.Line;
import org.strategybot.ask.Answer.Part;
import org.strategybot.ask.Answer.Tone;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.Mention;

/**
 * Answers about one priority or action of the plan (or each of several): its status, its actions, who leads or
 * owns it, when it was last updated and why it has its RAG.
 */
final class ItemStatusAnswers implements Handler {

    private final ActionPlan plan;
    private final Suggestions suggestions;

    ItemStatusAnswers(ActionPlan plan, Suggestions suggestions) {
        this.plan = plan;
        this.suggestions = suggestions;
    }

    @Override
    public Set<Intent> intents() {
        return EnumSet.of(Intent.STATUS, Intent.ACTION_STATUS, Intent.ACTIONS_UNDER, Intent.PRIORITY_LEAD,
                Intent.LAST_UPDATE, Intent.RAG_REASON);
    }

    @Override
    public Optional<Answer> answer(Question question) {
        PlanReply reply = new PlanReply(question, plan, suggestions);
        if (reply.noPlan()) {
            return Optional.of(reply.noPlanAnswer());
        }
        return Optional.of(switch (question.understanding().intent()) {
            case STATUS -> reply.priorities(p -> priorityStatus(reply, p));
            case ACTION_STATUS -> reply.understood.first(EntityKind.ACTION).isPresent() ? actions(reply, a -> actionStatus(reply, a))
                    : reply.priorities(p -> priorityStatus(reply, p));
            case ACTIONS_UNDER -> reply.priorities(p -> actionsUnder(reply, p));
            // the owner of an action the question names, else the lead of its priority
            case PRIORITY_LEAD -> reply.understood.first(EntityKind.ACTION).isPresent() ? actions(reply, a -> owner(reply, a))
                    : reply.priorities(p -> lead(reply, p));
            case LAST_UPDATE -> reply.understood.first(EntityKind.ACTION).isPresent() ? actions(reply, a -> lastUpdate(reply, a.code(), a.priority()))
                    : reply.priorities(p -> lastUpdate(reply, p.code(), p.code()));
            default -> reply.understood.first(EntityKind.ACTION).isPresent() ? actions(reply, a -> actionRag(reply, a)) : reply.priorities(p -> priorityRag(reply, p));
        });
    }

    /** An answer about each action the question names; one it names that the plan lacks is said to be missing. */
    private static Answer actions(PlanReply reply, java.util.function.Function<ActionView, Answer> about) {
        List<Answer> answers = new ArrayList<>();
        for (Mention m : reply.understood.all(EntityKind.ACTION)) {
            Optional<ActionView> found = reply.status().actions().stream().filter(a -> a.code().equalsIgnoreCase(m.key())).findFirst();
            answers.add(found.map(about).orElseGet(() -> noSuchAction(reply, m.key())));
        }
        return answers.size() == 1 ? answers.get(0) : reply.merge(answers);
    }

    private static Answer noSuchAction(PlanReply reply, String code) {
        String priority = ItemCode.of(code).priority();
        List<String> codes = reply.status().priority(priority).map(p -> p.actions().stream().map(ActionView::code).toList()).orElse(List.of());
        return reply.answer(Wording.of("action.none.title"), Wording.of("action.none", code)
                + (codes.isEmpty() ? "" : " " + Wording.of("action.none.others", priority, String.join(", ", codes))), List.of());
    }

    private static Answer priorityStatus(PlanReply reply, PriorityStatus priority) {
        List<Line> lines = new ArrayList<>();
        lines.add(!priority.overridden() ? ragLine(priority.rag(), null)
                : Line.from(Wording.of("status.rag"), StatusWords.tone(priority.rag()),
                        Part.plain(StatusWords.label(priority.rag()) + " — " + Wording.of("status.override")), reason(priority.override()),
                        Part.plain(" " + Wording.of("status.override.calculated", StatusWords.label(priority.calculated())))));
        lines.add(new Line(Wording.of("status.change", reply.day(reply.plan.trendWindowStart())), trend(priority)));
        lines.add(new Line(Wording.of("status.complete"), Wording.of("status.complete.mean", priority.percent(), priority.actions().size())));
        lines.add(Line.from(Wording.of("status.lead"), Tone.PLAIN,
                priority.lead() == null ? Part.plain(Wording.of("status.lead.none")) : Part.name("", priority.lead())));
        PriorityStatus.Counts c = priority.counts();
        lines.add(new Line(Wording.of("status.actions"), Wording.of("status.counts", c.green(), c.amber(), c.red(), c.complete(),
                c.overdue(), c.stale())));
        priority.overdue().forEach(a -> lines.add(new Line(Wording.of("status.overdue", a.code()), a.title() + " — due " + PlanReply.day(a.due()),
                Tone.ATTENTION)));
        priority.stale().forEach(a -> lines.add(new Line(Wording.of("status.stale", a.code()), a.title() + " — last update "
                + reply.day(a.lastUpdateAt()), Tone.WARNING)));
        lines.add(reply.latestLine(priority.latest()));
        return reply.about(reply.answer(Wording.of("status.title", priority.code(), StatusWords.label(priority.rag())), priority.title(), lines),
                List.of(PlanReply.priority(priority.code())), PlanReply.codes(priority.actions()));
    }

    private static Answer actionStatus(PlanReply reply, ActionView action) {
        List<Line> lines = new ArrayList<>();
        lines.add(ragLine(action.rag(), action.complete() ? Wording.of("status.completed") : null));
        lines.add(new Line(Wording.of("status.complete"), action.percent() + "%"));
        lines.add(Line.from(Wording.of("status.owner"), Tone.PLAIN, Part.name("", action.owner())));
        lines.add(new Line(Wording.of("status.due"), action.due() == null ? Wording.of("status.due.none")
                : PlanReply.day(action.due()) + (action.overdue() ? " — " + Wording.of("status.overdue.word") : ""),
                action.overdue() ? Tone.ATTENTION : Tone.PLAIN));
        lines.add(new Line(Wording.of("status.last"), reply.day(action.lastUpdateAt()) + (action.stale() ? " — " + Wording.of("status.stale.word") : ""),
                action.stale() ? Tone.WARNING : Tone.PLAIN));
        lines.add(new Line(Wording.of("status.priority"), action.priority()));
        return reply.about(reply.answer(Wording.of("status.title", action.code(), StatusWords.label(action.rag())), action.title(), lines),
                List.of(new Mention(EntityKind.ACTION, action.code(), 4)), List.of());
    }

    private static Answer actionsUnder(PlanReply reply, PriorityStatus priority) {
        Optional<Rag> rag = reply.understood.first(EntityKind.RAG).map(m -> Rag.valueOf(m.key()));
        List<ActionView> listed = priority.actions().stream().filter(a -> rag.isEmpty() || !a.complete() && a.rag() == rag.get()).toList();
        List<Line> lines = listed.stream()
                .map(a -> Line.from(a.code() + " " + (a.complete() ? Wording.of("status.completed.label") : StatusWords.label(a.rag())),
                        a.complete() ? Tone.GOOD : StatusWords.tone(a.rag()), Part.plain(a.title()), Part.name(" — ", a.owner()),
                        Part.plain("; " + a.percent() + "%; due " + PlanReply.day(a.due())
                                + (a.overdue() ? " (" + Wording.of("status.overdue.word") + ")" : ""))))
                .toList();
        String rated = rag.map(x -> " " + Wording.of("actions.rated", StatusWords.label(x))).orElse("");
        String text = lines.isEmpty() ? Wording.of("actions.none", rag.map(x -> StatusWords.label(x) + " ").orElse(""), priority.code()) : priority.title();
        return reply.about(reply.answer(Wording.of("actions.title", priority.code()) + rated, text, lines),
                List.of(PlanReply.priority(priority.code())), PlanReply.codes(listed));
    }

    private static Answer lead(PlanReply reply, PriorityStatus priority) {
        // the name as a line of its own, which a shared conversation leaves out
        Answer answer = priority.lead() == null ? reply.answer(Wording.of("lead.title", priority.code()), Wording.of("lead.none", priority.code()), List.of())
                : reply.answer(Wording.of("lead.title", priority.code()), Wording.of("lead", priority.code(), priority.title()),
                        List.of(Line.from(Wording.of("status.lead"), Tone.PLAIN, Part.name("", priority.lead()))));
        return reply.about(answer, List.of(PlanReply.priority(priority.code())), List.of());
    }

    private static Answer owner(PlanReply reply, ActionView action) {
        String lead = reply.status().priority(action.priority()).map(PriorityStatus::lead).orElse(null);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.from(Wording.of("status.owner"), Tone.PLAIN, Part.name("", action.owner())));
        if (lead != null) {
            lines.add(Line.from(Wording.of("owner.lead", action.priority()), Tone.PLAIN, Part.name("", lead)));
        }
        return reply.about(reply.answer(Wording.of("owner.title", action.code()), Wording.of("owner", action.code(), action.title()), lines),
                List.of(new Mention(EntityKind.ACTION, action.code(), 4)), List.of());
    }

    /** When an item was last updated, by whom and with what: the history's newest entry. */
    private static Answer lastUpdate(PlanReply reply, String code, String priority) {
        List<ProgressUpdate> latest = reply.plan.history(reply.strategy, code, 1);
        Mention about = ItemCode.of(code).isAction() ? new Mention(EntityKind.ACTION, code, 4) : PlanReply.priority(code);
        if (latest.isEmpty()) {
            return reply.about(reply.answer(Wording.of("last.title", code), Wording.of("last.none", code), List.of()), List.of(about), List.of());
        }
        ProgressUpdate up = latest.get(0);
        List<Line> lines = new ArrayList<>();
        String change = UpdateAnswers.change(up);
        if (!change.isEmpty()) {
            lines.add(new Line(Wording.of("last.change"), change, up.changedRag() ? StatusWords.tone(up.after().rag()) : Tone.PLAIN));
        }
        if (up.note() != null && !up.note().isBlank()) {
            lines.add(Line.from(Wording.of("last.note"), Tone.PLAIN, Part.note("", up.note(), up.sensitive())));
        }
        lines.add(Line.from(Wording.of("last.by"), Tone.PLAIN, Part.name("", up.author())));
        String text = Wording.of("last", code, reply.day(up.at())) + (up.target().equals(code) ? "" : " " + Wording.of("last.on", up.target()));
        return reply.about(reply.answer(Wording.of("last.title", code), text, lines), List.of(about), List.of());
    }

    /**
     * Why a priority has its RAG: the lead's reason where they set it, else the roll-up rule and the open actions that
     * make it so, each with its latest note.
     */
    private static Answer priorityRag(PlanReply reply, PriorityStatus priority) {
        List<Line> lines = new ArrayList<>();
        String text;
        if (priority.overridden()) {
            text = Wording.of("why.override", priority.code(), StatusWords.label(priority.rag()), StatusWords.label(priority.calculated()));
            lines.add(Line.from(Wording.of("why.reason"), StatusWords.tone(priority.rag()), reason(priority.override())));
        } else {
            List<ActionView> drivers = priority.actions().stream().filter(a -> !a.complete()
                    && (a.rag() == Rag.RED || a.overdue() || priority.rag() == Rag.AMBER && a.rag() == Rag.AMBER)).toList();
            text = Wording.of(priority.rag() == Rag.GREEN || drivers.isEmpty() ? "why.green" : "why.rule", priority.code(), StatusWords.label(priority.rag()));
            for (ActionView a : drivers) {
                List<ProgressUpdate> latest = reply.plan.history(reply.strategy, a.code(), 1);
                Part note = latest.isEmpty() ? Part.plain("") : Part.note(" — ", latest.get(0).note(), latest.get(0).sensitive());
                lines.add(Line.from(a.code() + " " + StatusWords.label(a.rag()) + (a.overdue() ? ", " + Wording.of("status.overdue.word") : ""),
                        StatusWords.tone(a.rag()), Part.plain(a.title()), note));
            }
        }
        return reply.about(reply.answer(Wording.of("why.title", priority.code(), StatusWords.label(priority.rag())), text, lines),
                List.of(PlanReply.priority(priority.code())), PlanReply.codes(priority.actions()));
    }

    private static Answer actionRag(PlanReply reply, ActionView action) {
        List<ProgressUpdate> latest = reply.plan.history(reply.strategy, action.code(), 1);
        boolean noted = !latest.isEmpty() && latest.get(0).note() != null && !latest.get(0).note().isBlank();
        String due = action.overdue() ? " " + Wording.of("why.action.overdue", PlanReply.day(action.due())) : "";
        // the note and its author as action line, which action shared conversation leaves out
        List<Line> lines = !noted ? List.of() : List.of(Line.from(Wording.of("status.latest"), Tone.PLAIN,
                Part.plain(reply.day(latest.get(0).at())), Part.note(": ", latest.get(0).note(), latest.get(0).sensitive()),
                Part.name(" — ", latest.get(0).author())));
        String text = action.title() + "." + (noted ? "" : " " + Wording.of("why.action.none")) + due;
        return reply.about(reply.answer(Wording.of("why.title", action.code(), StatusWords.label(action.rag())), text, lines),
                List.of(new Mention(EntityKind.ACTION, action.code(), 4)), List.of());
    }

    /** Why the lead set their RAG, which everyone sees beside it; said when they gave no reason. */
    private static Part reason(LeadOverride override) {
        return override.reason() == null || override.reason().isBlank() ? Part.plain(", " + Wording.of("status.override.unexplained"))
                : Part.note(": ", override.reason(), override.sensitive());
    }

    private static Line ragLine(Rag rag, String note) {
        return new Line(Wording.of("status.rag"), StatusWords.label(rag) + (note == null ? "" : " — " + note), StatusWords.tone(rag));
    }

    static String trend(PriorityStatus priority) {
        return switch (priority.trend()) {
            case UP -> Wording.of("trend.up", StatusWords.label(priority.previous()));
            case DOWN -> Wording.of("trend.down", StatusWords.label(priority.previous()));
            case NEW -> Wording.of("trend.new");
            case SAME -> Wording.of("trend.same");
        };
    }

    static String trendLower(PriorityStatus priority) {
        return trend(priority).toLowerCase(Locale.UK);
    }
}
