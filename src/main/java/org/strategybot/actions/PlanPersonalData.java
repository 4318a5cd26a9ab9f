package org.strategybot.actions;

import static org.strategybot.actions.PlanStaffRecords.delegates;
import static org.strategybot.actions.PlanStaffRecords.leads;
import static org.strategybot.actions.PlanStaffRecords.before;
import static org.strategybot.actions.PlanStaffRecords.concerns;
import static org.strategybot.actions.PlanStaffRecords.owns;
import static org.strategybot.actions.PlanStaffRecords.writtenBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.strategybot.people.Held;
import org.strategybot.people.Identity;
import org.strategybot.people.PersonalData;
import org.strategybot.people.Pseudonym;
import org.strategybot.people.Scope;
import org.strategybot.retention.RetentionSettings;

/**
 * What the action plan holds about a member of staff: progress updates they wrote or whose notes name them
 * (in the history and in the copies items keep of their recent updates), the priorities they lead or are a
 * delegate of, overrides they set, and actions they own. Which records those are is {@link PlanStaffRecords}';
 * erasure is {@link PlanErasure}'s.
 */
@Component
class PlanPersonalData implements PersonalData {

    private final PlanStaffRecords records;
    private final PlanErasure erasure;
    private final RetentionSettings retention;

    PlanPersonalData(PlanStaffRecords records, PlanErasure erasure, RetentionSettings retention) {
        this.records = records;
        this.erasure = erasure;
        this.retention = retention;
    }

    /**
     * The names recorded with the person's id, and the ids and emails a plan linked to each other: an owner or lead
     * given by email in a spreadsheet is linked to their object id when they first talk to the bot.
     */
    @Override
    public Identity linked(Identity person, Scope scope) {
        if (person.keys().isEmpty()) {
            return Identity.none();
        }
        Set<String> names = new HashSet<>(records.authorNames(person, scope));
        Set<String> ids = new HashSet<>();
        Set<String> emails = new HashSet<>();
        records.priorities(scope).stream().filter(r -> person.hasId(r.leadId()) || person.hasId(r.leadEmail())).forEach(r -> {
            names.add(r.lead());
            add(ids, r.leadId());
            add(emails, r.leadEmail());
        });
        records.actions(scope).stream().filter(a -> person.hasId(a.ownerId()) || person.hasId(a.ownerEmail())).forEach(a -> {
            add(ids, a.ownerId());
            add(emails, a.ownerEmail());
        });
        names.remove(null);
        return new Identity(ids, emails, names);
    }

    private static void add(Set<String> into, String value) {
        if (value != null) {
            into.add(value);
        }
    }

    @Override
    public List<Held> find(Identity person, Scope scope) {
        List<Held> held = new ArrayList<>();
        String history = "progress history: " + RetentionSettings.words(retention.progressHistory())
                + " from when it was written (strategy-bot.retention.progress-history); the item it is about also keeps "
                + "a copy while it is its newest update or inside the trend window";
        for (ProgressUpdate u : records.updates(person, scope)) {
            held.add(new Held("updates", u.id(), writtenBy(u, person) ? "progress update they wrote"
                    : "progress update whose note names them", u.strategyId(), u.at(), history, details(u)));
        }
        String asRecorded = "while the plan records it: until an administrator records someone else, or erasure";
        for (PriorityRecord r : records.priorities(scope)) {
            if (leads(r, person)) {
                held.add(new Held("priorities", r.id(), "lead of " + r.code(), r.strategyId(), null, asRecorded,
                        Map.of("lead", String.valueOf(r.lead()), "leadId", String.valueOf(r.leadId()),
                                "leadEmail", String.valueOf(r.leadEmail()))));
            }
            if (delegates(r, person)) {
                held.add(new Held("priorities", r.id(), "delegate of " + r.code(), r.strategyId(), null, asRecorded,
                        Map.of("delegateIds", String.join(", ", r.delegateIds()))));
            }
            PriorityRecord.StoredOverride o = r.override();
            if (concerns(o, person)) {
                held.add(new Held("priorities", r.id(), "RAG or percent " + r.code() + "'s lead set over the calculated "
                        + "one, set by or naming them", r.strategyId(), o.at(), "while the override stands",
                        Map.of("by", String.valueOf(o.by()), "reason", String.valueOf(o.reason()))));
            }
            PriorityRecord.StoredOverride before = before(r);
            if (concerns(before, person)) {
                held.add(new Held("priorities", r.id(), "the override of " + r.code() + " before its latest change, kept "
                        + "so that the change can be undone, set by or naming them", r.strategyId(), before.at(),
                        "until the priority's next change", Map.of("by", String.valueOf(before.by()),
                                "reason", String.valueOf(before.reason()))));
            }
        }
        for (Action a : records.actions(scope)) {
            if (owns(a, person)) {
                held.add(new Held("actions", a.id(), "owner of " + a.code(), a.strategyId(), a.createdAt(),
                        "while the plan names them as its owner", Map.of("owner", String.valueOf(a.owner()),
                                "ownerId", String.valueOf(a.ownerId()), "ownerEmail", String.valueOf(a.ownerEmail()),
                                "title", String.valueOf(a.title()))));
            }
            if (person.mentionedIn(a.note())) {
                held.add(new Held("actions", a.id(), "latest progress note of " + a.code() + ", naming them", a.strategyId(),
                        a.lastUpdateAt(), "until a newer note replaces it", Map.of("note", a.note())));
            }
        }
        return held;
    }

    @Override
    public Map<String, Integer> anonymise(Identity person, Pseudonym pseudonym, Scope scope, Instant at) {
        return erasure.anonymise(person, pseudonym, scope, at);
    }

    private static Map<String, String> details(ProgressUpdate u) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("target", u.target());
        d.put("author", u.author());
        d.put("authorId", String.valueOf(u.authorId()));
        d.put("note", String.valueOf(u.note()));
        d.put("before", state(u.before()));
        d.put("after", state(u.after()));
        if (u.anonymisedAt() != null) {
            d.put("anonymisedAt", u.anonymisedAt().toString());
        }
        return d;
    }

    private static String state(ProgressUpdate.State s) {
        return s == null ? "" : String.join(" ", Stream.of(
                s.rag() == null ? null : "RAG " + s.rag().label(),
                s.percent() == null ? null : s.percent() + "%",
                s.due() == null ? null : "due " + s.due()).filter(Objects::nonNull).toList());
    }
}
