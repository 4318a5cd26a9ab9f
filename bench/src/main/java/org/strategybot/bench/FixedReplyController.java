package org.strategybot.bench;

import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

/**
 * The ceiling of a Bot Framework reply on this stack: the SDK's adapter, anonymous like the benchmark's bot, turns
 * the same activity and sends a fixed text to the connector, with none of strategy-bot's work. Between this and
 * the trivial endpoint lies the protocol (the SDK's handling and the second HTTP exchange); between this and the
 * status question lies strategy-bot. Exists only under the {@code bench} profile, in the benchmark's sources.
 */
@Profile("bench")
@RestController
class FixedReplyController {

    private final BotFrameworkHttpAdapter adapter = new BotFrameworkHttpAdapter(new Configuration() {
        @Override
        public String getProperty(String key) {
            return null;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String[] getProperties(String key) {
            return new String[0];
        }
    });

    private final ActivityHandler bot = new ActivityHandler() {
        @Override
        protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
            return turn.sendActivity("A fixed reply.").thenApply(sent -> null);
        }
    };

    @PostMapping("/bench/fixed-reply")
    ResponseEntity<Void> reply(@RequestBody String body) throws Exception {
        Activity activity = Serialization.safeGetAs(Serialization.jsonToTree(body), Activity.class);
        adapter.processIncomingActivity(null, activity, bot).join();
        return ResponseEntity.accepted().build();
    }
}
