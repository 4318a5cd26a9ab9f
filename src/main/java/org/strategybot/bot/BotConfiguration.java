package org.strategybot.bot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.strategybot.ask.Answers;
import org.strategybot.ask.StatusCards;
import org.strategybot.digest.Digests;
import org.strategybot.reports.ReportSettings;

import io.micrometer.core.instrument.MeterRegistry;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.TurnContext;

@Configuration(proxyBeanMethods = false)
class BotConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BotConfiguration.class);
    /** As many turns at once as Tomcat has request threads by default; beyond that a request hears 503. */
    private static final int MAX_TURNS = 200;

    static final String STORE_DOWN = "I can't reach the strategy store just now, so I can't answer that. "
            + "Nothing was changed. Please try again in a minute.";
    static final String SOMETHING_WRONG = "Sorry, something went wrong on my side and I couldn't answer that. "
            + "Please try again; if it keeps happening, tell your Teams administrator.";

    @Bean
    TeamsAdapter adapter(BotSettings settings) {
        TeamsAdapter adapter = new TeamsAdapter(settings);
        adapter.setOnTurnError(BotConfiguration::onTurnError);
        if (!settings.anonymous()) {
            log.info("Bot endpoint: authenticating Bot Framework tokens for app {}", settings.appId());
        }
        return adapter;
    }

    @Bean
    Bot bot(Answers answers, Digests digests, MeterRegistry meters, BotSettings settings, PeopleLinks people,
            StatusCards statusCards, ReportSettings site) {
        return new StrategyBot(answers, digests, meters, settings.memberLookupTimeout(), people, statusCards,
                new MessageExtension(statusCards, site.publicUrl()));
    }

    /**
     * Where turns run, apart from the request threads: a request then waits only as long as the turn timeout, and a
     * turn that takes longer goes on here and replies when done. Shut down with the application, which lets the
     * turns in flight finish.
     */
    @Bean(destroyMethod = "shutdown")
    ExecutorService turns() {
        return new ThreadPoolExecutor(0, MAX_TURNS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new CustomizableThreadFactory("turn-"));
    }

    @Bean
    AnonymousMode anonymousMode(BotSettings settings, Environment environment) {
        return new AnonymousMode(settings, environment);
    }

    /** The person hears that it failed, never how: details go to the log with the activity id. */
    private static CompletableFuture<Void> onTurnError(TurnContext turn, Throwable error) {
        boolean storeDown = causedBy(error, DataAccessException.class);
        log.error("Turn for activity {} failed{}", turn.getActivity().getId(), storeDown ? ": store unavailable" : "", error);
        return turn.sendActivity(storeDown ? STORE_DOWN : SOMETHING_WRONG).thenApply(sent -> null);
    }

    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
