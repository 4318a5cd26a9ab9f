package org.strategybot.bot;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import org.strategybot.ask.Answer;
import org.strategybot.ask.DigestAnswers;
import org.strategybot.ask.StatusCard;
import org.strategybot.ask.StatusCards;
import org.strategybot.digest.Digest;
import org.strategybot.digest.Messenger;
import org.strategybot.digest.Reminder;
import org.strategybot.strategy.OrganisationSettings;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;

/**
 * Proactive messages over the Bot Connector: into a conversation by its stored reference, or into a new 1:1
 * chat with a person. Failures come back as the HTTP status the connector gave, for the digest's retry
 * rules; nothing here retries on its own (the SDK does not retry 429s at all).
 */
@Component
class TeamsMessenger implements Messenger {

    /**
     * How long a proactive send is waited for before it counts as no answer, and may be retried. A send cut short
     * earlier may still reach Teams (the connector client goes on, for up to 60 s to connect and 120 s to read), and
     * its retry would post the digest twice; the cap is only against a client that never ends its call.
     */
    private static final long TIMEOUT_SECONDS = 300;

    private final BotFrameworkHttpAdapter adapter;
    private final BotSettings settings;
    private final ZoneId zone;
    private final StatusCards cards;

    TeamsMessenger(BotFrameworkHttpAdapter adapter, BotSettings settings, OrganisationSettings organisation,
            StatusCards cards) {
        this.adapter = adapter;
        this.settings = settings;
        this.zone = organisation.zone();
        this.cards = cards;
    }

    /** The digest goes to channels, as they see it, and refreshes to the plan as it stands whenever it is viewed. */
    @Override
    public Sent send(String reference, Digest digest) {
        StatusCard card = cards.digest(digest);
        return post(reference(reference), turn -> turn.sendActivity(AnswerCards.message(card.answer(),
                RefreshableCards.card(card, null))).thenApply(sent -> null));
    }

    @Override
    public Sent remind(String anyReferenceInTenant, String aadObjectId, Reminder reminder) {
        ConversationReference known = reference(anyReferenceInTenant);
        String tenant = known.getConversation() == null ? null : known.getConversation().getTenantId();
        ConversationParameters chat = new ConversationParameters();
        chat.setIsGroup(false);
        chat.setMembers(List.of(new ChannelAccount(aadObjectId)));
        chat.setTenantId(tenant);
        TeamsChannelData data = new TeamsChannelData();
        data.setTenant(new TenantInfo(tenant));
        chat.setChannelData(data);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        return outcome(() -> adapter.createConversation(known.getChannelId(), known.getServiceUrl(), credentials(), chat,
                turn -> send(turn, DigestAnswers.of(reminder, zone)).whenComplete((r, e) -> failure.set(e))), failure);
    }

    private Sent post(ConversationReference reference, Function<TurnContext, CompletableFuture<Void>> what) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // the callback keeps its own failure, so that the adapter's turn-error handler does not post an apology
        return outcome(() -> adapter.continueConversation(settings.appId(), reference, turn -> {
            // the SDK gives its continuation activity a made-up id and would "reply" to it; without one the
            // digest is posted as a new message in the conversation (a new post in a channel)
            turn.getActivity().setId(null);
            return what.apply(turn).handle((r, e) -> {
                failure.set(e);
                return null;
            });
        }), failure);
    }

    private static CompletableFuture<Void> send(TurnContext turn, Answer answer) {
        return turn.sendActivity(AnswerCards.message(answer)).thenApply(sent -> null);
    }

    private static Sent outcome(Supplier<CompletableFuture<Void>> call, AtomicReference<Throwable> failure) {
        try {
            call.get().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        }
        Throwable e = MessagesController.unwrap(failure.get());
        if (e == null) {
            return Sent.ok();
        }
        if (e instanceof RestException rest && rest.response() != null) {
            String retryAfter = rest.response().headers().get("Retry-After");
            return new Sent(rest.response().code(), retryAfter == null ? null : seconds(retryAfter), "HTTP " + rest.response().code());
        }
        return new Sent(0, null, e instanceof IOException ? "no answer: " + e.getClass().getSimpleName() : e.getClass().getSimpleName());
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofMillis((long) (Double.parseDouble(retryAfter.trim()) * 1000));
        } catch (NumberFormatException httpDate) {
            return Duration.ofSeconds(1);
        }
    }

    private MicrosoftAppCredentials credentials() {
        if (settings.anonymous()) {
            return MicrosoftAppCredentials.empty();
        }
        return settings.appTenantId() == null || settings.appTenantId().isBlank()
                ? new MicrosoftAppCredentials(settings.appId(), settings.appPassword())
                : new MicrosoftAppCredentials(settings.appId(), settings.appPassword(), settings.appTenantId());
    }

    private static ConversationReference reference(String json) {
        try {
            return Serialization.getAs(Serialization.jsonToTree(json), ConversationReference.class);
        } catch (IOException e) {
            throw new IllegalStateException("A stored conversation reference is not valid JSON", e);
        }
    }
}
