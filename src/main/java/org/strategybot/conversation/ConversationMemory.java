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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import org.strategybot.understanding.Context;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.Mention;

import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.annotation.PreDestroy;

/**
 * What each conversation was last about. With a MongoDB, in the store, so that a follow-up answered by another
 * instance behind a load balancer still knows what "it" is; with the embedded store, whose file one instance
 * holds, in this instance alone (bounded and expiring), as nothing else could read it and a write per message on
 * the embedded server costs about a third of a millisecond.
 *
 * <p>In the store, written behind the answer: what a conversation is about is kept here at once (this instance's
 * next message sees it) and written in batches a few times a second, so that answering never waits for the store
 * to write. A person's follow-up comes seconds later, long after the batch; a crash loses at most the last
 * fraction of a second of contexts, never an answer. Unchanged contexts are not written again until a quarter of
 * the memory's time has passed.
 */
@Service
public class ConversationMemory {

    private static final Logger log = LoggerFactory.getLogger(ConversationMemory.class);
    private static final long FLUSH_MILLIS = 200;
    /** Past this many unwritten contexts the one remembering writes them itself: memory stays bounded under any load. */
    private static final int MAX_PENDING = 20_000;
    /** How often expired conversations are deleted, at most, on a write, as proposals are. */
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Conversations one instance remembers without the store, at most: a few megabytes. */
    private static final int LOCAL_MAXIMUM = 20_000;

    private final MongoOperations mongo;
    private final ConversationSettings settings;
    private final Clock clock;
    private final boolean shared;
    /** In the store: contexts remembered here and not yet written. Without it: every context, until it expires. */
    private final Map<String, Remembered> here;
    private final ScheduledExecutorService writer;
    private volatile Instant lastPurge = Instant.EPOCH;

    @Autowired
    ConversationMemory(MongoOperations mongo, ConversationSettings settings, Clock clock,
            @Value("${spring.mongodb.uri:}") String configuredStore) {
        this(mongo, settings, clock, settings.shared() != null ? settings.shared() : !configuredStore.isBlank());
    }

    ConversationMemory(MongoOperations mongo, ConversationSettings settings, Clock clock, boolean shared) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
        this.shared = shared;
        this.here = shared ? new ConcurrentHashMap<>() : Caffeine.newBuilder().maximumSize(LOCAL_MAXIMUM)
                .expireAfterWrite(settings.memory()).<String, Remembered>build().asMap();
        this.writer = shared ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "conversation-memory");
            t.setDaemon(true);
            return t;
        }) : null;
        if (shared) {
            writer.scheduleWithFixedDelay(this::flushQuietly, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * What a conversation was about, and when that was remembered.
     *
     * @param at null when there was nothing (or it had expired)
     */
    public record Recollection(Context context, Instant at) {
        public static final Recollection NOTHING = new Recollection(Context.NONE, null);
    }

    /** What the conversation was last about, within the memory's time; {@link Recollection#NOTHING} when nothing. */
    public Recollection recall(String conversation, String strategyId) {
        if (conversation == null) {
            return Recollection.NOTHING;
        }
        try {
            String id = key(conversation);
            Remembered r = here.get(id);
            if (r == null && shared) {
                r = mongo.findById(id, Remembered.class);
            }
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
     * @param before what {@link #recall} gave for this message, if it was asked, so that an unchanged context is not
     *               written again
     */
    public void remember(String conversation, String strategyId, Recollection before, Context context) {
        if (conversation == null || context == null) {
            return;
        }
        Instant now = clock.instant();
        // strengths are how surely a message named an item, not part of what a conversation is about
        boolean same = before.at() != null && before.context().intent() == context.intent()
                && refs(before.context().about()).equals(refs(context.about()))
                && refs(before.context().shown()).equals(refs(context.shown()))
                && before.at().plus(settings.memory().dividedBy(4)).isAfter(now);
        if (same) {
            return;
        }
        String intent = context.intent() == null ? null : context.intent().key();
        Remembered r = new Remembered(key(conversation), strategyId, intent, refs(context.about()), refs(context.shown()), now,
                now.plus(settings.memory()));
        here.put(r.id(), r);
        if (shared && here.size() > MAX_PENDING) {
            flushQuietly();
        }
    }

    /** Writes what was remembered here to the store, in one round trip, and deletes what has expired. */
    synchronized void flush() {
        if (!shared) {
            return;
        }
        List<Remembered> batch = List.copyOf(here.values());
        if (!batch.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Remembered.class);
            batch.forEach(r -> bulk.replaceOne(query(where("_id").is(r.id())), r, FindAndReplaceOptions.options().upsert()));
            bulk.execute();
            // only what has not been remembered again meanwhile
            batch.forEach(r -> here.remove(r.id(), r));
        }
        Instant now = clock.instant();
        if (lastPurge.plus(PURGE_EVERY).isBefore(now)) {
            lastPurge = now;
            mongo.remove(query(where("expiresAt").lte(now)), Remembered.class);
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // kept here and tried again with the next batch; follow-ups on this instance still work
            log.warn("Could not write what conversations were about: {}", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void close() {
        if (shared) {
            writer.shutdown();
            flushQuietly();
        }
    }

    /** A conversation's id, hashed: the store needs to tell conversations apart, not to know which they are. */
    static String key(String conversation) {
        return HexFormat.of().formatHex(sha256().digest(conversation.getBytes(StandardCharsets.UTF_8)));
    }

    /** A copy of one SHA-256 instance: looking the algorithm up among the security providers costs more than hashing. */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
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
