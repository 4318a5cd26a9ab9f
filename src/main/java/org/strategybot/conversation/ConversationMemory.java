package org.strategybot.conversation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.strategybot.understanding.Context;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.Mention;

/**
 * What each conversation was last about, in the store, so that a follow-up answered by another instance behind a
 * load balancer still knows what "it" is. One small document per conversation, read once and written at most once
 * a message; rewritten only when it changes or a good part of its time has passed, so a conversation that keeps
 * asking the same thing does not write on every message.
 */
@Service
public class ConversationMemory {

    private static final Logger log = LoggerFactory.getLogger(ConversationMemory.class);
    /** How often expired conversations are deleted, at most: on a write, as proposals are. */
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final MongoOperations mongo;
    private final ConversationSettings settings;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    ConversationMemory(MongoOperations mongo, ConversationSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What a conversation was about, and when that was written.
     *
     * @param at null when there was nothing (or it had expired)
     */
    public record Recollection(Context context, Instant at) {
        static final Recollection NOTHING = new Recollection(Context.NONE, null);
    }

    /** What the conversation was last about, within the memory's time; {@link Context#NONE} when nothing. */
    public Recollection recall(String conversation, String strategyId) {
        if (conversation == null) {
            return Recollection.NOTHING;
        }
        try {
            Remembered r = mongo.findById(key(conversation), Remembered.class);
            if (r == null || !r.strategyId().equals(strategyId) || !r.expiresAt().isAfter(clock.instant())) {
                return Recollection.NOTHING;
            }
            return new Recollection(new Context(r.intent() == null ? null : Intent.fromKey(r.intent()), mentions(r.about()),
                    mentions(r.shown())), r.at());
        } catch (DataAccessException | IllegalArgumentException e) {
            // a follow-up then starts afresh: never a reason to fail the answer
            log.warn("Could not read what a conversation was about: {}", e.getClass().getSimpleName());
            return Recollection.NOTHING;
        }
    }

    /**
     * Remembers what the conversation is now about.
     *
     * @param before what {@link #recall} gave for this message, so that an unchanged context is not written again
     */
    public void remember(String conversation, String strategyId, Recollection before, Context context) {
        if (conversation == null || context == null) {
            return;
        }
        Instant now = clock.instant();
        try {
            // strengths are how surely a message named an item, not part of what a conversation is about
            boolean same = before.at() != null && before.context().intent() == context.intent()
                    && refs(before.context().about()).equals(refs(context.about()))
                    && refs(before.context().shown()).equals(refs(context.shown()))
                    && before.at().plus(settings.memory().dividedBy(4)).isAfter(now);
            if (!same) {
                String intent = context.intent() == null ? null : context.intent().key();
                write(new Remembered(key(conversation), strategyId, intent, refs(context.about()), refs(context.shown()), now,
                        now.plus(settings.memory())));
            }
            purge(now);
        } catch (DataAccessException e) {
            log.warn("Could not remember what a conversation was about: {}", e.getClass().getSimpleName());
        }
    }

    /** One conditional write: of two instances answering the same conversation at once, the later one's stays. */
    private void write(Remembered r) {
        try {
            mongo.findAndModify(query(where("_id").is(r.id()).and("at").lte(r.at())),
                    new Update().set("strategyId", r.strategyId()).set("intent", r.intent()).set("about", r.about())
                            .set("shown", r.shown()).set("at", r.at()).set("expiresAt", r.expiresAt()),
                    FindAndModifyOptions.options().upsert(true), Remembered.class);
        } catch (DuplicateKeyException newer) {
            // another instance wrote a later one: it stands
        }
    }

    private void purge(Instant now) {
        Instant last = lastPurge.get();
        if (last.plus(PURGE_EVERY).isBefore(now) && lastPurge.compareAndSet(last, now)) {
            mongo.remove(query(where("expiresAt").lte(now)), Remembered.class);
        }
    }

    /** A conversation's id, hashed: the store needs to tell conversations apart, not to know which they are. */
    static String key(String conversation) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(conversation.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> refs(List<Mention> mentions) {
        return mentions.stream().map(m -> m.kind().name() + ":" + m.key()).toList();
    }

    private static List<Mention> mentions(List<String> refs) {
        return refs == null ? List.of() : refs.stream().map(ref -> {
            int colon = ref.indexOf(':');
            return new Mention(EntityKind.valueOf(ref.substring(0, colon)), ref.substring(colon + 1), 1);
        }).toList();
    }
}
