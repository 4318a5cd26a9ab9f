package org.strategybot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.strategybot.understanding.Context;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.Mention;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** What conversations were about, in the embedded store as production keeps it: shared, expiring, only references. */
class ConversationMemoryTest {

    private static final MongoServer server = new MongoServer(H2Backend.inMemory());
    private static final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private static final String THREAD = "msteams|19:general@thread.tacv2;messageid=1700000000000";
    private static final Context SP5 = new Context(Intent.STATUS, List.of(new Mention(EntityKind.PRIORITY, "SP5", 3)),
            List.of(new Mention(EntityKind.ACTION, "SP5.1", 4), new Mention(EntityKind.ACTION, "SP5.2", 4)));

    private final MongoTemplate mongo = new MongoTemplate(client, "conversations-test");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final ConversationMemory memory = new ConversationMemory(mongo, new ConversationSettings(Duration.ofMinutes(30), true), clock, true);

    @BeforeEach
    void empty() {
        mongo.dropCollection(Remembered.class);
    }

    @org.junit.jupiter.api.AfterEach
    void stopWriting() {
        memory.close();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aConversationRemembersWhatItWasAboutForAWhile() {
        memory.remember(THREAD, "wokingham-2021-24", memory.recall(THREAD, "wokingham-2021-24"), SP5);
        clock.advance(Duration.ofMinutes(29));

        Context recalled = memory.recall(THREAD, "wokingham-2021-24").context();

        assertThat(recalled.intent()).isEqualTo(Intent.STATUS);
        assertThat(recalled.about()).extracting(Mention::key).containsExactly("SP5");
        assertThat(recalled.shown()).extracting(Mention::key).containsExactly("SP5.1", "SP5.2");
    }

    @Test
    void afterTheMemoryItStartsAfreshAndTheBotDeletesIt() {
        memory.remember(THREAD, "wokingham-2021-24", memory.recall(THREAD, "wokingham-2021-24"), SP5);
        memory.flush();
        clock.advance(Duration.ofMinutes(31));

        assertThat(memory.recall(THREAD, "wokingham-2021-24").context()).isEqualTo(Context.NONE);
        // the next write removes what has expired: the embedded store has no TTL indexes
        memory.remember("msteams|a:other", "wokingham-2021-24", memory.recall("msteams|a:other", "wokingham-2021-24"), SP5);
        memory.flush();
        assertThat(mongo.getCollection("conversations").countDocuments()).isEqualTo(1);
    }

    @Test
    void anotherInstanceSeesWhatOneRememberedOnceItIsWritten() {
        ConversationMemory other = new ConversationMemory(mongo, new ConversationSettings(Duration.ofMinutes(30), true), clock, true);
        try {
            memory.remember(THREAD, "wokingham-2021-24", memory.recall(THREAD, "wokingham-2021-24"), SP5);
            // this instance knows at once; the store has it with the next batch, a fraction of a second later
            assertThat(memory.recall(THREAD, "wokingham-2021-24").context().about()).extracting(Mention::key).containsExactly("SP5");
            memory.flush();

            assertThat(other.recall(THREAD, "wokingham-2021-24").context().about()).extracting(Mention::key).containsExactly("SP5");
        } finally {
            other.close();
        }
    }

    @Test
    void manyConversationsAreWrittenInOneBatch() {
        for (int i = 0; i < 50; i++) {
            memory.remember(THREAD + i, "wokingham-2021-24", ConversationMemory.Recollection.NOTHING, SP5);
        }
        memory.flush();
        assertThat(mongo.getCollection("conversations").countDocuments()).isEqualTo(50);
    }

    @Test
    void eachThreadAndEachStrategyIsItsOwn() {
        memory.remember(THREAD, "wokingham-2021-24", memory.recall(THREAD, "wokingham-2021-24"), SP5);
        memory.flush();

        assertThat(memory.recall("msteams|19:general@thread.tacv2;messageid=1700000000999", "wokingham-2021-24").context())
                .isEqualTo(Context.NONE);
        assertThat(memory.recall(THREAD, "worcestershire-children-first").context()).isEqualTo(Context.NONE);
    }

    @Test
    void theStoreHoldsReferencesAndTheKindOfQuestionNeverAConversationsIdOrWords() {
        memory.remember(THREAD, "wokingham-2021-24", memory.recall(THREAD, "wokingham-2021-24"), SP5);
        memory.flush();

        Document stored = mongo.getCollection("conversations").find().first();
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "_class", "strategyId", "intent", "about", "shown", "at", "expiresAt");
        assertThat(stored.getString("_id")).doesNotContain("thread").hasSize(64);
        assertThat(stored.getString("intent")).isEqualTo("status");
        assertThat(stored.getList("about", String.class)).containsExactly("PRIORITY:SP5");
        assertThat(stored.getList("shown", String.class)).containsExactly("ACTION:SP5.1", "ACTION:SP5.2");
    }

    @Test
    void anUnchangedContextIsNotWrittenAgainUntilAQuarterOfTheMemoryHasPassed() {
        memory.remember(THREAD, "wokingham-2021-24", memory.recall(THREAD, "wokingham-2021-24"), SP5);
        memory.flush();
        Instant first = mongo.getCollection("conversations").find().first().getDate("at").toInstant();

        clock.advance(Duration.ofMinutes(5));
        memory.remember(THREAD, "wokingham-2021-24", memory.recall(THREAD, "wokingham-2021-24"), SP5);
        memory.flush();
        assertThat(mongo.getCollection("conversations").find().first().getDate("at").toInstant()).isEqualTo(first);

        clock.advance(Duration.ofMinutes(5));
        memory.remember(THREAD, "wokingham-2021-24", memory.recall(THREAD, "wokingham-2021-24"), SP5);
        memory.flush();
        assertThat(mongo.getCollection("conversations").find().first().getDate("at").toInstant()).isAfter(first);
    }

    @Test
    void withTheEmbeddedStoreOneInstanceRemembersWithoutWriting() {
        ConversationMemory alone = new ConversationMemory(mongo, new ConversationSettings(Duration.ofMinutes(30), null), clock, "");
        try {
            alone.remember(THREAD, "wokingham-2021-24", alone.recall(THREAD, "wokingham-2021-24"), SP5);
            alone.flush();

            assertThat(alone.recall(THREAD, "wokingham-2021-24").context().about()).extracting(Mention::key).containsExactly("SP5");
            assertThat(mongo.getCollection("conversations").countDocuments()).isZero();
            clock.advance(Duration.ofMinutes(31));
            assertThat(alone.recall(THREAD, "wokingham-2021-24").context()).isEqualTo(Context.NONE);
        } finally {
            alone.close();
        }
    }

    @Test
    void aConfiguredMongoDbSharesWhatConversationsWereAbout() {
        ConversationMemory configured = new ConversationMemory(mongo, new ConversationSettings(Duration.ofMinutes(30), null), clock,
                "mongodb://db.example:27017/strategy-bot");
        try {
            configured.remember(THREAD, "wokingham-2021-24", configured.recall(THREAD, "wokingham-2021-24"), SP5);
            configured.flush();
            assertThat(mongo.getCollection("conversations").countDocuments()).isEqualTo(1);
        } finally {
            configured.close();
        }
    }

    @Test
    void whatIsRememberedLastReplacesWhatWasBefore() {
        memory.remember(THREAD, "wokingham-2021-24", memory.recall(THREAD, "wokingham-2021-24"), SP5);
        memory.flush();
        Context next = new Context(Intent.PRIORITY_LEAD, List.of(new Mention(EntityKind.PRIORITY, "SP1", 3)), List.of());
        memory.remember(THREAD, "wokingham-2021-24", memory.recall(THREAD, "wokingham-2021-24"), next);
        memory.flush();

        assertThat(mongo.getCollection("conversations").countDocuments()).isEqualTo(1);
        assertThat(memory.recall(THREAD, "wokingham-2021-24").context().intent()).isEqualTo(Intent.PRIORITY_LEAD);
    }

    /** A clock the test moves: the memory's expiry is checked against the bot's clock, not waited for. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
