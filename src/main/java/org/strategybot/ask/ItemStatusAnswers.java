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
    public Optional<Answer> answer(Question q) {
        PlanReply r = new PlanReply(q, plan, suggestions);
        if (r.noPlan()) {
            return Optional.of(r.noPlanAnswer());
        }
        return Optional.of(switch (q.understanding().intent()) {
            case STATUS -> r.priorities(p -> priorityStatus(r, p));
            case ACTION_STATUS -> r.u.first(EntityKind.ACTION).isPresent() ? actions(r, a -> actionStatus(r, a))
                    : r.priorities(p -> priorityStatus(r, p));
            case ACTIONS_UNDER -> r.priorities(p -> actionsUnder(r, p));
            // the owner of an action the question names, else the lead of its priority
            case PRIORITY_LEAD -> r.u.first(EntityKind.ACTION).isPresent() ? actions(r, a -> owner(r, a))
                    : r.priorities(p -> lead(r, p));
            case LAST_UPDATE -> r.u.first(EntityKind.ACTION).isPresent() ? actions(r, a -> lastUpdate(r, a.code(), a.priority()))
                    : r.priorities(p -> lastUpdate(r, p.code(), p.code()));
            default -> r.u.first(EntityKind.ACTION).isPresent() ? actions(r, a -> actionRag(r, a)) : r.priorities(p -> priorityRag(r, p));
        });
    }

    /** An answer about each action the question names; one it names that the plan lacks is said to be missing. */
    private static Answer actions(PlanReply r, java.util.function.Function<ActionView, Answer> about) {
        List<Answer> answers = new ArrayList<>();
        for (Mention m : r.u.all(EntityKind.ACTION)) {
            Optional<ActionView> found = r.status().actions().stream().filter(a -> a.code().equalsIgnoreCase(m.key())).findFirst();
            answers.add(found.map(about).orElseGet(() -> noSuchAction(r, m.key())));
        }
        return answers.size() == 1 ? answers.get(0) : r.merge(answers);
    }

    private static Answer noSuchAction(PlanReply r, String code) {
        String priority = ItemCode.of(code).priority();
        List<String> codes = r.status().priority(priority).map(p -> p.actions().stream().map(ActionView::code).toList()).orElse(List.of());
        return r.answer(Wording.of("action.none.title"), Wording.of("action.none", code)
                + (codes.isEmpty() ? "" : " " + Wording.of("action.none.others", priority, String.join(", ", codes))), List.of());
    }

    private static Answer priorityStatus(PlanReply r, PriorityStatus p) {
        List<Line> lines = new ArrayList<>();
        lines.add(!p.overridden() ? ragLine(p.rag(), null)
                : Line.from(Wording.of("status.rag"), StatusWords.tone(p.rag()),
                        Part.plain(StatusWords.label(p.rag()) + " — " + Wording.of("status.override")), reason(p.override()),
                        Part.plain(" " + Wording.of("status.override.calculated", StatusWords.label(p.calculated())))));
        lines.add(new Line(Wording.of("status.change", r.day(r.plan.trendWindowStart())), trend(p)));
        lines.add(new Line(Wording.of("status.complete"), Wording.of("status.complete.mean", p.percent(), p.actions().size())));
        lines.add(Line.from(Wording.of("status.lead"), Tone.PLAIN,
                p.lead() == null ? Part.plain(Wording.of("status.lead.none")) : Part.name("", p.lead())));
        PriorityStatus.Counts c = p.counts();
        lines.add(new Line(Wording.of("status.actions"), Wording.of("status.counts", c.green(), c.amber(), c.red(), c.complete(),
                c.overdue(), c.stale())));
        p.overdue().forEach(a -> lines.add(new Line(Wording.of("status.overdue", a.code()), a.title() + " — due " + PlanReply.day(a.due()),
                Tone.ATTENTION)));
        p.stale().forEach(a -> lines.add(new Line(Wording.of("status.stale", a.code()), a.title() + " — last update "
                + r.day(a.lastUpdateAt()), Tone.WARNING)));
        lines.add(r.latestLine(p.latest()));
        return r.about(r.answer(Wording.of("status.title", p.code(), StatusWords.label(p.rag())), p.title(), lines),
                List.of(PlanReply.priority(p.code())), PlanReply.codes(p.actions()));
    }

    private static Answer actionStatus(PlanReply r, ActionView a) {
        List<Line> lines = new ArrayList<>();
        lines.add(ragLine(a.rag(), a.complete() ? Wording.of("status.completed") : null));
        lines.add(new Line(Wording.of("status.complete"), a.percent() + "%"));
        lines.add(Line.from(Wording.of("status.owner"), Tone.PLAIN, Part.name("", a.owner())));
        lines.add(new Line(Wording.of("status.due"), a.due() == null ? Wording.of("status.due.none")
                : PlanReply.day(a.due()) + (a.overdue() ? " — " + Wording.of("status.overdue.word") : ""),
                a.overdue() ? Tone.ATTENTION : Tone.PLAIN));
        lines.add(new Line(Wording.of("status.last"), r.day(a.lastUpdateAt()) + (a.stale() ? " — " + Wording.of("status.stale.word") : ""),
                a.stale() ? Tone.WARNING : Tone.PLAIN));
        lines.add(new Line(Wording.of("status.priority"), a.priority()));
        return r.about(r.answer(Wording.of("status.title", a.code(), StatusWords.label(a.rag())), a.title(), lines),
                List.of(new Mention(EntityKind.ACTION, a.code(), 4)), List.of());
    }

    private static Answer actionsUnder(PlanReply r, PriorityStatus p) {
        Optional<Rag> rag = r.u.first(EntityKind.RAG).map(m -> Rag.valueOf(m.key()));
        List<ActionView> listed = p.actions().stream().filter(a -> rag.isEmpty() || !a.complete() && a.rag() == rag.get()).toList();
        List<Line> lines = listed.stream()
                .map(a -> Line.from(a.code() + " " + (a.complete() ? Wording.of("status.completed.label") : StatusWords.label(a.rag())),
                        a.complete() ? Tone.GOOD : StatusWords.tone(a.rag()), Part.plain(a.title()), Part.name(" — ", a.owner()),
                        Part.plain("; " + a.percent() + "%; due " + PlanReply.day(a.due())
                                + (a.overdue() ? " (" + Wording.of("status.overdue.word") + ")" : ""))))
                .toList();
        String rated = rag.map(x -> " " + Wording.of("actions.rated", StatusWords.label(x))).orElse("");
        String text = lines.isEmpty() ? Wording.of("actions.none", rag.map(x -> StatusWords.label(x) + " ").orElse(""), p.code()) : p.title();
        return r.about(r.answer(Wording.of("actions.title", p.code()) + rated, text, lines),
                List.of(PlanReply.priority(p.code())), PlanReply.codes(listed));
    }

    private static Answer lead(PlanReply r, PriorityStatus p) {
        // the name as a line of its own, which a shared conversation leaves out
        Answer answer = p.lead() == null ? r.answer(Wording.of("lead.title", p.code()), Wording.of("lead.none", p.code()), List.of())
                : r.answer(Wording.of("lead.title", p.code()), Wording.of("lead", p.code(), p.title()),
                        List.of(Line.from(Wording.of("status.lead"), Tone.PLAIN, Part.name("", p.lead()))));
        return r.about(answer, List.of(PlanReply.priority(p.code())), List.of());
    }

    private static Answer owner(PlanReply r, ActionView a) {
        String lead = r.status().priority(a.priority()).map(PriorityStatus::lead).orElse(null);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.from(Wording.of("status.owner"), Tone.PLAIN, Part.name("", a.owner())));
        if (lead != null) {
            lines.add(Line.from(Wording.of("owner.lead", a.priority()), Tone.PLAIN, Part.name("", lead)));
        }
        return r.about(r.answer(Wording.of("owner.title", a.code()), Wording.of("owner", a.code(), a.title()), lines),
                List.of(new Mention(EntityKind.ACTION, a.code(), 4)), List.of());
    }

    /** When an item was last updated, by whom and with what: the history's newest entry. */
    private static Answer lastUpdate(PlanReply r, String code, String priority) {
        List<ProgressUpdate> latest = r.plan.history(r.strategy, code, 1);
        Mention about = ItemCode.of(code).isAction() ? new Mention(EntityKind.ACTION, code, 4) : PlanReply.priority(code);
        if (latest.isEmpty()) {
            return r.about(r.answer(Wording.of("last.title", code), Wording.of("last.none", code), List.of()), List.of(about), List.of());
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
        String text = Wording.of("last", code, r.day(up.at())) + (up.target().equals(code) ? "" : " " + Wording.of("last.on", up.target()));
        return r.about(r.answer(Wording.of("last.title", code), text, lines), List.of(about), List.of());
    }

    /**
     * Why a priority has its RAG: the lead's reason where they set it, else the roll-up rule and the open actions that
     * make it so, each with its latest note.
     */
    private static Answer priorityRag(PlanReply r, PriorityStatus p) {
        List<Line> lines = new ArrayList<>();
        String text;
        if (p.overridden()) {
            text = Wording.of("why.override", p.code(), StatusWords.label(p.rag()), StatusWords.label(p.calculated()));
            lines.add(Line.from(Wording.of("why.reason"), StatusWords.tone(p.rag()), reason(p.override())));
        } else {
            List<ActionView> drivers = p.actions().stream().filter(a -> !a.complete()
                    && (a.rag() == Rag.RED || a.overdue() || p.rag() == Rag.AMBER && a.rag() == Rag.AMBER)).toList();
            text = Wording.of(p.rag() == Rag.GREEN || drivers.isEmpty() ? "why.green" : "why.rule", p.code(), StatusWords.label(p.rag()));
            for (ActionView a : drivers) {
                List<ProgressUpdate> latest = r.plan.history(r.strategy, a.code(), 1);
                Part note = latest.isEmpty() ? Part.plain("") : Part.note(" — ", latest.get(0).note(), latest.get(0).sensitive());
                lines.add(Line.from(a.code() + " " + StatusWords.label(a.rag()) + (a.overdue() ? ", " + Wording.of("status.overdue.word") : ""),
                        StatusWords.tone(a.rag()), Part.plain(a.title()), note));
            }
        }
        return r.about(r.answer(Wording.of("why.title", p.code(), StatusWords.label(p.rag())), text, lines),
                List.of(PlanReply.priority(p.code())), PlanReply.codes(p.actions()));
    }

    private static Answer actionRag(PlanReply r, ActionView a) {
        List<ProgressUpdate> latest = r.plan.history(r.strategy, a.code(), 1);
        boolean noted = !latest.isEmpty() && latest.get(0).note() != null && !latest.get(0).note().isBlank();
        String due = a.overdue() ? " " + Wording.of("why.action.overdue", PlanReply.day(a.due())) : "";
        // the note and its author as a line, which a shared conversation leaves out
        List<Line> lines = !noted ? List.of() : List.of(Line.from(Wording.of("status.latest"), Tone.PLAIN,
                Part.plain(r.day(latest.get(0).at())), Part.note(": ", latest.get(0).note(), latest.get(0).sensitive()),
                Part.name(" — ", latest.get(0).author())));
        String text = a.title() + "." + (noted ? "" : " " + Wording.of("why.action.none")) + due;
        return r.about(r.answer(Wording.of("why.title", a.code(), StatusWords.label(a.rag())), text, lines),
                List.of(new Mention(EntityKind.ACTION, a.code(), 4)), List.of());
    }

    /** Why the lead set their RAG, which everyone sees beside it; said when they gave no reason. */
    private static Part reason(LeadOverride o) {
        return o.reason() == null || o.reason().isBlank() ? Part.plain(", " + Wording.of("status.override.unexplained"))
                : Part.note(": ", o.reason(), o.sensitive());
    }

    private static Line ragLine(Rag rag, String note) {
        return new Line(Wording.of("status.rag"), StatusWords.label(rag) + (note == null ? "" : " — " + note), StatusWords.tone(rag));
    }

    static String trend(PriorityStatus p) {
        return switch (p.trend()) {
            case UP -> Wording.of("trend.up", StatusWords.label(p.previous()));
            case DOWN -> Wording.of("trend.down", StatusWords.label(p.previous()));
            case NEW -> Wording.of("trend.new");
            case SAME -> Wording.of("trend.same");
        };
    }

    static String trendLower(PriorityStatus p) {
        return trend(p).toLowerCase(Locale.UK);
    }
}
