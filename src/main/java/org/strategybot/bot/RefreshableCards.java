package org.strategybot.bot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategybot.ask.Answer;
import org.strategybot.ask.StatusCard;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;

/**
 * A status card that stays current: Teams' Universal Actions {@code refresh} fetches it again (an
 * {@code adaptiveCard/action} invoke with {@link #VERB}) whenever someone views it, and a visible Refresh button does
 * the same for those Teams does not refresh automatically. The card says when its figures were worked out.
 */
final class RefreshableCards {

    static final String VERB = "refreshStatus";
    /** Marks the data of a refresh, apart from an update card's ({@link UpdateCards#MARKER}). */
    static final String MARKER = "statusCard";
    /** The person a card names for automatic refresh, in its data. */
    static final String FOR = "for";
    /** Marks a refresh of the weekly digest, which has no code. */
    static final String DIGEST = "digest";

    private RefreshableCards() {
    }

    /**
     * @param postedFor the Teams id (MRI) of the one person Teams is to refresh the card for automatically, or null for
     *                  everyone ({@link #postedFor})
     */
    static Map<String, Object> card(StatusCard status, String postedFor) {
        Map<String, Object> card = new LinkedHashMap<>(AnswerCards.card(status.shared() ? withoutSuggestions(status.answer())
                : status.answer()));
        List<Object> body = new ArrayList<>((List<?>) card.get("body"));
        body.add(AnswerCards.text(status.asOf(), Map.of("isSubtle", true, "size", "Small", "spacing", "Small")));
        card.put("body", body);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(MARKER, true);
        data.put("strategy", status.strategyId());
        if (status.code() == null) {
            data.put(DIGEST, true);
        } else {
            data.put("code", status.code());
        }
        data.put("shared", status.shared());
        if (postedFor != null) {
            // kept in the data, so that a refreshed card goes on naming the same person rather than the latest viewer
            data.put(FOR, postedFor);
        }
        List<Object> actions = new ArrayList<>(card.get("actions") instanceof List<?> list ? list : List.of());
        // clients without Universal Actions leave the button out rather than show one that does nothing
        actions.add(Map.of("type", "Action.Execute", "title", "Refresh", "verb", VERB, "data", data, "fallback", "drop"));
        card.put("actions", actions);
        Map<String, Object> refresh = new LinkedHashMap<>();
        refresh.put("action", Map.of("type", "Action.Execute", "title", "Refresh", "verb", VERB, "data", data));
        if (postedFor != null) {
            refresh.put("userIds", List.of(postedFor));
        }
        card.put("refresh", refresh);
        return card;
    }

    /**
     * Whom Teams is to refresh a card for automatically. It refreshes for everyone in a chat or channel of up to 60
     * members when {@code userIds} is left out, and for no one beyond that; a channel is often larger, so a card posted
     * there names the person it was posted for, who then always sees it current, and everyone else has the Refresh
     * button ({@code userIds} stops automatic refresh for the others, which a small channel pays for).
     *
     * @param viewer the Teams id (MRI) of the person it is posted for
     * @param kind   the conversation's kind as Teams gives it ("personal", "groupChat", "channel")
     */
    static String postedFor(String viewer, String kind) {
        return "channel".equals(kind) ? viewer : null;
    }

    /**
     * Whether a message only carries status cards of ours: a card someone shared into their chat with the bot, which
     * reaches the bot like any message there and needs no answer.
     */
    static boolean onlyCarries(Activity message) {
        List<Attachment> attachments = message.getAttachments();
        return (message.getText() == null || message.getText().isBlank()) && message.getValue() == null
                && attachments != null && !attachments.isEmpty() && attachments.stream().allMatch(a -> a != null
                        && AnswerCards.CONTENT_TYPE.equals(a.getContentType()) && a.getContent() != null
                        && Serialization.objectToTree(a.getContent()).path("refresh").path("action").path("data")
                                .path(MARKER).asBoolean(false));
    }

    /** Universal Actions' error response: Teams leaves the card as it was and tells the viewer why. */
    static AdaptiveCardInvokeResponse refused() {
        AdaptiveCardInvokeResponse refused = new AdaptiveCardInvokeResponse();
        refused.setStatusCode(403);
        refused.setType("application/vnd.microsoft.error");
        refused.setValue(Map.of("code", "Forbidden", "message", "This card shows an item of a plan your organisation "
                + "does not use, or one no longer in the plan, so it cannot be refreshed here."));
        return refused;
    }

    /**
     * A card for several readers carries no question buttons: pressed in someone else's chat they would post there,
     * and the card would change under its readers as Teams refreshes it.
     */
    private static Answer withoutSuggestions(Answer a) {
        return new Answer(a.intent(), a.title(), a.text(), a.lines(), a.citation(), List.of(), a.proposal(), a.link());
    }
}
