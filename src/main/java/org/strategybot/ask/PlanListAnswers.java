package org.strategybot.ask;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.strategybot.actions.ActionFilter;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.Lead;
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
 * Answers that list across the plan: every priority's status, what is red, overdue or stale (all of it, or within
 * the items a follow-up points at: "which of those are overdue?"), a person's own items, and what changed.
 */
final class PlanListAnswers implements Handler {

    private final ActionPlan plan;
    private final Suggestions suggestions;

    PlanListAnswers(ActionPlan plan, Suggestions suggestions) {
        this.plan = plan;
        this.suggestions = suggestions;
    }

    @Override
    public Set<Intent> intents() {
        return EnumSet.of(Intent.STATUS_OVERVIEW, Intent.BY_RAG, Intent.OVERDUE, Intent.STALE, Intent.MY_ACTIONS, Intent.CHANGES);
    }

    @Override
    public Optional<Answer> answer(Question question) {
        PlanReply reply = new PlanReply(question, plan, suggestions);
        if (question.understanding().intent() == Intent.CHANGES) {
            return Optional.of(changes(reply));
        }
        if (reply.noPlan()) {
            return Optional.of(reply.noPlanAnswer());
        }
        long staleDays = plan.settings().staleAfter().toDays();
        return Optional.of(switch (question.understanding().intent()) {
            case STATUS_OVERVIEW -> overview(reply);
            case BY_RAG -> byRag(reply, reply.understood.first(EntityKind.RAG).map(m -> Rag.valueOf(m.key())).orElse(Rag.RED));
            case OVERDUE -> actionList(reply, Wording.of("overdue.title"), Wording.of("overdue.none"), ActionView::overdue,
                    a -> a.title() + " — due " + PlanReply.day(a.due()));
            case STALE -> actionList(reply, Wording.of("stale.title", staleDays), Wording.of("stale.none", staleDays),
                    ActionView::stale, a -> a.title() + " — last update " + reply.day(a.lastUpdateAt()));
            default -> mine(reply);
        });
    }

    private static Answer overview(PlanReply reply) {
        List<PriorityStatus> priorities = reply.status().priorities();
        List<Line> lines = priorities.stream()
                .map(p -> new Line(p.code() + " " + StatusWords.label(p.rag()) + StatusWords.overridden(p.overridden() ? p.calculated() : null),
                        Wording.of("overview.line", p.title(), p.percent(),
                        ItemStatusAnswers.trendLower(p)), StatusWords.tone(p.rag())))
                .toList();
        return reply.about(reply.answer(Wording.of("overview.title"), Wording.of("overview.at", reply.day(reply.status().at())), lines),
                List.of(), priorities.stream().map(p -> PlanReply.priority(p.code())).toList());
    }

    private static Answer byRag(PlanReply reply, Rag rag) {
        List<Line> lines = new ArrayList<>();
        List<Mention> shown = new ArrayList<>();
        reply.status().priorities().stream().filter(p -> p.rag() == rag && reply.inScope(p)).forEach(p -> {
            lines.add(new Line(p.code() + " " + Wording.of("byrag.priority"), p.title(), StatusWords.tone(rag)));
            shown.add(PlanReply.priority(p.code()));
        });
        List<ActionView> actions = reply.status().actions().stream().filter(a -> !a.complete() && a.rag() == rag && reply.inScope(a)).toList();
        actions.forEach(a -> lines.add(Line.from(a.code(), StatusWords.tone(rag), Part.plain(a.title()), Part.name(" — ", a.owner()))));
        shown.addAll(PlanReply.codes(actions));
        return reply.about(reply.answer(Wording.of("byrag.title", StatusWords.label(rag)) + scoped(reply),
                lines.isEmpty() ? Wording.of("byrag.none", StatusWords.label(rag)) : null, lines),
                List.of(new Mention(EntityKind.RAG, rag.name(), 1)), shown);
    }

    private static Answer actionList(PlanReply reply, String title, String none, Predicate<ActionView> which,
            Function<ActionView, String> describe) {
        List<ActionView> listed = reply.status().actions().stream().filter(a -> which.test(a) && reply.inScope(a)).toList();
        List<Line> lines = listed.stream()
                .map(a -> Line.from(a.code() + " " + StatusWords.label(a.rag()), StatusWords.tone(a.rag()), Part.plain(describe.apply(a)),
                        Part.name(", ", a.owner()))).toList();
        return reply.about(reply.answer(title + scoped(reply), lines.isEmpty() ? none : null, lines), List.of(), PlanReply.codes(listed));
    }

    /** " among SP1.1, SP1.2, SP1.3" when the list is narrowed to a follow-up's items. */
    private static String scoped(PlanReply reply) {
        if (reply.understood.scope().isEmpty()) {
            return "";
        }
        List<String> codes = reply.understood.scope().stream().map(Mention::key).toList();
        return " " + Wording.of("list.among", codes.size() > 4 ? String.join(", ", codes.subList(0, 4)) + "…" : String.join(", ", codes));
    }

    /**
     * What a person looks after: the priorities they lead or are a delegate for, with those priorities' actions, and the
     * actions they own, by their recorded Azure AD id or by name.
     */
    private Answer mine(PlanReply reply) {
        String id = reply.asker.person().aadObjectId();
        Set<String> leads = new LinkedHashSet<>();
        if (id != null) {
            plan.leads(reply.strategy).stream().filter(l -> id.equals(l.aadObjectId())).map(Lead::priority).forEach(leads::add);
        }
        List<Line> lines = new ArrayList<>();
        List<Mention> shown = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (PriorityStatus p : reply.status().priorities()) {
            boolean lead = leads.contains(p.code()) || reply.isAsker(p.lead());
            boolean delegate = !lead && id != null && plan.stewards(reply.strategy, p.code()).ids().contains(id);
            if (lead || delegate) {
                lines.add(new Line(p.code() + " (" + Wording.of(lead ? "mine.lead" : "mine.delegate") + ") " + StatusWords.label(p.rag()),
                        p.title(), StatusWords.tone(p.rag())));
                shown.add(PlanReply.priority(p.code()));
                p.actions().forEach(a -> {
                    lines.add(actionLine(a));
                    listed.add(a.code());
                    shown.add(new Mention(EntityKind.ACTION, a.code(), 4));
                });
            }
        }
        List<ActionView> owned = new ArrayList<>(reply.status().actions().stream().filter(a -> reply.isAsker(a.owner())).toList());
        if (id != null) {
            plan.actions(new ActionFilter(reply.strategy.id(), null, null, id, null, null)).stream()
                    .filter(a -> owned.stream().noneMatch(o -> o.code().equals(a.code()))).forEach(owned::add);
        }
        owned.stream().filter(a -> listed.add(a.code())).forEach(a -> {
            lines.add(new Line(a.code() + " (" + Wording.of("mine.owner") + ") " + StatusWords.label(a.rag()),
                    a.title() + "; due " + PlanReply.day(a.due()), StatusWords.tone(a.rag())));
            shown.add(new Mention(EntityKind.ACTION, a.code(), 4));
        });
        return reply.about(reply.answer(Wording.of("mine.title"), lines.isEmpty() ? Wording.of("mine.none") : null, lines), List.of(), shown);
    }

    private static Line actionLine(ActionView action) {
        return new Line(action.code() + " " + (action.complete() ? Wording.of("status.completed.label") : StatusWords.label(action.rag())),
                action.title() + "; due " + PlanReply.day(action.due()) + (action.overdue() ? " (" + Wording.of("status.overdue.word") + ")" : ""),
                action.complete() ? Tone.GOOD : StatusWords.tone(action.rag()));
    }

    private static Answer changes(PlanReply reply) {
        Instant since = reply.plan.trendWindowStart();
        List<ProgressUpdate> updates = reply.plan.progressSince(reply.strategy.id(), since);
        List<Line> lines = updates.stream().limit(PlanReply.MAX_LINES).map(up -> updateLine(reply, up)).toList();
        String text = updates.isEmpty() ? Wording.of("changes.none", reply.day(since))
                : Wording.of(updates.size() == 1 ? "changes.one" : "changes.some", updates.size(), reply.day(since))
                        + (updates.size() > PlanReply.MAX_LINES ? Wording.of("changes.latest", PlanReply.MAX_LINES) : ".");
        return reply.answer(Wording.of("changes.title", reply.day(since)), text, lines);
    }

    private static Line updateLine(PlanReply reply, ProgressUpdate up) {
        String label = up.target();
        Tone tone = Tone.PLAIN;
        if (up.changedRag()) {
            label += " " + StatusWords.label(up.after().rag()) + (up.before() != null && up.before().rag() != null
                    ? " (was " + StatusWords.label(up.before().rag()) + ")" : "");
            tone = StatusWords.tone(up.after().rag());
        }
        // the other values it changed beside the date, so that where notes and names are left out the line still says something
        String values = up.changedRag() ? "" : UpdateAnswers.change(up);
        return Line.from(label, tone, Part.plain(reply.day(up.at()) + (values.isEmpty() ? "" : "; " + values)),
                Part.note(": ", up.note(), up.sensitive()), Part.name(" — ", up.author()));
    }
}
