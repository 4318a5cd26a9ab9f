package org.strategybot.bot;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.strategybot.ask.Answer;
import org.strategybot.ask.Answers;
import org.strategybot.ask.Asker;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamInfo;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelData;

/** Handles what Teams sends: questions in 1:1 chats, group chats and channels, and being added to one. */
class StrategyBot extends TeamsActivityHandler {

    private final Answers answers;

    StrategyBot(Answers answers) {
        this.answers = answers;
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
        String question = question(turn.getActivity());
        // a message with nothing to read (an image, an empty card submit) gets the help text
        Answer answer = answers.ask(question == null || question.isBlank() ? "help" : question, asker(turn.getActivity()));
        return turn.sendActivity(AnswerCards.message(answer)).thenApply(sent -> null);
    }

    @Override
    protected CompletableFuture<Void> onTeamsMembersAdded(List<TeamsChannelAccount> membersAdded, TeamInfo teamInfo,
            TurnContext turn) {
        return welcomeIfBotAdded(membersAdded, turn);
    }

    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turn) {
        return welcomeIfBotAdded(membersAdded, turn);
    }

    private CompletableFuture<Void> welcomeIfBotAdded(List<? extends ChannelAccount> added, TurnContext turn) {
        String bot = turn.getActivity().getRecipient() == null ? null : turn.getActivity().getRecipient().getId();
        if (bot == null || added.stream().noneMatch(m -> bot.equals(m.getId()))) {
            return CompletableFuture.completedFuture(null);
        }
        return turn.sendActivity(AnswerCards.message(answers.welcome(tenant(turn.getActivity())))).thenApply(sent -> null);
    }

    /** The text typed, or the question carried by a card button pressed outside Teams. */
    private static String question(Activity activity) {
        if (activity.getText() != null && !activity.getText().isBlank()) {
            return activity.getText();
        }
        Object value = activity.getValue();
        if (value instanceof Map<?, ?> map && map.get("ask") instanceof String ask) {
            return ask;
        }
        if (value != null) {
            JsonNode node = Serialization.objectToTree(value);
            if (node != null && node.path("ask").isTextual()) {
                return node.path("ask").asText();
            }
        }
        return null;
    }

    private static Asker asker(Activity activity) {
        ChannelAccount from = activity.getFrom();
        return new Asker(tenant(activity), from == null ? null : from.getAadObjectId(), from == null ? null : from.getName());
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
