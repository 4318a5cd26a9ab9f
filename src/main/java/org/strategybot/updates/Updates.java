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
import org.strategybot.access.Person;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Applied;
import org.strategybot.actions.Change;
import org.strategybot.actions.ConcurrentChangeException;
import org.strategybot.actions.ItemCode;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.strategy.Strategy;
import org.strategybot.updates.Outcome.Reason;

/**
 * Progress updates from chat: propose (checked, nothing saved), confirm (checked again on the server, then saved
 * once), cancel; and, through their own parts, undo and recording leads. Who may update is {@link UpdateRights}'s
 * rule and what a note may hold {@link NoteCheck}'s. Refusals say why as {@link Outcome}s; a note that looks like
 * personal data is neither saved nor logged.
 */
@Service
public class Updates {

    private static final Duration STALE_CLAIM = Duration.ofMinutes(2);

    private final ActionPlan plan;
    private final Proposals proposals;
    private final UpdateRights rights;
    private final NoteCheck notes;
    private final Undo undo;
    private final LeadAssignment leads;
    private final UpdateSettings settings;
    private final Clock clock;

    Updates(ActionPlan plan, Proposals proposals, UpdateRights rights, NoteCheck notes, Undo undo, LeadAssignment leads,
            UpdateSettings settings, Clock clock) {
        this.plan = plan;
        this.proposals = proposals;
        this.rights = rights;
        this.notes = notes;
        this.undo = undo;
        this.leads = leads;
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
    public Outcome propose(String messageKey, Strategy strategy, Person who, Request request) {
        String target = request.target();
        Optional<Outcome> refused = rights.refusal(strategy, who, target);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean action = ItemCode.of(target).isAction();
        if (request.due() != null && !action) {
            return Outcome.of(Reason.DUE_ON_PRIORITY, target);
        }
        Optional<Outcome> badNote = notes.problem(request.note());
        if (badNote.isPresent()) {
            return badNote.get();
        }
        if (request.rag() == null && request.percent() == null && request.due() == null && blank(request.note())) {
            return Outcome.of(Reason.NOTHING_TO_CHANGE, target);
        }
        Instant now = clock.instant();
        proposals.deleteExpired(now.minus(settings.proposalExpiry()));
        ProgressUpdate.State current = plan.current(strategy, target).orElseThrow();
        Proposal proposal = proposals.insertIfAbsent(new Proposal(
                UUID.nameUUIDFromBytes(messageKey.getBytes(StandardCharsets.UTF_8)).toString(), strategy.id(), target,
                title(strategy, target), action, current,
                new ProgressUpdate.State(request.rag(), request.percent(), request.due()),
                blank(request.note()) ? null : request.note().trim(), who.name(), who.aadObjectId(), now,
                Proposal.Status.PENDING, null, plan.status(strategy).sample()));
        Outcome proposed = action ? Outcome.of(Reason.PROPOSED) : plan.status(strategy, target)
                .filter(p -> ConfirmedChange.overridesWithoutReason(request.rag(), request.note(), p))
                .map(p -> Outcome.of(Reason.PROPOSED_NEEDS_REASON, request.rag().label(), target, p.calculated().label()))
                .orElse(Outcome.of(Reason.PROPOSED));
        return proposed.showing(proposal.view(false));
    }

    /**
     * Saves a proposal as edited on its card, once: a second Confirm (a double click, a redelivery) finds
     * it saved. Everything is checked again here, because card data can be forged.
     */
    public Outcome confirm(String proposalId, Strategy strategy, Person who, Edits edits) {
        Optional<Proposal> found = find(proposalId, strategy);
        if (found.isEmpty()) {
            return Outcome.of(Reason.CARD_GONE);
        }
        Proposal proposal = found.get();
        if (!Objects.equals(proposal.authorId(), who.aadObjectId())) {
            return Outcome.of(Reason.NOT_YOURS_TO_CONFIRM, proposal.author()).showing(proposal.view(false));
        }
        if (proposal.status() == Proposal.Status.SAVED) {
            return alreadySaved(strategy, proposal);
        }
        Optional<Outcome> refused = rights.refusal(strategy, who, proposal.target());
        if (refused.isPresent()) {
            return refused.get();
        }
        Change change;
        try {
            change = ConfirmedChange.of(proposal, edits,
                    proposal.action() ? null : plan.status(strategy, proposal.target()).orElseThrow());
        } catch (ConfirmedChange.Invalid invalid) {
            // the card comes back as the author left it, so that marking the note sensitive is not lost on the way
            return invalid.outcome().showing(proposal.view(edits.sensitive()));
        }
        Optional<Outcome> badNote = notes.problem(change.note());
        if (badNote.isPresent()) {
            return badNote.get().showing(proposal.view(false));
        }
        Instant now = clock.instant();
        if (proposals.claim(proposal.id(), now, now.minus(STALE_CLAIM)).isEmpty()) {
            return proposals.find(proposal.id()).filter(q -> q.status() == Proposal.Status.SAVED)
                    .map(q -> alreadySaved(strategy, q))
                    .orElse(Outcome.of(Reason.BEING_SAVED));
        }
        try {
            Applied applied = plan.apply(strategy, change);
            proposals.saved(proposal.id());
            return new Outcome(applied.repeated() ? Reason.SAVED_AGAIN : Reason.SAVED, List.of(), proposal.view(false),
                    applied.update(), List.of());
        } catch (ConcurrentChangeException e) {
            proposals.release(proposal.id());
            return Outcome.of(Reason.CHANGED_AT_ONCE, proposal.target()).showing(proposal.view(false));
        } catch (DataAccessException storeDown) {
            releaseQuietly(proposal.id());
            return Outcome.of(Reason.STORE_DOWN).showing(proposal.view(false));
        }
    }

    public Outcome cancel(String proposalId, Strategy strategy, Person who) {
        Optional<Proposal> found = find(proposalId, strategy);
        if (found.isEmpty() || found.get().status() == Proposal.Status.SAVED) {
            return found.map(p -> alreadySaved(strategy, p)).orElse(Outcome.of(Reason.CARD_GONE_ALREADY));
        }
        if (!Objects.equals(found.get().authorId(), who.aadObjectId())) {
            return Outcome.of(Reason.NOT_YOURS_TO_CANCEL, found.get().author());
        }
        proposals.delete(found.get().id());
        return Outcome.of(Reason.CANCELLED);
    }

    /** Undoes the person's newest update, as {@link Undo} allows. */
    public Outcome undo(Strategy strategy, Person who) {
        return undo.newest(strategy, who);
    }

    /** An administrator records who leads a priority, or adds a delegate. */
    public Outcome assign(Strategy strategy, Person admin, String priority, Person person, boolean lead) {
        return leads.assign(strategy, admin, priority, person, lead);
    }

    private Optional<Proposal> find(String proposalId, Strategy strategy) {
        return proposalId == null ? Optional.empty()
                : proposals.find(proposalId).filter(p -> p.strategyId().equals(strategy.id()));
    }

    private Outcome alreadySaved(Strategy strategy, Proposal proposal) {
        ProgressUpdate saved = plan.history(strategy, proposal.target(), 200).stream()
                .filter(u -> u.id().equals(proposal.id())).findFirst().orElse(null);
        return new Outcome(Reason.ALREADY_SAVED, List.of(), proposal.view(false), saved, List.of());
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
