package org.strategybot.digest;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.strategybot.people.Held;
import org.strategybot.people.Identity;
import org.strategybot.people.PersonalData;
import org.strategybot.people.Pseudonym;
import org.strategybot.people.Scope;
import org.strategybot.retention.RetentionSettings;
import org.strategybot.system.StoreWrites;

/**
 * What the digest holds about a member of staff: the conversation references that name them (they added the bot
 * or last spoke when it was stored), their own 1:1 chat with the bot, subscriptions they made, and reminders and
 * digests delivered to them. Erasure forgets their 1:1 chat, puts the pseudonym in other conversations'
 * references and subscriptions, and files their delivery records under the pseudonym.
 */
@Component
class DigestPersonalData implements PersonalData {

    private final MongoOperations mongo;
    private final RetentionSettings retention;

    DigestPersonalData(MongoOperations mongo, RetentionSettings retention) {
        this.mongo = mongo;
        this.retention = retention;
    }

    @Override
    public Identity linked(Identity person, Scope scope) {
        Set<String> names = new HashSet<>();
        installations(scope).stream().map(i -> StoredReference.of(i.reference()))
                .filter(r -> person.hasId(r.userObjectId())).forEach(r -> names.add(r.userName()));
        subscriptions(scope).stream().map(s -> StoredReference.of(s.reference()))
                .filter(r -> person.hasId(r.userObjectId())).forEach(r -> names.add(r.userName()));
        return Identity.named(names);
    }

    @Override
    public List<Held> find(Identity person, Scope scope) {
        String conversationKept = "while the bot is in the conversation: forgotten when it is removed, or "
                + RetentionSettings.words(retention.goneConversations()) + " after Teams says it was "
                + "(strategy-bot.retention.gone-conversations)";
        List<Held> held = new ArrayList<>();
        for (Installation i : installations(scope)) {
            StoredReference r = StoredReference.of(i.reference());
            if (names(r, person) || person.mentionedIn(i.reference()) || person.mentionedIn(i.title())) {
                held.add(new Held("installations", i.conversationId(), r.personal() ? "their 1:1 chat with the bot"
                        : "conversation the bot is in, whose stored reference or title names them (they added the bot "
                                + "or last spoke there when it was stored)", null, i.installedAt(), conversationKept,
                        conversation(i.kind(), i.title(), i.tenantId(), r)));
            }
        }
        for (Subscription s : subscriptions(scope)) {
            StoredReference r = StoredReference.of(s.reference());
            if (concerns(s, person)) {
                Map<String, String> details = conversation(r.personal() ? "personal" : "team or group", s.title(), s.tenantId(), r);
                details.put("subscribedBy", String.valueOf(s.subscribedBy()));
                held.add(new Held("subscriptions", s.conversationId(), "weekly digest subscription they made or whose "
                        + "reference names them", null, s.subscribedAt(), conversationKept, details));
            }
        }
        for (DeliveryRecord d : deliveries(person, scope)) {
            held.add(new Held("deliveries", d.id(), "reminder".equals(d.kind()) ? "reminder sent to them"
                    : "digest sent to their 1:1 chat", null, d.updatedAt(), RetentionSettings.words(retention.deliveries())
                            + " after its last attempt (strategy-bot.retention.deliveries)",
                    new LinkedHashMap<>(Map.of("target", d.target(), "slot", String.valueOf(d.slot()), "status",
                            String.valueOf(d.status()), "attempts", String.valueOf(d.attempts())))));
        }
        return held;
    }

    @Override
    public Map<String, Integer> anonymise(Identity person, Pseudonym pseudonym, Scope scope, Instant at) {
        Map<String, Integer> changed = new TreeMap<>();
        // first, while their 1:1 chat still says whose it is
        for (DeliveryRecord d : deliveries(person, scope)) {
            StoreWrites.insertIfAbsent(mongo, new DeliveryRecord(d.id().replace(d.target(), pseudonym.id()), d.kind(),
                    pseudonym.id(), d.slot(), d.status(), d.attempts(), d.lastError(), d.claimedAt(), d.updatedAt()));
            mongo.remove(query(where("_id").is(d.id())), DeliveryRecord.class);
            changed.merge("deliveries", 1, Integer::sum);
        }
        for (Installation i : installations(scope)) {
            StoredReference r = StoredReference.of(i.reference());
            if (names(r, person) && r.personal()) {
                mongo.remove(query(where("_id").is(i.conversationId())), Installation.class);
            } else if (names(r, person) || person.mentionedIn(i.reference()) || person.mentionedIn(i.title())) {
                mongo.updateFirst(query(where("_id").is(i.conversationId())), new Update()
                        .set("reference", reference(r, person, pseudonym)).set("title", person.scrub(i.title(), pseudonym)),
                        Installation.class);
            } else {
                continue;
            }
            changed.merge("installations", 1, Integer::sum);
        }
        for (Subscription s : subscriptions(scope)) {
            StoredReference r = StoredReference.of(s.reference());
            if (names(r, person) && r.personal()) {
                mongo.remove(query(where("_id").is(s.conversationId())), Subscription.class);
            } else if (concerns(s, person)) {
                mongo.updateFirst(query(where("_id").is(s.conversationId())), new Update()
                        .set("reference", reference(r, person, pseudonym)).set("title", person.scrub(s.title(), pseudonym))
                        .set("subscribedBy", person.hasName(s.subscribedBy()) ? pseudonym.name() : s.subscribedBy()),
                        Subscription.class);
            } else {
                continue;
            }
            changed.merge("subscriptions", 1, Integer::sum);
        }
        return changed;
    }

    @Override
    public List<String> outOfReach(Scope scope) {
        return scope.deploymentWide() ? List.of()
                : List.of("Records of digest and reminder deliveries span tenants, so a caller confined to one tenant "
                        + "cannot search or change them; a deployment-wide administrator can.");
    }

    /**
     * Deliveries to the person: reminders to their object id, and digests to their 1:1 chats. They span tenants,
     * so only a deployment-wide request reaches them.
     */
    private List<DeliveryRecord> deliveries(Identity person, Scope scope) {
        if (!scope.deploymentWide()) {
            return List.of();
        }
        Set<String> targets = new HashSet<>(person.keys());
        installations(scope).stream().filter(i -> personalChatOf(i.reference(), person)).forEach(i -> targets.add(i.conversationId()));
        subscriptions(scope).stream().filter(s -> personalChatOf(s.reference(), person)).forEach(s -> targets.add(s.conversationId()));
        return targets.isEmpty() ? List.of()
                : mongo.find(query(where("target").in(targets)), DeliveryRecord.class);
    }

    private List<Installation> installations(Scope scope) {
        return mongo.find(query(scope.tenants("tenantId")), Installation.class);
    }

    private List<Subscription> subscriptions(Scope scope) {
        return mongo.find(query(scope.tenants("tenantId")), Subscription.class);
    }

    private static boolean concerns(Subscription s, Identity person) {
        return names(StoredReference.of(s.reference()), person) || person.mentionedIn(s.reference())
                || person.mentionedIn(s.title()) || person.hasName(s.subscribedBy());
    }

    /** The reference without the person: as its user if they were, and wherever else it names them. */
    private static String reference(StoredReference r, Identity person, Pseudonym pseudonym) {
        return person.scrub(names(r, person) ? r.withUser(pseudonym.id(), pseudonym.name()) : r.json().toString(), pseudonym);
    }

    private static boolean personalChatOf(String reference, Identity person) {
        StoredReference r = StoredReference.of(reference);
        return r.personal() && names(r, person);
    }

    private static boolean names(StoredReference r, Identity person) {
        return person.hasId(r.userObjectId()) || r.userObjectId() == null && person.hasName(r.userName());
    }

    private static Map<String, String> conversation(String kind, String title, String tenantId, StoredReference r) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("kind", String.valueOf(kind));
        d.put("title", String.valueOf(title));
        d.put("tenant", String.valueOf(tenantId));
        d.put("user", String.valueOf(r.userName()));
        d.put("userObjectId", String.valueOf(r.userObjectId()));
        return d;
    }
}
