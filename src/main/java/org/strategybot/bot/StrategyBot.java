package org.strategybot.bot;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.strategybot.access.Person;
import org.strategybot.ask.Answer;
import org.strategybot.ask.Answers;
import org.strategybot.ask.Asker;
import org.strategybot.ask.StatusCards;
import org.strategybot.digest.Conversation;
import org.strategybot.digest.Digests;
import org.strategybot.updates.Edits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.AppBasedLinkQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import com.microsoft.bot.schema.teams.TeamsChannelData;

/**
 * Handles what Teams sends: questions and updates in 1:1 chats, group chats and channels, presses of card
 * buttons (as Action.Execute invokes or Action.Submit messages), and being added to a conversation.
 */
class StrategyBot extends TeamsActivityHandler {

    private static final Logger log = LoggerFactory.getLogger(StrategyBot.class);

    private final Answers answers;
    private final Digests digests;
    private final MeterRegistry meters;
    private final Duration memberLookupTimeout;
    private final PeopleLinks people;
    private final StatusCards statusCards;
    private final MessageExtension extension;
    /** The answers counter of each intent, found once rather than looked up in the registry on every message. */
    private final Map<String, Counter> answered = new ConcurrentHashMap<>();

    StrategyBot(Answers answers, Digests digests, MeterRegistry meters, Duration memberLookupTimeout, PeopleLinks people,
            StatusCards statusCards, MessageExtension extension) {
        this.answers = answers;
        this.statusCards = statusCards;
        this.extension = extension;
        this.digests = digests;
        this.meters = meters;
        this.memberLookupTimeout = memberLookupTimeout;
        this.people = people;
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
            return submitted(turn, card);
        }
        if (card != null && card.path("quickUpdate").isTextual()) {
            // an update typed into a reminder card: handled as if typed into the chat
            Answer answer = answers.ask(card.path("quickUpdate").asText(), asker(turn));
            return turn.sendActivity(AnswerCards.message(answer)).thenApply(sent -> null);
        }
        String question = question(turn.getActivity());
        Asker asker = asker(turn);
        // a message with nothing to read (an image, an empty card submit) gets the help text
        Answer answer = answers.ask(question == null || question.isBlank() ? "help" : question, asker);
        // which questions people ask, and how often the bot does not understand: no text, only the intent
        answered.computeIfAbsent(answer.key(), intent -> meters.counter("strategybot.answers", "intent", intent)).increment();
        // an answer about one item's status stays current wherever it is viewed
        String postedFor = RefreshableCards.postedFor(viewer(turn), asker.conversation().kind());
        Activity reply = statusCards.of(answer, asker).map(status -> AnswerCards.message(answer,
                RefreshableCards.card(status, postedFor))).orElseGet(() -> AnswerCards.message(answer));
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

    /**
     * Confirm or Cancel pressed where Teams supports universal actions: the new card goes back in the response. A
     * failure (the store down, say) is answered in the response too, as a message that leaves the card as it was,
     * so the person can press again; the SDK would otherwise answer 500 with the exception's message.
     */
    @Override
    protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(TurnContext turn,
            AdaptiveCardInvokeValue invoke) {
        try {
            JsonNode data = cardData(invoke.getAction() == null ? null : invoke.getAction().getData());
            if (data != null && data.path(RefreshableCards.MARKER).asBoolean(false)) {
                return CompletableFuture.completedFuture(refreshed(turn, data));
            }
            if (data == null || !data.path(UpdateCards.MARKER).asBoolean(false)) {
                return CompletableFuture.completedFuture(invokeResponse(AnswerCards.card(answers.ask("help", asker(turn)))));
            }
            String verb = invoke.getAction().getVerb() != null ? invoke.getAction().getVerb() : data.path("verb").asText();
            return CompletableFuture.completedFuture(invokeResponse(AnswerCards.card(cardAction(turn, verb, data))));
        } catch (RuntimeException e) {
            boolean storeDown = BotConfiguration.causedBy(e, DataAccessException.class);
            log.error("Card action {} failed{}", turn.getActivity().getId(), storeDown ? ": store unavailable" : "", e);
            return CompletableFuture.completedFuture(invokeMessage(storeDown ? BotConfiguration.STORE_DOWN
                    : BotConfiguration.SOMETHING_WRONG));
        }
    }

    /**
     * A status card viewed or its Refresh pressed: the card as it stands now, for the viewer's strategy only. Refused
     * with Universal Actions' error response, which leaves the card as it was.
     */
    private AdaptiveCardInvokeResponse refreshed(TurnContext turn, JsonNode data) {
        Asker viewer = asker(turn);
        return (data.path(RefreshableCards.DIGEST).asBoolean(false)
                ? statusCards.refreshableIn(text(data, "strategy"), viewer).map(s -> statusCards.digest(digests.preview(s)))
                : statusCards.refresh(text(data, "strategy"), text(data, "code"), data.path("shared").asBoolean(true), viewer))
                .map(status -> invokeResponse(RefreshableCards.card(status, text(data, RefreshableCards.FOR))))
                .orElseGet(RefreshableCards::refused);
    }

    /** The Teams id (MRI) of the person in this turn, whom a status card posted in a channel names for refresh. */
    private static String viewer(TurnContext turn) {
        return turn.getActivity().getFrom() == null ? null : turn.getActivity().getFrom().getId();
    }

    /** Confirm or Cancel pressed as an Action.Submit: the result replaces the card where Teams says which it was. */
    private CompletableFuture<Void> submitted(TurnContext turn, JsonNode data) {
        Activity result = AnswerCards.message(cardAction(turn, data.path("verb").asText(), data));
        String cardId = turn.getActivity().getReplyToId();
        if (cardId == null) {
            return turn.sendActivity(result).thenApply(sent -> null);
        }
        result.setId(cardId);
        return turn.updateActivity(result)
                .exceptionallyCompose(notUpdatable -> turn.sendActivity(result).thenApply(sent -> null))
                .thenApply(done -> null);
    }

    private Answer cardAction(TurnContext turn, String verb, JsonNode data) {
        String proposalId = data.path("proposalId").isTextual() ? data.path("proposalId").asText() : null;
        if (UpdateCards.CANCEL.equals(verb)) {
            return answers.cancel(proposalId, asker(turn));
        }
        Edits edits = new Edits(text(data, "rag"), text(data, "percent"), text(data, "due"), text(data, "note"),
                "true".equals(text(data, UpdateCards.SENSITIVE)));
        return answers.confirm(proposalId, edits, asker(turn));
    }

    private static AdaptiveCardInvokeResponse invokeResponse(Map<String, Object> card) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(200);
        response.setType(AnswerCards.CONTENT_TYPE);
        response.setValue(Serialization.objectToTree(card));
        return response;
    }

    /** Universal Actions' message response: Teams shows the text and keeps the card as it was. */
    private static AdaptiveCardInvokeResponse invokeMessage(String text) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(200);
        response.setType("application/vnd.microsoft.activity.message");
        response.setValue(text);
        return response;
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

    /**
     * The conversation as the digest keeps it. In a channel that is the channel itself, not the thread the
     * message was in, so that a digest starts a new post rather than replying in someone's thread.
     */
    static Conversation conversation(Activity activity) {
        // a copy: the reference shares its conversation object with the activity being answered
        ObjectNode reference = (ObjectNode) Serialization.objectToTree(activity.getConversationReference());
        String id = activity.getConversation() == null ? null : activity.getConversation().getId();
        String kind = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        String title = null;
        String team = null;
        try {
            TeamsChannelData data = activity.getChannelData(TeamsChannelData.class);
            if (data != null && data.getChannel() != null && data.getChannel().getId() != null) {
                id = data.getChannel().getId();
                title = data.getChannel().getName();
            }
            if (data != null && data.getTeam() != null) {
                team = data.getTeam().getId();
            }
        } catch (Exception notTeams) {
            // not a Teams channel: the conversation id is the one to post to
        }
        if (id != null && id.contains(";messageid=")) {
            id = id.substring(0, id.indexOf(";messageid="));
        }
        if (id != null && reference.path("conversation").isObject()) {
            ((ObjectNode) reference.get("conversation")).put("id", id);
        }
        reference.remove("activityId");
        return new Conversation(id, tenant(activity), kind, title, reference.toString(), team);
    }

    /** The text typed, or the question carried by a card button pressed outside Teams. */
    private static String question(Activity activity) {
        if (activity.getText() != null && !activity.getText().isBlank()) {
            return activity.getText();
        }
        JsonNode value = cardData(activity.getValue());
        return value != null && value.path("ask").isTextual() ? value.path("ask").asText() : null;
    }

    private static JsonNode cardData(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode node = value instanceof JsonNode json ? json : Serialization.objectToTree(value);
        return node != null && node.isObject() ? node : null;
    }

    private static String text(JsonNode data, String field) {
        JsonNode v = data.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.isValueNode() ? v.asText() : null;
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

    /** The conversation's Azure AD tenant; it decides which strategy the conversation sees. */
    static String tenant(Activity activity) {
        if (activity.getConversation() != null && activity.getConversation().getTenantId() != null) {
            return activity.getConversation().getTenantId();
        }
        try {
            TeamsChannelData data = activity.getChannelData(TeamsChannelData.class);
            return data != null && data.getTenant() != null ? data.getTenant().getId() : null;
        } catch (Exception notTeams) {
            return null;
        }
    }
}
