package org.strategybot.bot;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.strategybot.actions.ActionPlan;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import com.microsoft.bot.schema.teams.TeamsPagedMembersResult;

/**
 * Links owners and leads the plan names by email or UPN to their Azure AD object ids, which permissions and
 * reminders rest on: when such a person talks to the bot, and when the bot joins a team and reads its roster.
 *
 * <p>Teams' activities carry no email, so each link costs a call to the Bot Connector. None is made on the turn's
 * thread (a slow connector must never hold an answer up): the look-up is queued to one background thread, bounded
 * in time, made only while the plan has someone unlinked, and at most once per person (and per roster) per
 * {@code strategy-bot.people.lookup-every}; a full queue drops the look-up for the next time that person speaks.
 */
@Component
class PeopleLinks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PeopleLinks.class);

    private final BotFrameworkHttpAdapter adapter;
    private final BotSettings bot;
    private final ActionPlan plan;
    private final StrategyCatalog catalog;
    private final PeopleLinkSettings settings;
    private final Cache<String, Boolean> lookedUp;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(100), r -> {
                Thread t = new Thread(r, "people-links");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.AbortPolicy());

    PeopleLinks(BotFrameworkHttpAdapter adapter, BotSettings bot, ActionPlan plan, StrategyCatalog catalog, PeopleLinkSettings settings) {
        this.adapter = adapter;
        this.bot = bot;
        this.plan = plan;
        this.catalog = catalog;
        this.settings = settings;
        this.lookedUp = Caffeine.newBuilder().expireAfterWrite(settings.lookupEvery()).maximumSize(100_000).build();
    }

    /** Someone spoke: queue a look-up of their email, unless they were looked up lately. Never blocks. */
    void heard(Activity activity) {
        ChannelAccount from = activity.getFrom();
        if (from == null || from.getId() == null || from.getAadObjectId() == null) {
            return;
        }
        // the tenant alone makes the key: the rest of the conversation is read only when a look-up is due
        queue("person|" + Activities.tenant(activity) + "|" + from.getAadObjectId(), () -> linkSpeaker(
                activity.getConversationReference(), conversation(activity), from.getId(), from.getAadObjectId()));
    }

    /** The bot joined a team or chat: queue a read of its roster. Never blocks. */
    void joined(Activity activity) {
        Conversation c = conversation(activity);
        String roster = c.team() != null ? c.team() : activity.getConversation() == null ? null : activity.getConversation().getId();
        if (roster != null) {
            queue("roster|" + roster, () -> linkRoster(activity.getConversationReference(), c));
        }
    }

    private void queue(String key, Runnable lookUp) {
        if (lookedUp.asMap().putIfAbsent(key, true) != null) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    lookUp.run();
                } catch (RuntimeException e) {
                    // the Bot Connector down or slow: nothing lost, the person is looked up again next period
                    log.warn("Looking up Teams members for the plan's owners failed: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException busy) {
            lookedUp.invalidate(key);
        }
    }

    private void linkSpeaker(ConversationReference reference, Conversation c, String chatId, String aadObjectId) {
        Strategy strategy = c.strategy(catalog);
        Set<String> unlinked = plan.unlinkedEmails(strategy);
        if (unlinked.isEmpty()) {
            return;
        }
        TeamsChannelAccount member = withConnector(reference, turn -> TeamsInfo.getMember(turn, chatId));
        if (member != null) {
            link(strategy, unlinked, member, aadObjectId);
        }
    }

    private void linkRoster(ConversationReference reference, Conversation c) {
        Strategy strategy = c.strategy(catalog);
        Set<String> unlinked = plan.unlinkedEmails(strategy);
        String token = null;
        for (int page = 0; page < settings.maxRosterPages() && !unlinked.isEmpty(); page++) {
            String from = token;
            TeamsPagedMembersResult result = withConnector(reference, turn -> c.team() != null
                    ? TeamsInfo.getPagedTeamMembers(turn, c.team(), from) : TeamsInfo.getPagedMembers(turn, from));
            if (result == null || result.getMembers() == null) {
                return;
            }
            for (TeamsChannelAccount member : result.getMembers()) {
                link(strategy, unlinked, member, member.getAadObjectId() != null ? member.getAadObjectId() : member.getObjectId());
            }
            token = result.getContinuationToken();
            if (token == null || token.isBlank()) {
                return;
            }
        }
    }

    private void link(Strategy strategy, Set<String> unlinked, TeamsChannelAccount member, String aadObjectId) {
        if (aadObjectId == null) {
            return;
        }
        for (String address : Stream.of(member.getEmail(), member.getUserPrincipalName())
                .filter(a -> a != null && !a.isBlank()).map(a -> a.trim().toLowerCase(Locale.ROOT)).distinct().toList()) {
            if (unlinked.remove(address)) {
                long linked = plan.link(strategy, address, aadObjectId, member.getName());
                log.info("Linked {} item(s) of {}'s plan to their owner's Azure AD object id", linked, strategy.id());
            }
        }
    }

    /** A call to the Bot Connector in a turn of its own, as proactive messages are made, bounded in time. */
    private <T> T withConnector(ConversationReference reference, Function<TurnContext, CompletableFuture<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        adapter.continueConversation(bot.appId(), reference, turn -> call.apply(turn)
                .handle((value, error) -> error == null ? result.complete(value) : result.completeExceptionally(error))
                .thenApply(done -> null));
        try {
            return result.get(settings.lookupTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            log.info("A Teams member look-up gave no answer ({})", e.getCause() == null ? e.toString() : e.getCause().toString());
            return null;
        }
    }

    private record Conversation(String tenant, String team) {
        Strategy strategy(StrategyCatalog catalog) {
            return catalog.forConversation(tenant, team);
        }
    }

    private static Conversation conversation(Activity activity) {
        return new Conversation(Activities.tenant(activity), Activities.team(activity));
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
