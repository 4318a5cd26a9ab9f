package org.strategybot.actions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.strategybot.people.Held;
import org.strategybot.people.Identity;
import org.strategybot.people.PersonalData;
import org.strategybot.people.Pseudonym;
import org.strategybot.people.Scope;
import org.strategybot.retention.RetentionSettings;
import org.strategybot.strategy.StrategyCatalog;

/**
 * What the action plan holds about a member of staff: progress updates they wrote or whose notes name them
 * (in the history and in the copies items keep of their recent updates), the priorities they lead or are a
 * delegate of, overrides they set, and actions they own. Erasure replaces them by the pseudonym and leaves
 * every RAG, percent, date and time as it was, so the trend, the RAG history and the reports are unchanged.
 * Ids and emails that grant permissions or address reminders (leads', delegates', owners') are removed rather than
 * replaced, so no pseudonym is ever reminded or allowed anything.
 */
@Component
class PlanPersonalData implements PersonalData {

    private static final int ATTEMPTS = 12;

    private final MongoOperations mongo;
    private final StatusRollUp rollUp;
    private final StrategyCatalog catalog;
    private final RetentionSettings retention;

    PlanPersonalData(MongoOperations mongo, StatusRollUp rollUp, StrategyCatalog catalog, RetentionSettings retention) {
        this.mongo = mongo;
        this.rollUp = rollUp;
        this.catalog = catalog;
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
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Set<String> emails = new HashSet<>();
        mongo.find(query(new Criteria().andOperator(scope.strategies("strategyId"), where("authorId").in(person.keys()))),
                ProgressUpdate.class).forEach(u -> names.add(u.author()));
        priorities(scope).stream().filter(r -> person.hasId(r.leadId()) || person.hasId(r.leadEmail())).forEach(r -> {
            names.add(r.lead());
            add(ids, r.leadId());
            add(emails, r.leadEmail());
        });
        actions(scope).stream().filter(a -> person.hasId(a.ownerId()) || person.hasId(a.ownerEmail())).forEach(a -> {
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
        for (ProgressUpdate u : updates(person, scope)) {
            held.add(new Held("updates", u.id(), writtenBy(u, person) ? "progress update they wrote"
                    : "progress update whose note names them", u.strategyId(), u.at(), history, details(u)));
        }
        String asRecorded = "while the plan records it: until an administrator records someone else, or erasure";
        for (PriorityRecord r : priorities(scope)) {
            if (leads(r, person)) {
                held.add(new Held("priorities", r.id(), "lead of " + r.code(), r.strategyId(), null, asRecorded,
                        Map.of("lead", String.valueOf(r.lead()), "leadId", String.valueOf(r.leadId()),
                                "leadEmail", String.valueOf(r.leadEmail()))));
            }
            if (r.delegateIds().stream().anyMatch(person::hasId)) {
                held.add(new Held("priorities", r.id(), "delegate of " + r.code(), r.strategyId(), null, asRecorded,
                        Map.of("delegateIds", String.join(", ", r.delegateIds()))));
            }
            PriorityRecord.StoredOverride o = r.override();
            if (concerns(o, person)) {
                held.add(new Held("priorities", r.id(), "RAG or percent " + r.code() + "'s lead set over the calculated "
                        + "one, set by or naming them", r.strategyId(), o.at(), "while the override stands",
                        Map.of("by", String.valueOf(o.by()), "reason", String.valueOf(o.reason()))));
            }
            PriorityRecord.StoredOverride before = r.previous() == null ? null : r.previous().override();
            if (concerns(before, person)) {
                held.add(new Held("priorities", r.id(), "the override of " + r.code() + " before its latest change, kept "
                        + "so that the change can be undone, set by or naming them", r.strategyId(), before.at(),
                        "until the priority's next change", Map.of("by", String.valueOf(before.by()),
                                "reason", String.valueOf(before.reason()))));
            }
        }
        for (Action a : actions(scope)) {
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
        Map<String, Integer> changed = new TreeMap<>();
        Set<String> strategies = new HashSet<>();
        for (ProgressUpdate u : updates(person, scope)) {
            mongo.save(anonymised(u, person, pseudonym, at));
            changed.merge("updates", 1, Integer::sum);
            strategies.add(u.strategyId());
        }
        for (PriorityRecord r : priorities(scope)) {
            if (rewrite(PriorityRecord.class, r.id(), person, pseudonym, at)) {
                changed.merge("priorities", 1, Integer::sum);
                strategies.add(r.strategyId());
            }
        }
        for (Action a : actions(scope)) {
            if (rewrite(Action.class, a.id(), person, pseudonym, at)) {
                changed.merge("actions", 1, Integer::sum);
                strategies.add(a.strategyId());
            }
        }
        // the cached status holds leads' names and latest updates: recomputed, so nobody is shown the erased name
        strategies.forEach(id -> catalog.find(id).ifPresent(rollUp::refresh));
        return changed;
    }

    /**
     * Rewrites one action or priority record without the person, at the version read, so that a change made
     * meanwhile is not overwritten (it is read again and the rewrite retried).
     *
     * @return whether it held anything about them
     */
    private boolean rewrite(Class<?> type, String id, Identity person, Pseudonym pseudonym, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object current = mongo.findById(id, type);
            if (current == null) {
                return false;
            }
            Update update = current instanceof Action a ? without(a, person, pseudonym, at)
                    : without((PriorityRecord) current, person, pseudonym, at);
            if (update == null) {
                return false;
            }
            long version = current instanceof Action a ? a.version() : ((PriorityRecord) current).version();
            if (mongo.updateFirst(query(where("_id").is(id).and("version").is(version)), update.inc("version", 1), type)
                    .getMatchedCount() == 1) {
                return true;
            }
        }
        throw new ConcurrentChangeException(id);
    }

    private Update without(Action a, Identity person, Pseudonym pseudonym, Instant at) {
        Update update = new Update();
        boolean changed = copies(update, a.recent(), a.pending(), person, pseudonym, at);
        if (owns(a, person)) {
            update.set("owner", pseudonym.name()).unset("ownerId").unset("ownerEmail");
            changed = true;
        }
        if (person.mentionedIn(a.note())) {
            update.set("note", person.scrub(a.note(), pseudonym));
            changed = true;
        }
        return changed ? update : null;
    }

    private Update without(PriorityRecord r, Identity person, Pseudonym pseudonym, Instant at) {
        Update update = new Update();
        boolean changed = copies(update, r.recent(), r.pending(), person, pseudonym, at);
        if (leads(r, person)) {
            update.set("lead", pseudonym.name()).unset("leadId").unset("leadEmail");
            changed = true;
        }
        if (r.delegateIds().stream().anyMatch(person::hasId)) {
            update.set("delegateIds", r.delegateIds().stream().filter(d -> !person.hasId(d)).toList());
            changed = true;
        }
        PriorityRecord.StoredOverride o = r.override();
        if (concerns(o, person)) {
            update.set("override", scrubbed(o, person, pseudonym));
            changed = true;
        }
        PriorityRecord.StoredOverride before = r.previous() == null ? null : r.previous().override();
        if (concerns(before, person)) {
            update.set("previous", new PriorityRecord.Previous(r.previous().change(), scrubbed(before, person, pseudonym)));
            changed = true;
        }
        return changed ? update : null;
    }

    private static boolean concerns(PriorityRecord.StoredOverride o, Identity person) {
        return o != null && (person.hasName(o.by()) || person.mentionedIn(o.reason()));
    }

    private static PriorityRecord.StoredOverride scrubbed(PriorityRecord.StoredOverride o, Identity person, Pseudonym pseudonym) {
        return new PriorityRecord.StoredOverride(o.rag(), o.percent(), person.scrub(o.reason(), pseudonym),
                person.hasName(o.by()) ? pseudonym.name() : o.by(), o.at(), o.sensitive());
    }

    /** The item's own copies of its recent updates and of a change in flight, anonymised where they concern the person. */
    private static boolean copies(Update update, List<ProgressUpdate> recent, ProgressUpdate pending, Identity person,
            Pseudonym pseudonym, Instant at) {
        List<ProgressUpdate> kept = recent.stream().map(u -> anonymised(u, person, pseudonym, at)).toList();
        boolean changed = false;
        if (!kept.equals(recent)) {
            update.set("recent", kept);
            changed = true;
        }
        if (pending != null && concerns(pending, person)) {
            update.set("pending", anonymised(pending, person, pseudonym, at));
            changed = true;
        }
        return changed;
    }

    private static ProgressUpdate anonymised(ProgressUpdate u, Identity person, Pseudonym pseudonym, Instant at) {
        if (!concerns(u, person)) {
            return u;
        }
        boolean author = writtenBy(u, person);
        return u.anonymised(author ? pseudonym.name() : u.author(), author ? pseudonym.id() : u.authorId(),
                person.scrub(u.note(), pseudonym), at);
    }

    /** Updates they wrote or whose notes name them: the store narrows by id, name and pattern, then each is checked. */
    private List<ProgressUpdate> updates(Identity person, Scope scope) {
        List<Criteria> any = person.storeMatches("authorId", "note");
        if (!person.names().isEmpty()) {
            // updates loaded from a plan file have a name and no id
            any.add(where("authorId").is(null).and("author").in(person.names()));
        }
        if (any.isEmpty()) {
            return List.of();
        }
        return mongo.find(query(new Criteria().andOperator(scope.strategies("strategyId"), new Criteria().orOperator(any)))
                .with(Sort.by("at")), ProgressUpdate.class).stream().filter(u -> concerns(u, person)).toList();
    }

    private List<PriorityRecord> priorities(Scope scope) {
        return mongo.find(query(scope.strategies("strategyId")), PriorityRecord.class);
    }

    private List<Action> actions(Scope scope) {
        return mongo.find(query(scope.strategies("strategyId")).with(Sort.by("_id")), Action.class);
    }

    private static boolean concerns(ProgressUpdate u, Identity person) {
        return writtenBy(u, person) || person.mentionedIn(u.note());
    }

    private static boolean writtenBy(ProgressUpdate u, Identity person) {
        return person.hasId(u.authorId()) || u.authorId() == null && person.hasName(u.author());
    }

    private static boolean leads(PriorityRecord r, Identity person) {
        return person.hasId(r.leadId()) || person.hasId(r.leadEmail()) || r.leadId() == null && person.hasName(r.lead());
    }

    /**
     * An owner by id, or by name where the plan gives no id. A name alone is matched as a whole field: owners are
     * often role titles ("Head of Early Help"), so an owner's text is never taken for a person's name elsewhere.
     */
    private static boolean owns(Action a, Identity person) {
        return person.hasId(a.ownerId()) || person.hasId(a.ownerEmail()) || a.ownerId() == null && person.hasName(a.owner());
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
