package org.strategybot.ask;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.strategybot.access.Person;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ItemCode;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.ask.Answer.Line;
import org.strategybot.ask.Answer.Part;
import org.strategybot.ask.Answer.Tone;
import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.Mention;
import org.strategybot.understanding.Understanding;
import org.strategybot.understanding.UpdateRequest;
import org.strategybot.updates.Outcome;
import org.strategybot.updates.Percent;
import org.strategybot.updates.Proposal;
import org.strategybot.updates.Updates;

/** Answers that change the plan or show its history: updates, undo, leads. */
final class UpdateAnswers implements Handler {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final int HISTORY_LINES = 15;

    private final Updates updates;
    private final ActionPlan plan;
    private final ZoneId zone;

    UpdateAnswers(Updates updates, ActionPlan plan, ZoneId zone) {
        this.updates = updates;
        this.plan = plan;
        this.zone = zone;
    }

    @Override
    public Set<Intent> intents() {
        return EnumSet.of(Intent.UPDATE, Intent.ASSIGN_LEAD, Intent.UNDO, Intent.HISTORY);
    }

    @Override
    public Optional<Answer> answer(Question q) {
        Strategy strategy = q.strategy();
        Understanding u = q.understanding();
        return Optional.of(switch (u.intent()) {
            case UPDATE -> update(strategy, u, q.asker(), q.text());
            case ASSIGN_LEAD -> assign(strategy, u, q.asker(), q.text());
            case UNDO -> render(updates.undo(strategy, q.asker().person()));
            default -> history(strategy, u);
        });
    }

    private Answer update(Strategy strategy, Understanding u, Asker asker, String text) {
        UpdateRequest r = u.update();
        if (r.notRag() != null) {
            return refusal("Not a RAG rating", "“" + r.notRag() + "” isn't a RAG rating: use " + Rag.choices()
                    + ". Nothing was saved.");
        }
        // read from the message as written, where "99.6%" is still one figure and not a 6
        Optional<String> notWhole = r.badPercent() != null ? Optional.of(r.badPercent() + "%") : Percent.invalidIn(text);
        if (notWhole.isPresent()) {
            return refusal("Not a percentage", "Percent complete must be a whole number from 0 to 100, not " + notWhole.get()
                    + ". Nothing was saved.");
        }
        List<Mention> actions = u.all(EntityKind.ACTION);
        if (actions.size() > 1 && actions.get(0).strength() == actions.get(1).strength()) {
            List<String> codes = actions.stream().filter(a -> a.strength() == actions.get(0).strength()).map(Mention::key).toList();
            return refusal("Which action?", "That could be " + String.join(" or ", codes) + ". Use the action's code, for "
                    + "example “" + codes.get(0) + " is now green”. Nothing was saved.");
        }
        String target = actions.isEmpty() ? u.first(EntityKind.PRIORITY).orElseThrow().key() : actions.get(0).key();
        String key = asker.messageKey() != null ? asker.messageKey() : UUID.randomUUID().toString();
        Outcome outcome = updates.propose(key, strategy, asker.person(), new Updates.Request(target,
                r.rag() == null ? null : Rag.valueOf(r.rag()), r.percent(), r.due(), r.note()));
        Answer proposed = render(outcome);
        String lead = outcome.kind() == Outcome.Kind.NOT_ALLOWED ? plan.stewards(strategy, target).lead() : null;
        if (lead != null) {
            // who to ask, as a name a shared conversation leaves out
            return new Answer(proposed.intent(), proposed.title(), proposed.text(),
                    List.of(Line.from(Wording.of("status.lead"), Tone.PLAIN, Part.name("", lead))), null, List.of());
        }
        if (r.unclearDue() != null && ItemCode.of(target).isAction() && proposed.proposal() != null && "update".equals(proposed.intent())) {
            // "by Easter" is no date: a guessed one would read in the plan as a commitment nobody made, so the card
            // asks for it, and the rest of the update is not lost
            return new Answer(proposed.intent(), proposed.title(), Wording.of("update.due.unclear", r.unclearDue()),
                    proposed.lines(), null, List.of(), proposed.proposal());
        }
        return proposed;
    }

    private Answer assign(Strategy strategy, Understanding u, Asker asker, String text) {
        String priority = u.first(EntityKind.PRIORITY).orElseThrow().key();
        boolean delegate = text != null && text.toLowerCase(Locale.UK).contains("delegate");
        List<Person> mentioned = asker.mentioned().get();
        Person person = mentioned.isEmpty() ? new Person(null, null) : mentioned.get(0);
        return render(updates.assign(strategy, asker.person(), priority, person, !delegate));
    }

    private Answer history(Strategy strategy, Understanding u) {
        Optional<String> target = u.first(EntityKind.ACTION).or(() -> u.first(EntityKind.PRIORITY)).map(Mention::key);
        if (target.isEmpty()) {
            return refusal("History of what?", "Name a priority or action, for example “show SP3's update history”.");
        }
        List<ProgressUpdate> history = plan.history(strategy, target.get(), HISTORY_LINES);
        List<Line> lines = history.stream().map(this::historyLine).toList();
        return new Answer("history", "Update history: " + target.get(),
                history.isEmpty() ? "No updates have been posted for " + target.get() + " yet." : "Newest first.", lines,
                null, List.of());
    }

    private Line historyLine(ProgressUpdate up) {
        String change = change(up);
        return Line.from(up.target() + " — " + WHEN.format(up.at().atZone(zone)),
                up.changedRag() ? StatusWords.tone(up.after().rag()) : Tone.PLAIN, Part.plain(change),
                Part.note(change.isEmpty() ? "" : ". ", up.note(), up.sensitive()), Part.name(" — ", up.author()));
    }

    /** "Amber → Red; 40% → 60%; due 2027-03-31", for the fields the update changed. */
    static String change(ProgressUpdate up) {
        if (up.after() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        ProgressUpdate.State b = up.before() == null ? new ProgressUpdate.State(null, null, null) : up.before();
        ProgressUpdate.State a = up.after();
        if (a.rag() != null && !Objects.equals(a.rag(), b.rag())) {
            parts.add(StatusWords.label(b.rag()) + " → " + StatusWords.label(a.rag()));
        }
        if (a.percent() != null && !Objects.equals(a.percent(), b.percent())) {
            parts.add((b.percent() == null ? "" : b.percent() + "% → ") + a.percent() + "%");
        }
        if (a.due() != null && !Objects.equals(a.due(), b.due())) {
            parts.add("due " + a.due());
        }
        return String.join("; ", parts);
    }

    /** The card after Confirm, Cancel or a refusal, and any other outcome as an answer. */
    Answer render(Outcome o) {
        return switch (o.kind()) {
            case PROPOSED -> new Answer("update", "Confirm your update to " + o.proposal().target(), o.message(),
                    List.of(), null, List.of(), o.proposal());
            case SAVED, ALREADY_SAVED, UNDONE -> saved(o);
            case ASSIGNED -> new Answer("assign-lead", "Done", o.message(), List.of(), null, List.of());
            case CANCELLED -> new Answer("update", "Cancelled", o.message(), List.of(), null, List.of());
            // refused at Confirm, the card comes back with the reason and its inputs, to be put right
            case PERSONAL_DATA -> refusal("Not saved: personal data", o.message(), o.proposal());
            case NOT_ALLOWED -> refusal("Not allowed", o.message(), o.proposal());
            default -> refusal("Not saved", o.message(), o.proposal());
        };
    }

    private Answer saved(Outcome o) {
        ProgressUpdate up = o.saved();
        String title = switch (o.kind()) {
            case UNDONE -> "Undone";
            case ALREADY_SAVED -> "Already saved";
            default -> "Saved";
        };
        if (up == null) {
            return new Answer("update", title, o.message(), List.of(), null, List.of());
        }
        List<Line> lines = new ArrayList<>();
        String change = change(up);
        if (!change.isEmpty()) {
            lines.add(new Line("Change", change, up.changedRag() ? StatusWords.tone(up.after().rag()) : Tone.PLAIN));
        }
        if (up.note() != null && !up.note().isBlank()) {
            lines.add(Line.from("Note", Tone.PLAIN, Part.note("", up.note(), up.sensitive())));
        }
        lines.add(Line.from("When", Tone.PLAIN, Part.plain(WHEN.format(up.at().atZone(zone))), Part.name(", by ", up.author())));
        return new Answer("update", title + ": " + up.target(), o.message(), lines, null, List.of());
    }

    private static Answer refusal(String title, String text) {
        return refusal(title, text, null);
    }

    private static Answer refusal(String title, String text, Proposal proposal) {
        return new Answer("update-refused", title, text, List.of(), null, List.of(), proposal);
    }
}
