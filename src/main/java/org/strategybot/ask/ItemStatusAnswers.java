package org.strategybot.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.ask.Answer.Line;
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
        String priority = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
        List<String> codes = r.status().priority(priority).map(p -> p.actions().stream().map(ActionView::code).toList()).orElse(List.of());
        return r.answer(Wording.of("action.none.title"), Wording.of("action.none", code)
                + (codes.isEmpty() ? "" : " " + Wording.of("action.none.others", priority, String.join(", ", codes))), List.of());
    }

    private static Answer priorityStatus(PlanReply r, PriorityStatus p) {
        List<Line> lines = new ArrayList<>();
        lines.add(ragLine(p.rag(), p.override() == null ? null
                : Wording.of("status.override", p.override().reason(), StatusWords.label(p.calculated()))));
        lines.add(new Line(Wording.of("status.change", r.day(r.plan.trendWindowStart())), trend(p)));
        lines.add(new Line(Wording.of("status.complete"), Wording.of("status.complete.mean", p.percent(), p.actions().size())));
        lines.add(new Line(Wording.of("status.lead"), p.lead() == null ? Wording.of("status.lead.none") : p.lead()));
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
        lines.add(new Line(Wording.of("status.owner"), a.owner()));
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
                .map(a -> new Line(a.code() + " " + (a.complete() ? Wording.of("status.completed.label") : StatusWords.label(a.rag())),
                        a.title() + " — " + a.owner() + "; " + a.percent() + "%; due " + PlanReply.day(a.due())
                                + (a.overdue() ? " (" + Wording.of("status.overdue.word") + ")" : ""),
                        a.complete() ? Tone.GOOD : StatusWords.tone(a.rag())))
                .toList();
        String rated = rag.map(x -> " " + Wording.of("actions.rated", StatusWords.label(x))).orElse("");
        String text = lines.isEmpty() ? Wording.of("actions.none", rag.map(x -> StatusWords.label(x) + " ").orElse(""), p.code()) : p.title();
        return r.about(r.answer(Wording.of("actions.title", p.code()) + rated, text, lines),
                List.of(PlanReply.priority(p.code())), PlanReply.codes(listed));
    }

    private static Answer lead(PlanReply r, PriorityStatus p) {
        return r.about(r.answer(Wording.of("lead.title", p.code()), p.lead() == null ? Wording.of("lead.none", p.code())
                : Wording.of("lead", p.code(), p.title(), p.lead()), List.of()), List.of(PlanReply.priority(p.code())), List.of());
    }

    private static Answer owner(PlanReply r, ActionView a) {
        String lead = r.status().priority(a.priority()).map(PriorityStatus::lead).orElse(null);
        String text = Wording.of("owner", a.code(), a.title(), a.owner())
                + (lead == null ? "" : " " + Wording.of("owner.lead", a.priority(), lead));
        return r.about(r.answer(Wording.of("owner.title", a.code()), text, List.of()),
                List.of(new Mention(EntityKind.ACTION, a.code(), 4)), List.of());
    }

    /** When an item was last updated, by whom and with what: the history's newest entry. */
    private static Answer lastUpdate(PlanReply r, String code, String priority) {
        List<ProgressUpdate> latest = r.plan.history(r.strategy, code, 1);
        Mention about = code.contains(".") ? new Mention(EntityKind.ACTION, code, 4) : PlanReply.priority(code);
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
            lines.add(new Line(Wording.of("last.note"), up.note()));
        }
        String text = Wording.of("last", code, r.day(up.at()), up.author()) + (up.target().equals(code) ? "" : " " + Wording.of("last.on", up.target()));
        return r.about(r.answer(Wording.of("last.title", code), text, lines), List.of(about), List.of());
    }

    /**
     * Why a priority has its RAG: the lead's reason where they set it, else the roll-up rule and the open actions that
     * make it so, each with its latest note.
     */
    private static Answer priorityRag(PlanReply r, PriorityStatus p) {
        List<Line> lines = new ArrayList<>();
        String text;
        if (p.override() != null && p.override().rag() != null) {
            text = Wording.of("why.override", p.code(), StatusWords.label(p.rag()), p.override().reason(), StatusWords.label(p.calculated()));
        } else {
            List<ActionView> drivers = p.actions().stream().filter(a -> !a.complete()
                    && (a.rag() == Rag.RED || a.overdue() || p.rag() == Rag.AMBER && a.rag() == Rag.AMBER)).toList();
            text = Wording.of(p.rag() == Rag.GREEN || drivers.isEmpty() ? "why.green" : "why.rule", p.code(), StatusWords.label(p.rag()));
            for (ActionView a : drivers) {
                List<ProgressUpdate> latest = r.plan.history(r.strategy, a.code(), 1);
                String note = latest.isEmpty() || latest.get(0).note() == null ? "" : " — " + latest.get(0).note();
                lines.add(new Line(a.code() + " " + StatusWords.label(a.rag()) + (a.overdue() ? ", " + Wording.of("status.overdue.word") : ""),
                        a.title() + note, StatusWords.tone(a.rag())));
            }
        }
        return r.about(r.answer(Wording.of("why.title", p.code(), StatusWords.label(p.rag())), text, lines),
                List.of(PlanReply.priority(p.code())), PlanReply.codes(p.actions()));
    }

    private static Answer actionRag(PlanReply r, ActionView a) {
        List<ProgressUpdate> latest = r.plan.history(r.strategy, a.code(), 1);
        String note = latest.isEmpty() || latest.get(0).note() == null || latest.get(0).note().isBlank() ? Wording.of("why.action.none")
                : Wording.of("why.action", latest.get(0).note(), latest.get(0).author(), r.day(latest.get(0).at()));
        String due = a.overdue() ? " " + Wording.of("why.action.overdue", PlanReply.day(a.due())) : "";
        return r.about(r.answer(Wording.of("why.title", a.code(), StatusWords.label(a.rag())), a.title() + ". " + note + due, List.of()),
                List.of(new Mention(EntityKind.ACTION, a.code(), 4)), List.of());
    }

    private static Line ragLine(Rag rag, String note) {
        return new Line(Wording.of("status.rag"), StatusWords.label(rag) + (note == null ? "" : " — " + note), StatusWords.tone(rag));
    }

    static String trend(PriorityStatus p) {
        return switch (p.trend()) {
            case "up" -> Wording.of("trend.up", StatusWords.label(p.previous()));
            case "down" -> Wording.of("trend.down", StatusWords.label(p.previous()));
            case "new" -> Wording.of("trend.new");
            default -> Wording.of("trend.same");
        };
    }

    static String trendLower(PriorityStatus p) {
        return trend(p).toLowerCase(Locale.UK);
    }
}
