package org.strategybot.bot;

import static org.strategybot.bot.Activities.cardData;
import static org.strategybot.bot.Activities.text;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.strategybot.ask.Answer;
import org.strategybot.ask.Answers;
import org.strategybot.ask.Asker;
import org.strategybot.ask.StatusCards;
import org.strategybot.digest.Digests;
import org.strategybot.updates.Edits;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.Serialization;

/**
 * Presses of the bot's card buttons: Confirm and Cancel on an update card, as a Universal Actions invoke or as an
 * Action.Submit message, and Refresh (or Teams' automatic refresh) on a status card.
 */
final class CardPresses {

    private static final Logger log = LoggerFactory.getLogger(CardPresses.class);

    private final Answers answers;
    private final StatusCards statusCards;
    private final Digests digests;
    private final Function<TurnContext, Asker> askers;

    CardPresses(Answers answers, StatusCards statusCards, Digests digests, Function<TurnContext, Asker> askers) {
        this.answers = answers;
        this.statusCards = statusCards;
        this.digests = digests;
        this.askers = askers;
    }

    /**
     * Confirm or Cancel pressed where Teams supports universal actions: the new card goes back in the response. A
     * failure (the store down, say) is answered in the response too, as a message that leaves the card as it was,
     * so the person can press again; the SDK would otherwise answer 500 with the exception's message.
     */
    AdaptiveCardInvokeResponse invoked(TurnContext turn, AdaptiveCardInvokeValue invoke) {
        try {
            JsonNode data = cardData(invoke.getAction() == null ? null : invoke.getAction().getData());
            if (data != null && data.path(RefreshableCards.MARKER).asBoolean(false)) {
                return refreshed(turn, data);
            }
            if (data == null || !data.path(UpdateCards.MARKER).asBoolean(false)) {
                return invokeResponse(AnswerCards.card(answers.ask("help", askers.apply(turn))));
            }
            String verb = invoke.getAction().getVerb() != null ? invoke.getAction().getVerb() : data.path("verb").asText();
            return invokeResponse(AnswerCards.card(cardAction(turn, verb, data)));
        } catch (RuntimeException e) {
            boolean storeDown = BotConfiguration.causedBy(e, DataAccessException.class);
            log.error("Card action {} failed{}", turn.getActivity().getId(), storeDown ? ": store unavailable" : "", e);
            return invokeMessage(storeDown ? BotConfiguration.STORE_DOWN : BotConfiguration.SOMETHING_WRONG);
        }
    }

    /** Confirm or Cancel pressed as an Action.Submit: the result replaces the card where Teams says which it was. */
    CompletableFuture<Void> submitted(TurnContext turn, JsonNode data) {
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

    /**
     * A status card viewed or its Refresh pressed: the card as it stands now, for the viewer's strategy only. Refused
     * with Universal Actions' error response, which leaves the card as it was.
     */
    private AdaptiveCardInvokeResponse refreshed(TurnContext turn, JsonNode data) {
        Asker viewer = askers.apply(turn);
        return (data.path(RefreshableCards.DIGEST).asBoolean(false)
                ? statusCards.refreshableIn(text(data, "strategy"), viewer).map(s -> statusCards.digest(digests.preview(s)))
                : statusCards.refresh(text(data, "strategy"), text(data, "code"), data.path("shared").asBoolean(true), viewer))
                .map(status -> invokeResponse(RefreshableCards.card(status, text(data, RefreshableCards.FOR))))
                .orElseGet(RefreshableCards::refused);
    }

    private Answer cardAction(TurnContext turn, String verb, JsonNode data) {
        String proposalId = data.path("proposalId").isTextual() ? data.path("proposalId").asText() : null;
        if (UpdateCards.CANCEL.equals(verb)) {
            return answers.cancel(proposalId, askers.apply(turn));
        }
        Edits edits = new Edits(text(data, "rag"), text(data, "percent"), text(data, "due"), text(data, "note"),
                "true".equals(text(data, UpdateCards.SENSITIVE)));
        return answers.confirm(proposalId, edits, askers.apply(turn));
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
}
