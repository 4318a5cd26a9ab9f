package org.strategybot.ask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.PlanStatus;
import org.strategybot.actions.PriorityRecord;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.ask.Answer.Citation;
import org.strategybot.ask.Answer.Line;
import org.strategybot.ask.Answer.Part;
import org.strategybot.ask.Answer.Tone;
import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Mention;
import org.strategybot.understanding.Understanding;

/** Answers about the action plan's live status: RAG, progress, overdue and stale actions, leads, changes. */
final class StatusAnswers {

    /** Teams cards stay readable, and well inside the message size limit, with lists this long. */
    private static final int MAX_LINES = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Strategy strategy;
    private final Understanding u;
    private final Asker asker;
    private final ActionPlan plan;
    private final Suggestions suggestions;
    private final ZoneId zone;
    private PlanStatus status;

    StatusAnswers(Strategy strategy, Understanding understanding, Asker asker, ActionPlan plan, Suggestions suggestions) {
        this.strategy = strategy;
        this.u = understanding;
        this.asker = asker;
        this.plan = plan;
        this.suggestions = suggestions;
        this.zone = plan.settings().zone();
    }

    Optional<Answer> answer() {
        return Optional.ofNullable(switch (u.intent()) {
            case STATUS -> priorities(this::priorityStatus);
            case ACTION_STATUS -> actionStatus();
            case STATUS_OVERVIEW -> overview();
            case BY_RAG -> byRag(Rag.valueOf(u.first(EntityKind.RAG).orElseThrow().key()));
            case OVERDUE -> actionList("Overdue actions", "Nothing is overdue.", ActionView::overdue,
                    a -> a.title() + " — due " + day(a.due()));
            case STALE -> actionList("Actions with no update for " + plan.settings().staleAfter().toDays() + " days or more",
                    "Every open action has had an update in the last " + plan.settings().staleAfter().toDays() + " days.",
                    ActionView::stale, a -> a.title() + " — last update " + day(a.lastUpdateAt()));
            case ACTIONS_UNDER -> priorities(this::actionsUnder);
            case PRIORITY_LEAD -> priorities(this::lead);
            case MY_ACTIONS -> mine();
            case CHANGES -> changes();
            default -> null;
        });
    }

    private PlanStatus status() {
        if (status == null) {
            status = plan.status(strategy);
        }
        return status;
    }

    private boolean noPlan() {
        return status().priorities().stream().allMatch(p -> p.actions().isEmpty());
    }

    /** An answer about each priority the question names, or the plan-wide "no plan" answer. */
    private Answer priorities(java.util.function.Function<PriorityStatus, Answer> about) {
        if (noPlan()) {
            return noPlanAnswer();
        }
        List<Answer> answers = u.all(EntityKind.PRIORITY).stream()
                .flatMap(m -> status().priority(m.key()).stream()).map(about).toList();
        return answers.size() == 1 ? answers.get(0) : merge(answers);
    }

    private Answer priorityStatus(PriorityStatus p) {
        List<Line> lines = new ArrayList<>();
        lines.add(!p.overridden() ? ragLine("RAG", p.rag(), null)
                : Line.from("RAG", tone(p.rag()), Part.plain(label(p.rag()) + " — set by the lead"), reason(p.override()),
                        Part.plain(" (calculated: " + label(p.calculated()) + ")")));
        lines.add(new Line("Change since " + day(plan.trendWindowStart()), trend(p)));
        lines.add(new Line("Complete", p.percent() + "% (mean of " + p.actions().size() + " actions)"));
        lines.add(Line.from("Lead", Tone.PLAIN, p.lead() == null ? Part.plain("Not recorded yet") : Part.name("", p.lead())));
        PriorityStatus.Counts c = p.counts();
        lines.add(new Line("Actions", c.green() + " green, " + c.amber() + " amber, " + c.red() + " red; " + c.complete()
                + " complete; " + c.overdue() + " overdue; " + c.stale() + " stale"));
        p.overdue().forEach(a -> lines.add(new Line("Overdue: " + a.code(), a.title() + " — due " + day(a.due()), Tone.ATTENTION)));
        p.stale().forEach(a -> lines.add(new Line("Stale: " + a.code(), a.title() + " — last update " + day(a.lastUpdateAt()), Tone.WARNING)));
        lines.add(latestLine(p.latest()));
        return answer(p.code() + " status: " + label(p.rag()), p.title(), lines);
    }

    private Answer actionStatus() {
        String code = u.first(EntityKind.ACTION).map(Mention::key).orElseThrow();
        Optional<ActionView> found = status().actions().stream().filter(a -> a.code().equalsIgnoreCase(code)).findFirst();
        if (found.isEmpty()) {
            String priority = u.first(EntityKind.PRIORITY).map(Mention::key).orElse("");
            List<String> codes = status().priority(priority).map(p -> p.actions().stream().map(ActionView::code).toList())
                    .orElse(List.of());
            return answer("No such action", "There is no action " + code + " in the plan."
                    + (codes.isEmpty() ? "" : " " + priority + "'s actions are " + String.join(", ", codes) + "."), List.of());
        }
        ActionView a = found.get();
        List<Line> lines = new ArrayList<>();
        lines.add(ragLine("RAG", a.rag(), a.complete() ? "complete" : null));
        lines.add(new Line("Complete", a.percent() + "%"));
        lines.add(Line.from("Owner", Tone.PLAIN, Part.name("", a.owner())));
        lines.add(new Line("Due", a.due() == null ? "No date" : day(a.due()) + (a.overdue() ? " — overdue" : ""),
                a.overdue() ? Tone.ATTENTION : Tone.PLAIN));
        lines.add(new Line("Last update", day(a.lastUpdateAt()) + (a.stale() ? " — stale" : ""), a.stale() ? Tone.WARNING : Tone.PLAIN));
        lines.add(new Line("Priority", a.priority()));
        return answer(a.code() + " status: " + label(a.rag()), a.title(), lines);
    }

    private Answer overview() {
        if (noPlan()) {
            return noPlanAnswer();
        }
        List<Line> lines = status().priorities().stream()
                .map(p -> new Line(p.code() + " " + label(p.rag()) + overridden(p.overridden() ? p.calculated() : null),
                        p.title() + " — " + p.percent() + "% complete; " + trend(p).toLowerCase(Locale.UK), tone(p.rag())))
                .toList();
        return answer("Status of every priority", "As at " + day(status().at()) + ".", lines);
    }

    private Answer byRag(Rag rag) {
        if (noPlan()) {
            return noPlanAnswer();
        }
        List<Line> lines = new ArrayList<>();
        status().priorities().stream().filter(p -> p.rag() == rag)
                .forEach(p -> lines.add(new Line(p.code() + " (priority)", p.title(), tone(rag))));
        status().actions().stream().filter(a -> !a.complete() && a.rag() == rag)
                .forEach(a -> lines.add(Line.from(a.code(), tone(rag), Part.plain(a.title()), Part.name(" — ", a.owner()))));
        return answer(label(rag) + ": priorities and actions",
                lines.isEmpty() ? "Nothing is " + label(rag) + " right now." : null, lines);
    }

    private Answer actionList(String title, String none, Predicate<ActionView> which,
            java.util.function.Function<ActionView, String> describe) {
        if (noPlan()) {
            return noPlanAnswer();
        }
        List<Line> lines = status().actions().stream().filter(which)
                .map(a -> Line.from(a.code() + " " + label(a.rag()), tone(a.rag()), Part.plain(describe.apply(a)),
                        Part.name(", ", a.owner()))).toList();
        return answer(title, lines.isEmpty() ? none : null, lines);
    }

    private Answer actionsUnder(PriorityStatus p) {
        Optional<Rag> rag = u.first(EntityKind.RAG).map(m -> Rag.valueOf(m.key()));
        List<Line> lines = p.actions().stream().filter(a -> rag.isEmpty() || !a.complete() && a.rag() == rag.get())
                .map(a -> Line.from(a.code() + " " + (a.complete() ? "Complete" : label(a.rag())),
                        a.complete() ? Tone.GOOD : tone(a.rag()), Part.plain(a.title()), Part.name(" — ", a.owner()),
                        Part.plain("; " + a.percent() + "%; due " + day(a.due()) + (a.overdue() ? " (overdue)" : ""))))
                .toList();
        String text = lines.isEmpty() ? "No " + rag.map(r -> label(r) + " ").orElse("") + "actions sit under " + p.code() + "."
                : p.title();
        return answer("Actions under " + p.code() + rag.map(r -> " rated " + label(r)).orElse(""), text, lines);
    }

    private Answer lead(PriorityStatus p) {
        return p.lead() == null ? answer("Who leads " + p.code(), "No lead is recorded for " + p.code() + " yet.", List.of())
                : answer("Who leads " + p.code(), p.code() + " (" + p.title() + ") is led by:",
                        List.of(Line.from("Lead", Tone.PLAIN, Part.name("", p.lead()))));
    }

    private Answer mine() {
        if (noPlan()) {
            return noPlanAnswer();
        }
        List<Line> lines = new ArrayList<>();
        status().priorities().stream().filter(p -> isAsker(p.lead()))
                .forEach(p -> lines.add(new Line(p.code() + " (you lead) " + label(p.rag()), p.title(), tone(p.rag()))));
        status().actions().stream().filter(a -> isAsker(a.owner()))
                .forEach(a -> lines.add(new Line(a.code() + " " + label(a.rag()), a.title() + "; due " + day(a.due()), tone(a.rag()))));
        return answer("Your actions", lines.isEmpty()
                ? "You don't lead a priority or own an action in the plan yet. Leads and owners are recorded by an administrator."
                : null, lines);
    }

    private boolean isAsker(String person) {
        return person != null && (person.equalsIgnoreCase(asker.person().name())
                || person.equalsIgnoreCase(asker.person().aadObjectId()));
    }

    private Answer changes() {
        Instant since = plan.trendWindowStart();
        List<ProgressUpdate> updates = plan.progressSince(strategy.id(), since);
        List<Line> lines = updates.stream().limit(MAX_LINES).map(this::updateLine).toList();
        String text = updates.isEmpty() ? "No progress updates since " + day(since) + "."
                : updates.size() + " update" + (updates.size() == 1 ? "" : "s") + " since " + day(since)
                        + (updates.size() > MAX_LINES ? "; the latest " + MAX_LINES + " are below." : ".");
        return answer("What changed since " + day(since), text, lines);
    }

    private Line updateLine(ProgressUpdate up) {
        String label = up.target();
        Tone tone = Tone.PLAIN;
        if (up.changedRag()) {
            label += " " + label(up.after().rag()) + (up.before() != null && up.before().rag() != null
                    ? " (was " + label(up.before().rag()) + ")" : "");
            tone = tone(up.after().rag());
        }
        // the other values it changed beside the date, so that where notes and names are left out the line still says something
        String values = up.changedRag() ? "" : UpdateAnswers.change(up);
        return Line.from(label, tone, Part.plain(day(up.at()) + (values.isEmpty() ? "" : "; " + values)),
                Part.note(": ", up.note(), up.sensitive()), Part.name(" — ", up.author()));
    }

    private Line latestLine(ProgressUpdate latest) {
        return latest == null ? new Line("Latest update", "None yet")
                : Line.from("Latest update", Tone.PLAIN, Part.plain(latest.target() + ", " + day(latest.at())),
                        Part.note(": ", latest.note(), latest.sensitive()), Part.name(" — ", latest.author()));
    }

    /** Why the lead set their RAG, which everyone sees beside it; said when they gave no reason. */
    private static Part reason(PriorityRecord.Override o) {
        return o.reason() == null || o.reason().isBlank() ? Part.plain(", no reason recorded")
                : Part.note(": ", o.reason(), o.sensitive());
    }

    /** " (set by the lead; calculated: Red)" where the lead's RAG stands over the calculated one, given; else "". */
    static String overridden(Rag calculated) {
        return calculated == null ? "" : " (set by the lead; calculated: " + label(calculated) + ")";
    }

    private String trend(PriorityStatus p) {
        return switch (p.trend()) {
            case "up" -> "Improved from " + label(p.previous());
            case "down" -> "Worse: was " + label(p.previous());
            case "new" -> "Newly rated";
            default -> "No change";
        };
    }

    private Answer noPlanAnswer() {
        return new Answer(u.intent().key(), "No action plan", "There is no action plan loaded for " + strategy.title()
                + ", so I have no RAG ratings to report.", List.of(), null, suggestions.forStrategy(strategy));
    }

    private Answer merge(List<Answer> answers) {
        List<Line> lines = new ArrayList<>();
        answers.forEach(a -> {
            lines.add(new Line(a.title(), a.text()));
            lines.addAll(a.lines());
        });
        return answer(answers.stream().map(Answer::title).collect(java.util.stream.Collectors.joining("; ")), null, lines);
    }

    private Answer answer(String title, String text, List<Line> lines) {
        boolean sample = status().sample();
        List<Line> all = new ArrayList<>(lines.size() > MAX_LINES * 2 ? lines.subList(0, MAX_LINES * 2) : lines);
        if (lines.size() > MAX_LINES * 2) {
            all.add(Line.of("… and " + (lines.size() - MAX_LINES * 2) + " more"));
        }
        if (sample) {
            all.add(new Line("Sample data", status().note() == null ? "This action plan is illustrative." : status().note(),
                    Tone.WARNING));
        }
        String document = sample ? "Action plan (sample data)" : "Action plan";
        return new Answer(u.intent().key(), sample ? title + " (sample data)" : title, text, all,
                new Citation(strategy.title(), document, null), suggestions.after(strategy, u.intent()));
    }

    private Line ragLine(String label, Rag rag, String note) {
        return new Line(label, label(rag) + (note == null ? "" : " — " + note), tone(rag));
    }

    static String label(Rag rag) {
        return rag == null ? "Not rated" : rag.label();
    }

    static Tone tone(Rag rag) {
        if (rag == null) {
            return Tone.PLAIN;
        }
        return switch (rag) {
            case RED -> Tone.ATTENTION;
            case AMBER -> Tone.WARNING;
            case GREEN -> Tone.GOOD;
        };
    }

    private String day(Instant at) {
        return at == null ? "never" : DAY.format(at.atZone(zone));
    }

    private String day(LocalDate date) {
        return date == null ? "no date" : DAY.format(date);
    }
}
