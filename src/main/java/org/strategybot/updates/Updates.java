package org.strategybot.updates;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.strategybot.access.Access;
import org.strategybot.access.Person;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Applied;
import org.strategybot.actions.Change;
import org.strategybot.actions.ConcurrentChangeException;
import org.strategybot.actions.ItemCode;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.actions.Stewards;
import org.strategybot.privacy.Finding;
import org.strategybot.privacy.PersonalDataGuard;
import org.strategybot.strategy.Strategy;
import org.strategybot.updates.Outcome.Kind;

/**
 * Progress updates from chat: propose (checked, nothing saved), confirm (checked again on the server,
 * then saved once), cancel, undo, and recording leads. Refusals say why and who can help; a note that
 * looks like personal data is neither saved nor logged.
 */
@Service
public class Updates {

    private static final Duration STALE_CLAIM = Duration.ofMinutes(2);
    /** Enough of a person's newest history entries to find their newest update among leads they recorded. */
    private static final int OWN_ENTRIES = 20;

    private final ActionPlan plan;
    private final Access access;
    private final Proposals proposals;
    private final PersonalDataGuard guard;
    private final UpdateSettings settings;
    private final Clock clock;

    Updates(ActionPlan plan, Access access, Proposals proposals, PersonalDataGuard guard, UpdateSettings settings, Clock clock) {
        this.plan = plan;
        this.guard = guard;
        this.access = access;
        this.proposals = proposals;
        this.settings = settings;
        this.clock = clock;
    }

    /** What an update asks for, read from the message. */
    public record Request(String target, Rag rag, Integer percent, LocalDate due, String note) {
    }

    /**
     * Checks a proposed update and, if it may be made, stores it for its author to confirm on a card.
     *
     * @param messageKey identifies the message across Teams' redeliveries, so that it proposes once
     */
    public Outcome propose(String messageKey, Strategy strategy, Person who, Request r) {
        Optional<Outcome> refused = mayUpdate(strategy, who, r.target());
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean action = ItemCode.of(r.target()).isAction();
        if (r.due() != null && !action) {
            return Outcome.of(Kind.INVALID, "A priority has no due date of its own; give the action's code, for example "
                    + r.target() + ".1. Nothing was saved.");
        }
        Optional<Outcome> badNote = checkNote(r.note());
        if (badNote.isPresent()) {
            return badNote.get();
        }
        if (r.rag() == null && r.percent() == null && r.due() == null && blank(r.note())) {
            return Outcome.of(Kind.INVALID, "Tell me what to change on " + r.target() + ": a RAG (red, amber or green), "
                    + "a percent complete, a new due date, or what has happened. For example: \"" + r.target()
                    + " update: recruitment campaign launched. Status amber - two posts still vacant.\"");
        }
        Instant now = clock.instant();
        proposals.deleteExpired(now.minus(settings.proposalExpiry()));
        ProgressUpdate.State current = plan.current(strategy, r.target()).orElseThrow();
        String title = title(strategy, r.target());
        Proposal proposal = proposals.insertIfAbsent(new Proposal(
                UUID.nameUUIDFromBytes(messageKey.getBytes(StandardCharsets.UTF_8)).toString(), strategy.id(), r.target(),
                title, action, current, new ProgressUpdate.State(r.rag(), r.percent(), r.due()),
                blank(r.note()) ? null : r.note().trim(), who.name(), who.aadObjectId(), now, Proposal.Status.PENDING,
                null, plan.status(strategy).sample(), false));
        String reasonNeeded = action ? "" : plan.status(strategy, r.target())
                .filter(p -> ConfirmedChange.overridesWithoutReason(r.rag(), r.note(), p))
                .map(p -> " " + r.rag().label() + " is not " + r.target() + "'s calculated RAG (" + p.calculated().label()
                        + "), so say why in the note first.")
                .orElse("");
        return new Outcome(Kind.PROPOSED, "Check the update below and press Confirm to save it." + reasonNeeded, proposal,
                null, List.of());
    }

    /**
     * Saves a proposal as edited on its card, once: a second Confirm (a double click, a redelivery) finds
     * it saved. Everything is checked again here, because card data can be forged.
     */
    public Outcome confirm(String proposalId, Strategy strategy, Person who, Edits edits) {
        Optional<Proposal> found = proposalId == null ? Optional.empty() : proposals.find(proposalId)
                .filter(p -> p.strategyId().equals(strategy.id()));
        if (found.isEmpty()) {
            return Outcome.of(Kind.NOT_FOUND, "This update card has expired or was cancelled, so nothing was saved. "
                    + "Post the update again to get a new card.");
        }
        Proposal p = found.get();
        if (!Objects.equals(p.authorId(), who.aadObjectId())) {
            return new Outcome(Kind.NOT_ALLOWED, "This is " + p.author() + "'s update: only they can confirm or cancel it.",
                    p, null, List.of());
        }
        if (p.status() == Proposal.Status.SAVED) {
            return alreadySaved(strategy, p);
        }
        Optional<Outcome> refused = mayUpdate(strategy, who, p.target());
        if (refused.isPresent()) {
            return refused.get();
        }
        Change change;
        try {
            change = ConfirmedChange.of(p, edits, p.action() ? null : plan.status(strategy, p.target()).orElseThrow());
        } catch (IllegalArgumentException invalid) {
            // the card comes back as the author left it, so that marking the note sensitive is not lost on the way
            return new Outcome(Kind.INVALID, invalid.getMessage() + " Nothing was saved.", p.markedSensitive(edits.sensitive()),
                    null, List.of());
        }
        Optional<Outcome> badNote = checkNote(change.note());
        if (badNote.isPresent()) {
            return new Outcome(badNote.get().kind(), badNote.get().message(), p, null, badNote.get().findings());
        }
        Instant now = clock.instant();
        Optional<Proposal> claimed = proposals.claim(p.id(), now, now.minus(STALE_CLAIM));
        if (claimed.isEmpty()) {
            return proposals.find(p.id()).filter(q -> q.status() == Proposal.Status.SAVED)
                    .map(q -> alreadySaved(strategy, q))
                    .orElse(Outcome.of(Kind.ALREADY_SAVED, "This update is being saved already."));
        }
        try {
            Applied applied = plan.apply(strategy, change);
            proposals.saved(p.id());
            return new Outcome(applied.repeated() ? Kind.ALREADY_SAVED : Kind.SAVED, "Saved. Everyone now sees it.",
                    p, applied.update(), List.of());
        } catch (ConcurrentChangeException e) {
            proposals.release(p.id());
            return new Outcome(Kind.CONFLICT, e.getMessage(), p, null, List.of());
        } catch (DataAccessException storeDown) {
            releaseQuietly(p.id());
            return new Outcome(Kind.STORE_DOWN, "Not saved: the store is not answering. Nothing was changed; press "
                    + "Confirm again in a minute.", p, null, List.of());
        }
    }

    public Outcome cancel(String proposalId, Strategy strategy, Person who) {
        Optional<Proposal> found = proposalId == null ? Optional.empty() : proposals.find(proposalId)
                .filter(p -> p.strategyId().equals(strategy.id()));
        if (found.isEmpty() || found.get().status() == Proposal.Status.SAVED) {
            return found.map(p -> alreadySaved(strategy, p))
                    .orElse(Outcome.of(Kind.NOT_FOUND, "This update card has expired or was cancelled already."));
        }
        if (!Objects.equals(found.get().authorId(), who.aadObjectId())) {
            return Outcome.of(Kind.NOT_ALLOWED, "This is " + found.get().author() + "'s update: only they can cancel it.");
        }
        proposals.delete(found.get().id());
        return Outcome.of(Kind.CANCELLED, "Cancelled: nothing was saved.");
    }

    /**
     * Undoes the person's newest update if it is recent and nobody has changed the item since. An undo undoes one
     * update once: an undo itself, or an update already undone, is not undone again.
     */
    public Outcome undo(Strategy strategy, Person who) {
        if (!who.known()) {
            return Outcome.of(Kind.NOT_ALLOWED, "I can't tell who you are here, so I can't undo updates.");
        }
        List<ProgressUpdate> own = plan.latestBy(strategy, who.aadObjectId(), OWN_ENTRIES).stream()
                .filter(u -> u.kind() == ProgressUpdate.Kind.PROGRESS || u.kind() == ProgressUpdate.Kind.UNDO).toList();
        Instant since = clock.instant().minus(settings.undoWindow());
        Optional<ProgressUpdate> last = own.stream().findFirst().filter(u -> u.at().isAfter(since));
        if (last.isEmpty()) {
            return Outcome.of(Kind.NOT_FOUND, "You have no update from the last " + settings.undoWindow().toMinutes()
                    + " minutes to undo.");
        }
        ProgressUpdate u = last.get();
        if (u.kind() == ProgressUpdate.Kind.UNDO) {
            return Outcome.of(Kind.INVALID, "Your last change was an undo on " + u.target() + ", and an undo can't be undone: "
                    + "if you want that update back, post it again. Nothing was changed.");
        }
        // the newest update is undone only by a later entry, unless instances' clocks disagree: asked of the ids as well
        if (own.stream().anyMatch(o -> u.id().equals(o.undoes()))) {
            return alreadyUndone(u);
        }
        Optional<Outcome> refused = mayUpdate(strategy, who, u.target());
        if (refused.isPresent()) {
            return refused.get();
        }
        ProgressUpdate.State now = plan.current(strategy, u.target()).orElseThrow();
        if (!u.stillHolds(now)) {
            return Outcome.of(Kind.CONFLICT, u.target() + " has changed since your update, so I won't undo it: post a new "
                    + "update instead.");
        }
        Applied applied = plan.apply(strategy, new Change(ProgressUpdate.UNDO_PREFIX + u.id(), u.target(), u.reversal(),
                "Undo of an earlier update to " + u.target() + ".", who.name(), who.aadObjectId(), ProgressUpdate.Kind.UNDO,
                u.id(), false));
        if (applied.repeated()) {
            return alreadyUndone(u);
        }
        return new Outcome(Kind.UNDONE, "Undone: " + u.target() + " is back as it was before your update.", null,
                applied.update(), List.of());
    }

    private static Outcome alreadyUndone(ProgressUpdate u) {
        return Outcome.of(Kind.INVALID, "Your update to " + u.target() + " has been undone already: an update is undone once. "
                + "Nothing was changed.");
    }

    /** An administrator records who leads a priority, or adds a delegate. */
    public Outcome assign(Strategy strategy, Person admin, String priority, Person person, boolean lead) {
        if (!access.isAdmin(admin.aadObjectId())) {
            return Outcome.of(Kind.NOT_ALLOWED, "Only an administrator can set who leads a priority. Nothing was changed.");
        }
        if (strategy.priority(priority).isEmpty()) {
            return Outcome.of(Kind.INVALID, "'" + priority + "' is not a priority of " + strategy.title() + ".");
        }
        if (!person.known()) {
            return Outcome.of(Kind.INVALID, "Mention the person with @ (for example “make @Lee the lead for " + priority
                    + "”) so that I can tell who they are. Nothing was changed.");
        }
        String what = lead ? person.name() + " is now the lead for " + priority
                : person.name() + " is now a delegate for " + priority;
        Applied applied = plan.assign(strategy, priority, person.name(), person.aadObjectId(), lead,
                new Change(UUID.randomUUID().toString(), priority, null, what + ".", admin.name(), admin.aadObjectId(),
                        ProgressUpdate.Kind.ASSIGNMENT, null, false));
        return new Outcome(Kind.ASSIGNED, what + ": they can now post updates for it.", null, applied.update(), List.of());
    }

    private Optional<Outcome> mayUpdate(Strategy strategy, Person who, String target) {
        if (plan.current(strategy, target).isEmpty()) {
            return Optional.of(Outcome.of(Kind.NOT_FOUND, "There is no " + target + " in the action plan. Nothing was saved."));
        }
        if (access.isAdmin(who.aadObjectId())) {
            return Optional.empty();
        }
        Stewards stewards = plan.stewards(strategy, target);
        if (who.known() && stewards.ids().contains(who.aadObjectId())) {
            return Optional.empty();
        }
        // the lead's name is for the answer to show where names may be shown, not part of the sentence
        return Optional.of(Outcome.of(Kind.NOT_ALLOWED, "Only the lead of " + target + ", their delegates, the action's owner or an "
                + "administrator can update " + target + ", so nothing was saved. If you should be able to, ask an "
                + "administrator to make you a lead or delegate."));
    }

    private Optional<Outcome> checkNote(String note) {
        if (note == null) {
            return Optional.empty();
        }
        if (note.length() > settings.maxNoteLength()) {
            return Optional.of(Outcome.of(Kind.INVALID, "That note is longer than " + settings.maxNoteLength()
                    + " characters; please shorten it. Nothing was saved."));
        }
        List<Finding> findings = guard.check(note);
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        List<String> what = findings.stream().map(Finding::description).distinct().toList();
        return Optional.of(new Outcome(Kind.PERSONAL_DATA, "I haven't saved or kept this update: it looks like it contains "
                + "personal data (" + String.join("; ", what) + "). This bot is for strategy and action-plan progress, "
                + "never case details about a child or family. Please rephrase it without them.", null, null, what));
    }

    private Outcome alreadySaved(Strategy strategy, Proposal p) {
        ProgressUpdate saved = plan.history(strategy, p.target(), 200).stream().filter(u -> u.id().equals(p.id()))
                .findFirst().orElse(null);
        return new Outcome(Kind.ALREADY_SAVED, "Already saved.", p, saved, List.of());
    }

    private String title(Strategy strategy, String target) {
        if (ItemCode.of(target).isAction()) {
            return plan.status(strategy).actions().stream().filter(a -> a.code().equals(target))
                    .map(a -> a.title()).findFirst().orElse(target);
        }
        return strategy.priority(target).map(Strategy.Priority::title).orElse(target);
    }

    private void releaseQuietly(String id) {
        try {
            proposals.release(id);
        } catch (DataAccessException stillDown) {
            // the claim expires after STALE_CLAIM and the proposal can be confirmed again
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
