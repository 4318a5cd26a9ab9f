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
import org.strategybot.ask.Answer.Kind;
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
    public Optional<Answer> answer(Question question) {
        Strategy strategy = question.strategy();
        Understanding understood = question.understanding();
        return Optional.of(switch (understood.intent()) {
            case UPDATE -> update(strategy, understood, question.asker(), question.text());
            case ASSIGN_LEAD -> assign(strategy, understood, question.asker(), question.text());
            case UNDO -> render(updates.undo(strategy, question.asker().person()));
            default -> history(strategy, understood);
        });
    }

    private Answer update(Strategy strategy, Understanding understood, Asker asker, String text) {
        UpdateRequest request = understood.update();
        if (request.notRag() != null) {
            return refusal(Wording.of("update.rag.invalid.title"), Wording.of("update.rag.invalid", request.notRag(), Rag.choices()));
        }
        // read from the message as written, where "99.6%" is still one figure and not a 6
        Optional<String> notWhole = request.badPercent() != null ? Optional.of(request.badPercent() + "%") : Percent.invalidIn(text);
        if (notWhole.isPresent()) {
            return refusal(Wording.of("update.percent.invalid.title"), Wording.of("update.percent.invalid", notWhole.get()));
        }
        List<Mention> actions = understood.all(EntityKind.ACTION);
        if (actions.size() > 1 && actions.get(0).strength() == actions.get(1).strength()) {
            List<String> codes = actions.stream().filter(a -> a.strength() == actions.get(0).strength()).map(Mention::key).toList();
            return refusal(Wording.of("update.which.title"), Wording.of("update.which", String.join(" or ", codes), codes.get(0)));
        }
        String target = actions.isEmpty() ? understood.first(EntityKind.PRIORITY).orElseThrow().key() : actions.get(0).key();
        String key = asker.messageKey() != null ? asker.messageKey() : UUID.randomUUID().toString();
        Outcome outcome = updates.propose(key, strategy, asker.person(),
                new Updates.Request(target, request.rag(), request.percent(), request.due(), request.note()));
        Answer proposed = render(outcome);
        String lead = outcome.kind() == Outcome.Kind.NOT_ALLOWED ? plan.stewards(strategy, target).lead() : null;
        if (lead != null) {
            // who to ask, as a name a shared conversation leaves out
            return new Answer(proposed.intent(), proposed.title(), proposed.text(),
                    List.of(Line.from(Wording.of("status.lead"), Tone.PLAIN, Part.name("", lead))), null, List.of())
                    .as(proposed.kind());
        }
        if (request.unclearDue() != null && ItemCode.of(target).isAction() && outcome.kind() == Outcome.Kind.PROPOSED) {
            // "by Easter" is no date: a guessed one would read in the plan as a commitment nobody made, so the card
            // asks for it, and the rest of the update is not lost
            return new Answer(proposed.intent(), proposed.title(), Wording.of("update.due.unclear", request.unclearDue()),
                    proposed.lines(), null, List.of()).withProposal(proposed.proposal());
        }
        return proposed;
    }

    private Answer assign(Strategy strategy, Understanding understood, Asker asker, String text) {
        String priority = understood.first(EntityKind.PRIORITY).orElseThrow().key();
        boolean delegate = text != null && text.toLowerCase(Locale.UK).contains("delegate");
        List<Person> mentioned = asker.mentioned().get();
        Person person = mentioned.isEmpty() ? new Person(null, null) : mentioned.get(0);
        return render(updates.assign(strategy, asker.person(), priority, person, !delegate));
    }

    private Answer history(Strategy strategy, Understanding understood) {
        Optional<String> target = understood.first(EntityKind.ACTION).or(() -> understood.first(EntityKind.PRIORITY))
                .map(Mention::key);
        if (target.isEmpty()) {
            return refusal(Wording.of("history.which.title"), Wording.of("history.which"));
        }
        List<ProgressUpdate> history = plan.history(strategy, target.get(), HISTORY_LINES);
        List<Line> lines = history.stream().map(this::historyLine).toList();
        return new Answer(Intent.HISTORY, Wording.of("history.title", target.get()),
                history.isEmpty() ? Wording.of("history.none", target.get()) : Wording.of("history.newest"), lines, null,
                List.of());
    }

    private Line historyLine(ProgressUpdate update) {
        String change = change(update);
        return Line.from(update.target() + " — " + WHEN.format(update.at().atZone(zone)),
                update.changedRag() ? StatusWords.tone(update.after().rag()) : Tone.PLAIN, Part.plain(change),
                Part.note(change.isEmpty() ? "" : ". ", update.note(), update.sensitive()), Part.name(" — ", update.author()));
    }

    /** "Amber → Red; 40% → 60%; due 2027-03-31", for the fields the update changed. */
    static String change(ProgressUpdate update) {
        if (update.after() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        ProgressUpdate.State before = update.before() == null ? new ProgressUpdate.State(null, null, null) : update.before();
        ProgressUpdate.State after = update.after();
        if (after.rag() != null && !Objects.equals(after.rag(), before.rag())) {
            parts.add(StatusWords.label(before.rag()) + " → " + StatusWords.label(after.rag()));
        }
        if (after.percent() != null && !Objects.equals(after.percent(), before.percent())) {
            parts.add((before.percent() == null ? "" : before.percent() + "% → ") + after.percent() + "%");
        }
        if (after.due() != null && !Objects.equals(after.due(), before.due())) {
            parts.add(Wording.of("update.change.due", after.due()));
        }
        return String.join("; ", parts);
    }

    /** The card after Confirm, Cancel or a refusal, and any other outcome as an answer. */
    Answer render(Outcome outcome) {
        String message = message(outcome);
        return switch (outcome.kind()) {
            case PROPOSED -> new Answer(Intent.UPDATE, Wording.of("update.proposed.title", outcome.proposal().target()), message,
                    List.of(), null, List.of()).withProposal(outcome.proposal());
            case SAVED, ALREADY_SAVED, UNDONE -> saved(outcome, message);
            case ASSIGNED -> new Answer(Intent.ASSIGN_LEAD, Wording.of("update.assigned.title"), message, List.of(), null,
                    List.of());
            case CANCELLED -> new Answer(Intent.UPDATE, Wording.of("update.cancelled.title"), message, List.of(), null,
                    List.of());
            // refused at Confirm, the card comes back with the reason and its inputs, to be put right
            case PERSONAL_DATA -> refusal(Wording.of("update.personal.data.title"), message).withProposal(outcome.proposal());
            case NOT_ALLOWED -> refusal(Wording.of("update.not.allowed.title"), message).withProposal(outcome.proposal());
            default -> refusal(Wording.of("update.not.saved.title"), message).withProposal(outcome.proposal());
        };
    }

    /** What to tell the person: the wording of the outcome's reason, filled in with its values. */
    static String message(Outcome outcome) {
        return Wording.of("update." + outcome.reason().name().toLowerCase(Locale.ROOT).replace('_', '.'),
                outcome.values().toArray());
    }

    private Answer saved(Outcome outcome, String message) {
        ProgressUpdate update = outcome.saved();
        String title = Wording.of(switch (outcome.kind()) {
            case UNDONE -> "update.undone.title";
            case ALREADY_SAVED -> "update.already.saved.title";
            default -> "update.saved.title";
        });
        if (update == null) {
            return new Answer(Intent.UPDATE, title, message, List.of(), null, List.of());
        }
        List<Line> lines = new ArrayList<>();
        String change = change(update);
        if (!change.isEmpty()) {
            lines.add(new Line(Wording.of("update.line.change"), change,
                    update.changedRag() ? StatusWords.tone(update.after().rag()) : Tone.PLAIN));
        }
        if (update.note() != null && !update.note().isBlank()) {
            lines.add(Line.from(Wording.of("update.line.note"), Tone.PLAIN, Part.note("", update.note(), update.sensitive())));
        }
        lines.add(Line.from(Wording.of("update.line.when"), Tone.PLAIN, Part.plain(WHEN.format(update.at().atZone(zone))),
                Part.name(", " + Wording.of("update.line.by") + " ", update.author())));
        return new Answer(Intent.UPDATE, Wording.of("update.saved.heading", title, update.target()), message, lines, null,
                List.of());
    }

    private static Answer refusal(String title, String text) {
        return new Answer(Intent.UPDATE, title, text, List.of(), null, List.of()).as(Kind.REFUSED);
    }
}
