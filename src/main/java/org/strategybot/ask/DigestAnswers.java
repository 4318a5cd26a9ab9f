package org.strategybot.ask;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.strategybot.actions.ActionView;
import org.strategybot.actions.Rag;
import org.strategybot.ask.Answer.Line;
import org.strategybot.ask.Answer.Part;
import org.strategybot.ask.Answer.Tone;
import org.strategybot.digest.Digest;
import org.strategybot.digest.Digests;
import org.strategybot.digest.Reminder;
import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.Understanding;

/** The digest's chat commands, and the digest and reminders as answers any channel can render. */
public final class DigestAnswers implements Handler {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Digests digests;
    private final Disclosure disclosure;
    private final ZoneId zone;

    DigestAnswers(Digests digests, Disclosure disclosure, ZoneId zone) {
        this.digests = digests;
        this.disclosure = disclosure;
        this.zone = zone;
    }

    @Override
    public Set<Intent> intents() {
        return EnumSet.of(Intent.DIGEST_SUBSCRIBE, Intent.DIGEST_UNSUBSCRIBE, Intent.DIGEST_WHEN, Intent.DIGEST_PREVIEW,
                Intent.DIGEST_SEND);
    }

    @Override
    public Optional<Answer> answer(Question question) {
        Strategy strategy = question.strategy();
        Understanding u = question.understanding();
        Asker asker = question.asker();
        if (u.intent() == Intent.DIGEST_PREVIEW) {
            // a preview shows what a channel will see
            return Optional.of(disclosure.shared(of(digests.preview(strategy), zone)));
        }
        if (asker.conversation() == null) {
            return Optional.of(new Answer(u.intent(), "Digest", "The weekly digest is for Teams conversations: ask in the chat "
                    + "or channel that should get it.", List.of(), null, List.of()).as(Answer.Kind.DIGEST));
        }
        if (u.schedule() != null && u.schedule().invalidTime() != null) {
            // "every Sunday at 25:00" is no time to send anything: refused, rather than quietly sent at 09:00
            return Optional.of(new Answer(u.intent(), Wording.of("digest.time.invalid.title"),
                    Wording.of("digest.time.invalid", u.schedule().invalidTime()), List.of(), null, List.of()));
        }
        Digests.Reply reply = switch (u.intent()) {
            case DIGEST_SUBSCRIBE -> digests.subscribe(asker.conversation(), asker.person(),
                    u.schedule() == null ? null : u.schedule().day(), u.schedule() == null ? null : u.schedule().time());
            case DIGEST_UNSUBSCRIBE -> digests.unsubscribe(asker.conversation(), asker.person());
            case DIGEST_SEND -> digests.sendNow(asker.conversation(), asker.person());
            default -> digests.when(asker.conversation());
        };
        if (reply.digest() != null) {
            return Optional.of(disclosure.shared(of(reply.digest(), zone)));
        }
        return Optional.of(new Answer(u.intent(), reply.ok() ? "Weekly digest" : "Not allowed", reply.message(),
                List.of(), null, List.of()));
    }

    /**
     * The digest as an answer: every priority's RAG and change, the week's updates, what needs attention. It names
     * people and quotes notes as parts that {@link Disclosure#shared} leaves out, which every digest goes through.
     */
    public static Answer of(Digest d, ZoneId zone) {
        List<Line> lines = new ArrayList<>();
        List<String> attention = new ArrayList<>();
        for (Digest.PriorityLine p : d.priorities()) {
            String change = p.previous() == null || p.previous() == p.rag() ? "no change"
                    : "was " + StatusWords.label(p.previous());
            lines.add(new Line(p.code() + " " + StatusWords.label(p.rag()) + StatusWords.overridden(p.calculated()),
                    p.title() + " — " + p.percent() + "% complete; " + change, StatusWords.tone(p.rag())));
            if (p.rag() == Rag.RED || p.previous() != null && p.rag() != null && p.rag().worseThan(p.previous())) {
                attention.add(p.code() + " is " + StatusWords.label(p.rag()));
            }
        }
        lines.add(new Line("Updates this week", d.updates().isEmpty() ? "None." : d.updates().size() + d.moreUpdates()
                + " posted" + (d.moreUpdates() > 0 ? "; the latest " + d.updates().size() + " below" : "") + "."));
        d.updates().forEach(up -> {
            String change = UpdateAnswers.change(up);
            lines.add(Line.from(up.target() + (change.isEmpty() ? "" : " (" + change + ")"),
                    up.changedRag() ? StatusWords.tone(up.after().rag()) : Tone.PLAIN,
                    up.note() == null || up.note().isBlank() ? Part.plain("Updated")
                            : Part.note("", up.note(), up.sensitive()).orInstead("Updated"),
                    Part.name(" — ", up.author())));
        });
        d.overdue().forEach(a -> lines.add(Line.from("Overdue: " + a.code(), Tone.ATTENTION,
                Part.plain(a.title() + " — due " + DAY.format(a.due())), Part.name(", ", a.owner()))));
        d.stale().forEach(a -> lines.add(Line.from("No recent update: " + a.code(), Tone.WARNING,
                Part.plain(a.title() + " — last " + DAY.format(a.lastUpdateAt().atZone(zone))), Part.name(", ", a.owner()))));
        if (!d.overdue().isEmpty()) {
            attention.add(d.overdue().size() + " overdue action" + (d.overdue().size() == 1 ? "" : "s"));
        }

        String text = "Week to " + DAY.format(d.at().atZone(zone)) + ". Needs attention: "
                + (attention.isEmpty() ? "nothing flagged." : String.join("; ", attention) + ".");
        // asked of this digest's own strategy: another directorate's may have no SP1, or no priorities at all
        List<String> next = d.priorities().isEmpty() ? List.of("What changed this week?")
                : List.of("What's " + d.priorities().get(0).code() + "'s status?", "Which actions are red?", "What changed this week?");
        Answer answer = new Answer(Intent.DIGEST_PREVIEW, "Weekly digest: " + d.strategyTitle() + (d.sample() ? " (sample data)" : ""), text,
                lines, null, next).as(Answer.Kind.DIGEST);
        return d.sample() ? answer.withNotice(PlanReply.sampleNotice(d.note())) : answer;
    }

    /** A reminder to a lead, with a box to post an update straight from it. */
    public static Answer of(Reminder reminder, ZoneId zone) {
        List<Line> lines = reminder.quiet().stream().map((ActionView a) -> new Line(a.code() + " " + StatusWords.label(a.rag()),
                a.title() + " — last update " + DAY.format(a.lastUpdateAt().atZone(zone)), Tone.WARNING)).toList();
        return new Answer(Intent.UPDATE, "Reminder: " + reminder.priority() + " needs an update",
                "Hello " + reminder.leadName() + ". These actions under " + reminder.priority() + " (" + reminder.priorityTitle()
                        + ") have had no update for a while. Type an update below, for example \"" + reminder.quiet().get(0).code()
                        + " is now green - what has happened\".", lines, null, List.of()).as(Answer.Kind.REMINDER);
    }
}
