package org.strategybot.bot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strategybot.access.Person;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;

/**
 * The people a message @mentions, other than the bot, looked up only when an answer asks for them (making someone a
 * lead or a delegate). A Teams mention carries the person's chat id; their Azure AD object id, which permissions rest
 * on, comes from the conversation's member list over the Bot Connector: one call per person, so only the first few
 * mentions are looked up, all at once, and the answer waits for them no longer than the configured timeout.
 */
final class MentionedPeople implements Supplier<List<Person>> {

    private static final Logger log = LoggerFactory.getLogger(MentionedPeople.class);
    /** An assignment names one person; a message naming hundreds must not make hundreds of calls. */
    static final int MOST = 5;

    private final TurnContext turn;
    private final Duration timeout;
    private List<Person> people;

    MentionedPeople(TurnContext turn, Duration timeout) {
        this.turn = turn;
        this.timeout = timeout;
    }

    @Override
    public synchronized List<Person> get() {
        if (people == null) {
            people = lookUp();
        }
        return people;
    }

    private List<Person> lookUp() {
        Activity activity = turn.getActivity();
        String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        List<ChannelAccount> mentioned = new ArrayList<>();
        for (Mention mention : activity.getMentions()) {
            ChannelAccount who = mention.getMentioned();
            if (who != null && who.getId() != null && !who.getId().equals(bot) && mentioned.size() < MOST) {
                mentioned.add(who);
            }
        }
        List<CompletableFuture<TeamsChannelAccount>> lookups = mentioned.stream()
                .map(who -> who.getAadObjectId() != null ? null : member(who.getId())).toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Person> found = new ArrayList<>();
        for (int i = 0; i < mentioned.size(); i++) {
            ChannelAccount who = mentioned.get(i);
            String aad = lookups.get(i) == null ? who.getAadObjectId() : await(lookups.get(i), deadline);
            found.add(new Person(aad, who.getName()));
        }
        return found;
    }

    private CompletableFuture<TeamsChannelAccount> member(String chatId) {
        try {
            return TeamsInfo.getMember(turn, chatId);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The member's object id, or null when the connector does not know them or does not answer in time. */
    private String await(CompletableFuture<TeamsChannelAccount> lookup, long deadline) {
        try {
            TeamsChannelAccount member = lookup.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return member == null ? null : member.getAadObjectId();
        } catch (TimeoutException e) {
            lookup.cancel(true);
            log.warn("Activity {}: the Bot Connector did not say who a mentioned person is within {}",
                    turn.getActivity().getId(), timeout);
            return null;
        } catch (ExecutionException | RuntimeException notAMember) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
