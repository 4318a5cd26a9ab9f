package org.strategybot.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;


import org.springframework.stereotype.Service;
import org.strategybot.retention.RetentionSettings;
import org.strategybot.strategy.OrganisationSettings;
import org.strategybot.strategy.Strategy;

/** The action plan's public face: status, actions and history, as plain records. */
@Service
public class ActionPlan {

    private final StatusRollUp rollUp;
    private final PlanWrites writes;
    private final Actions actions;
    private final ProgressUpdates updates;
    private final PlanRecords records;
    private final PlanImports imports;
    private final ActionSettings settings;
    private final RetentionSettings retention;
    private final ZoneId zone;
    private final Clock clock;

    ActionPlan(StatusRollUp rollUp, PlanWrites writes, Actions actions, ProgressUpdates updates, PlanRecords records,
            PlanImports imports, ActionSettings settings, RetentionSettings retention, OrganisationSettings organisation,
            Clock clock) {
        this.rollUp = rollUp;
        this.writes = writes;
        this.imports = imports;
        this.actions = actions;
        this.updates = updates;
        this.records = records;
        this.settings = settings;
        this.retention = retention;
        this.zone = organisation.zone();
        this.clock = clock;
    }

    /**
     * Applies a progress update: to an action, its values; to a priority, the lead's RAG or percent over the
     * calculated ones (a value equal to the calculated one removes the override). Every answer reflects it at
     * once on this instance.
     *
     * @throws IllegalArgumentException    for an item the plan does not have
     * @throws ConcurrentChangeException   when others kept changing the item while this was retried
     */
    public Applied apply(Strategy strategy, Change change) {
        return writes.apply(strategy, change);
    }

    /** Records the lead of a priority (or adds a delegate), who may then update it and its actions. */
    public Applied assign(Strategy strategy, String priority, String name, String aadObjectId, boolean lead, Change change) {
        return writes.assign(strategy, priority, name, aadObjectId, lead, change);
    }

    /** What applying these rows would do: actions added, changed field by field, left alone, retired; rows refused. */
    public PlanChanges previewImport(Strategy strategy, List<PlanRow> rows, ImportRequest request) {
        return imports.preview(strategy, rows, request);
    }

    /**
     * Applies the rows as {@link #previewImport} says, all or nothing: an import interrupted half way is finished
     * at start-up or before the next one (see {@link ImportJournal}). Every change is a history entry.
     */
    public PlanChanges applyImport(Strategy strategy, List<PlanRow> rows, ImportRequest request) {
        return imports.apply(strategy, rows, request);
    }

    /** The actions in force that match the filter as rows, in the order of {@link #actions}: what an export writes. */
    public List<PlanRow> rows(ActionFilter filter) {
        Instant now = clock.instant();
        return actions.find(filter, LocalDate.ofInstant(now, zone), now.minus(settings.staleAfter())).stream()
                .map(a -> new PlanRow(0, a.code(), a.priority(), a.title(), a.businessArea(), a.owner(), a.ownerEmail(),
                        a.due(), a.rag(), a.percent(), a.latestNote()))
                .toList();
    }

    /**
     * Links a person to the actions they own, and the priorities they lead, by the email or UPN the plan gives for
     * them: from then on permissions and reminders know them by their Azure AD object id.
     *
     * @return how many actions and priorities were linked
     */
    public long link(Strategy strategy, String email, String aadObjectId, String name) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        long linked = actions.link(strategy.id(), address, aadObjectId, name) + records.linkLead(strategy.id(), address, aadObjectId);
        if (linked > 0) {
            rollUp.refresh(strategy);
        }
        return linked;
    }

    /** The emails and UPNs the plan names for owners and leads not yet linked to an Azure AD object id. */
    public Set<String> unlinkedEmails(Strategy strategy) {
        Set<String> emails = new HashSet<>(actions.unlinkedEmails(strategy.id()));
        emails.addAll(records.unlinkedLeadEmails(strategy.id()));
        return emails;
    }

    /** The strategy itself changed (a priority added or taken out): every answer follows at once on this instance. */
    public void strategyChanged(Strategy strategy) {
        rollUp.refresh(strategy);
    }

    /** Who, besides administrators, may update this priority or action. */
    public Stewards stewards(Strategy strategy, String target) {
        String priority = ItemCode.of(target).priority();
        PriorityRecord record = records.priority(strategy.id(), priority).orElse(null);
        Set<String> ids = new HashSet<>();
        if (record != null) {
            if (record.leadId() != null) {
                ids.add(record.leadId());
            }
            ids.addAll(record.delegateIds());
        }
        if (ItemCode.of(target).isAction()) {
            actions.find(strategy.id(), target).map(Action::ownerId).ifPresent(ids::add);
        }
        return new Stewards(priority, record == null ? null : record.lead(), Set.copyOf(ids));
    }

    /** The priorities' recorded leads who can be reached in Teams (their object ids are known). */
    public List<Lead> leads(Strategy strategy) {
        return records.priorities(strategy.id()).stream().filter(r -> r.leadId() != null)
                .map(r -> new Lead(r.code(), r.lead(), r.leadId())).toList();
    }

    /** The history of a priority (with its actions) or of one action, newest first. */
    public List<ProgressUpdate> history(Strategy strategy, String target, int limit) {
        writes.completePending(strategy.id());
        return updates.history(strategy.id(), target, limit);
    }

    /** The latest updates by one author, newest first, for "undo my last update". */
    public List<ProgressUpdate> latestBy(Strategy strategy, String authorId, int limit) {
        writes.completePending(strategy.id());
        return updates.by(strategy.id(), authorId, limit);
    }

    /** The current state of an item, to compare with an update's "after" before undoing it. */
    public Optional<ProgressUpdate.State> current(Strategy strategy, String target) {
        if (ItemCode.of(target).isAction()) {
            return actions.find(strategy.id(), target).map(Action::state);
        }
        return status(strategy, target).map(p -> new ProgressUpdate.State(p.rag(), p.percent(), null));
    }

    /** Every priority's status, from the cache, which every change to the plan on this instance recomputes. */
    public PlanStatus status(Strategy strategy) {
        return rollUp.status(strategy);
    }

    public Optional<PriorityStatus> status(Strategy strategy, String priorityCode) {
        return status(strategy).priority(priorityCode);
    }

    /**
     * A filter from what a person or a URL gives: a priority code written in any case, a RAG word, an owner's name
     * or Azure AD object id.
     *
     * @throws IllegalArgumentException for a priority the strategy does not have or a RAG that does not exist
     */
    public ActionFilter filter(Strategy s, String priority, String rag, String owner, Boolean overdue, Boolean stale) {
        if (priority != null && s.priority(priority).isEmpty()) {
            throw new IllegalArgumentException("'" + priority + "' is not a priority of " + s.id() + "; use one of "
                    + (s.priorities() == null ? "none" : String.join(", ",
                            s.priorities().items().stream().map(Strategy.Priority::code).toList())) + ".");
        }
        return new ActionFilter(s.id(), priority == null ? null : s.priority(priority).orElseThrow().code(),
                rag == null ? null : Rag.of(rag), owner == null || owner.isBlank() ? null : owner.trim(), overdue, stale);
    }

    /** Actions matching the filter, read from the store (not the cache), so filters see every action. */
    public List<ActionView> actions(ActionFilter filter) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant staleBefore = now.minus(settings.staleAfter());
        return actions.find(filter, today, staleBefore).stream().map(a -> ActionView.of(a, today, staleBefore)).toList();
    }

    /** Progress updates at or after {@code since}, newest first. */
    public List<ProgressUpdate> updatesSince(String strategyId, Instant since) {
        return updates.since(strategyId, since);
    }

    /**
     * The progress at or after {@code since}, newest first: what the digest, the committee report and "what changed"
     * show. Undos, the updates they reversed and lead records stay in the history ({@link #updatesSince}).
     */
    public List<ProgressUpdate> progressSince(String strategyId, Instant since) {
        return ProgressUpdate.progress(updates.since(strategyId, since));
    }

    /**
     * The progress inside the trend window, newest first, as {@link #progressSince} would give it from
     * {@link #trendWindowStart()}, but read from the plan's items, which keep their updates of the window (retired
     * actions too), not from the history: its cost follows the plan's size, not the years of history, which the
     * embedded store would read whole (it ignores indexes). An item keeps at most {@value RecentUpdates#LIMIT} updates
     * of one window.
     */
    public List<ProgressUpdate> recentProgress(Strategy strategy) {
        Instant since = trendWindowStart();
        Stream<ProgressUpdate> kept = Stream.concat(actions.everyAction(strategy.id()).stream().map(Action::recent),
                records.priorities(strategy.id()).stream().map(PriorityRecord::recent)).flatMap(List::stream);
        return ProgressUpdate.progress(kept.filter(u -> !u.at().isBefore(since))
                .sorted(Comparator.comparing(ProgressUpdate::at).reversed()).toList());
    }

    /**
     * Who wrote anything in the history of the plan at or after {@code since}: one read of the history for all
     * its people, where asking {@link #latestBy} for each would read it once per person.
     */
    public Set<String> authorsSince(Strategy strategy, Instant since) {
        writes.completePending(strategy.id());
        return updates.since(strategy.id(), since).stream().map(ProgressUpdate::authorId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /**
     * Each priority's RAG at each moment, rebuilt from the history the same way the trend is.
     *
     * @throws IllegalArgumentException for a moment before the history is kept from ({@code strategy-bot.retention.progress-history}):
     *                                  the updates it would be rebuilt from may be gone
     */
    public List<RagAt> ragAt(Strategy strategy, List<Instant> moments) {
        Instant keptSince = PlanRetention.historyKeptSince(retention, zone, clock.instant());
        if (moments.stream().anyMatch(m -> m.isBefore(keptSince))) {
            throw new IllegalArgumentException("Progress updates are kept for " + RetentionSettings.words(retention.progressHistory())
                    + " (strategy-bot.retention.progress-history), so the RAG can be rebuilt from "
                    + LocalDate.ofInstant(keptSince, zone).plusDays(1) + " on; choose a later start.");
        }
        writes.completePending(strategy.id());
        return rollUp.ragAt(strategy, moments);
    }

    /** The start of the window "what changed this week" looks at. */
    public Instant trendWindowStart() {
        return clock.instant().minus(settings.trendWindow());
    }

    public ActionSettings settings() {
        return settings;
    }

    /** The organisation's time zone, in which due dates and "today" are read. */
    public ZoneId zone() {
        return zone;
    }
}
