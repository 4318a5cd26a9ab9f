package org.strategybot.bot;

import static org.strategybot.bot.Activities.cardData;
import static org.strategybot.bot.Activities.conversation;
import static org.strategybot.bot.Activities.question;
import static org.strategybot.bot.Activities.tenant;
import static org.strategybot.bot.Activities.viewer;


import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.strategybot.access.Person;
import org.strategybot.ask.Answer;
import org.strategybot.ask.Answers;
import org.strategybot.ask.Asker;
import org.strategybot.ask.ChatAnswer;
import org.strategybot.ask.StatusCards;
import org.strategybot.digest.Digests;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.AppBasedLinkQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;

/**
 * Handles what Teams sends: questions and updates in 1:1 chats, group chats and channels, presses of card
 * buttons (as Action.Execute invokes or Action.Submit messages), and being added to a conversation.
 */
class StrategyBot extends TeamsActivityHandler {


    private final Answers answers;
    private final Digests digests;
    private final MeterRegistry meters;
    private final Duration memberLookupTimeout;
    private final PeopleLinks people;
    private final MessageExtension extension;
    private final CardPresses presses;
    /** The answers counter of each intent, found once rather than looked up in the registry on every message. */
    private final Map<String, Counter> answered = new ConcurrentHashMap<>();

    StrategyBot(Answers answers, Digests digests, MeterRegistry meters, Duration memberLookupTimeout, PeopleLinks people,
            StatusCards statusCards, MessageExtension extension) {
        this.answers = answers;
        this.extension = extension;
        this.digests = digests;
        this.meters = meters;
        this.memberLookupTimeout = memberLookupTimeout;
        this.people = people;
        this.presses = new CardPresses(answers, statusCards, digests, this::asker);
    }

    /**
     * The SDK hands a failed future to the adapter's turn-error handler, but lets an exception thrown
     * on the way out (the store down, say) escape past it; this makes every failure a failed future.
     */
    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        try {
            return super.onTurn(turn);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        people.heard(turn.getActivity());
        if (RefreshableCards.onlyCarries(turn.getActivity())) {
            return CompletableFuture.completedFuture(null);
        }
        JsonNode card = cardData(turn.getActivity().getValue());
        if (card != null && card.path(UpdateCards.MARKER).asBoolean(false)) {
            return presses.submitted(turn, card);
        }
        if (card != null && card.path("quickUpdate").isTextual()) {
            // an update typed into a reminder card: handled as if typed into the chat
            Answer answer = answers.ask(card.path("quickUpdate").asText(), asker(turn));
            return turn.sendActivity(AnswerCards.message(answer)).thenApply(sent -> null);
        }
        String question = question(turn.getActivity());
        Asker asker = asker(turn);
        // a message with nothing to read (an image, an empty card submit) gets the help text
        ChatAnswer chat = answers.askInChat(question == null || question.isBlank() ? "help" : question, asker);
        Answer answer = chat.answer();
        // which questions people ask, and how often the bot does not understand: no text, only the intent
        answered.computeIfAbsent(answer.key(), intent -> meters.counter("strategybot.answers", "intent", intent)).increment();
        // an answer about one item's status stays current wherever it is viewed
        String postedFor = RefreshableCards.postedFor(viewer(turn), asker.conversation().kind());
        Activity reply = chat.card().map(status -> AnswerCards.message(answer, RefreshableCards.card(status, postedFor)))
                .orElseGet(() -> AnswerCards.message(answer));
        return turn.sendActivity(reply).thenApply(sent -> null);
    }

    @Override
    protected CompletableFuture<MessagingExtensionResponse> onTeamsMessagingExtensionQuery(TurnContext turn,
            MessagingExtensionQuery query) {
        MessagingExtensionQuery typed = query == null ? new MessagingExtensionQuery() : query;
        return MessageExtension.answered(turn.getActivity().getName(), () -> extension.query(typed, asker(turn)));
    }

    @Override
    protected CompletableFuture<MessagingExtensionResponse> onTeamsMessagingExtensionSelectItem(TurnContext turn, Object value) {
        return MessageExtension.answered(turn.getActivity().getName(),
                () -> extension.select(value, asker(turn), viewer(turn)));
    }

    @Override
    protected CompletableFuture<MessagingExtensionResponse> onTeamsAppBasedLinkQuery(TurnContext turn, AppBasedLinkQuery query) {
        return MessageExtension.answered(turn.getActivity().getName(),
                () -> extension.link(query == null ? null : query.getUrl(), asker(turn), viewer(turn)));
    }

    @Override
    protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(TurnContext turn,
            AdaptiveCardInvokeValue invoke) {
        return CompletableFuture.completedFuture(presses.invoked(turn, invoke));
    }

    /**
     * Says hello when the bot itself joins a personal chat, group chat or team. Handled here rather than by
     * the SDK's Teams handler, which looks up every other new member over the connector first: the bot has
     * no use for them, and a failed look-up would turn into an error reply.
     */
    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (includesBot(activity.getMembersRemoved(), activity)) {
            digests.removed(conversation(activity).id());
            return CompletableFuture.completedFuture(null);
        }
        if (!includesBot(activity.getMembersAdded(), activity)) {
            return CompletableFuture.completedFuture(null);
        }
        digests.installed(conversation(activity));
        people.joined(activity);
        return turn.sendActivity(AnswerCards.message(answers.welcome(conversation(activity)))).thenApply(sent -> null);
    }

    /** The app was installed (Teams also sends a conversation update, which says hello). */
    @Override
    protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
        digests.installed(conversation(turn.getActivity()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateRemove(TurnContext turn) {
        digests.removed(conversation(turn.getActivity()).id());
        return CompletableFuture.completedFuture(null);
    }

    private static boolean includesBot(List<ChannelAccount> members, Activity activity) {
        String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        return bot != null && members != null && members.stream().anyMatch(m -> m != null && bot.equals(m.getId()));
    }

    private Asker asker(TurnContext turn) {
        Activity activity = turn.getActivity();
        ChannelAccount from = activity.getFrom();
        Person person = new Person(from == null ? null : from.getAadObjectId(), from == null ? null : from.getName());
        String key = activity.getChannelId() + "|" + (activity.getConversation() == null ? "" : activity.getConversation().getId())
                + "|" + activity.getId();
        // the thread, not the channel: each thread of a channel is a conversation of its own
        String thread = activity.getConversation() == null ? null : activity.getChannelId() + "|" + activity.getConversation().getId();
        return new Asker(tenant(activity), person, activity.getId() == null ? null : key,
                new MentionedPeople(turn, memberLookupTimeout), conversation(activity), thread);
    }

}
