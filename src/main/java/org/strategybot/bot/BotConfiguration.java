package org.strategybot.bot;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.strategybot.ask.Answers;
import org.strategybot.digest.Digests;

import io.micrometer.core.instrument.MeterRegistry;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;

@Configuration(proxyBeanMethods = false)
class BotConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BotConfiguration.class);

    static final String STORE_DOWN = "I can't reach the strategy store just now, so I can't answer that. "
            + "Nothing was changed. Please try again in a minute.";
    static final String SOMETHING_WRONG = "Sorry, something went wrong on my side and I couldn't answer that. "
            + "Please try again; if it keeps happening, tell your Teams administrator.";

    @Bean
    BotFrameworkHttpAdapter adapter(BotSettings settings) {
        TeamsAdapter adapter = new TeamsAdapter(settings);
        adapter.setOnTurnError(BotConfiguration::onTurnError);
        log.info("Bot endpoint: {}", settings.anonymous()
                ? "anonymous (no MicrosoftAppId): for local runs, the Emulator and the Agents Playground only"
                : "authenticating Bot Framework tokens for app " + settings.appId());
        return adapter;
    }

    @Bean
    Bot bot(Answers answers, Digests digests, MeterRegistry meters, PeopleLinks people) {
        return new StrategyBot(answers, digests, meters, people);
    }

    /** The person hears that it failed, never how: details go to the log with the activity id. */
    private static CompletableFuture<Void> onTurnError(TurnContext turn, Throwable error) {
        boolean storeDown = causedBy(error, DataAccessException.class);
        log.error("Turn for activity {} failed{}", turn.getActivity().getId(), storeDown ? ": store unavailable" : "", error);
        return turn.sendActivity(storeDown ? STORE_DOWN : SOMETHING_WRONG).thenApply(sent -> null);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
