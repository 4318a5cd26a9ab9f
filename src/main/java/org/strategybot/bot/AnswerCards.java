package org.strategybot.bot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategybot.ask.Answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.util.RawValue;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;

/**
 * Renders an {@link Answer} as a Teams message: an Adaptive Card, and nothing beside it. Teams shows a message's
 * text and its card one under the other, so a text copy of the card would show every answer twice; the plain-text
 * summary goes where only notifications and clients that cannot show cards read it, the activity's summary and
 * the card's fallback text.
 */
final class AnswerCards {

    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /** The newest schema Teams renders. */
    private static final String VERSION = "1.5";

    private AnswerCards() {
    }

    static Activity message(Answer answer) {
        return message(answer, card(answer));
    }

    /** The answer's summary beside a card made from it. */
    static Activity message(Answer answer, Map<String, Object> content) {
        Attachment card = new Attachment();
        card.setContentType(CONTENT_TYPE);
        // the summary is the notification's text and the card's fallback, never a message text shown beside the card
        String summary = answer.summary();
        Map<String, Object> withFallback = new LinkedHashMap<>(content);
        withFallback.put("fallbackText", summary);
        card.setContent(rawJson(withFallback));
        Activity message = MessageFactory.attachment(card);
        message.setSummary(summary);
        return message;
    }

    /**
     * The card as finished JSON, which goes out as it is. Not as plain java.util collections: the connector's request
     * validator reflects into them, which Java 17's module system forbids. Not as a Jackson tree either: the validator
     * walks every object it is given, and a card of a few dozen elements is a few hundred of them.
     */
    private static RawValue rawJson(Map<String, Object> content) {
        try {
            return new RawValue(Serialization.toString(content));
        } catch (JsonProcessingException e) {
            // maps of strings, numbers, booleans, lists and maps: always serialisable
            throw new IllegalStateException(e);
        }
    }

    /** The card for an answer: a confirmation card with inputs when it carries a proposal. */
    static Map<String, Object> card(Answer answer) {
        return answer.proposal() != null ? UpdateCards.confirmation(answer) : answerCard(answer);
    }

    private static Map<String, Object> answerCard(Answer answer) {
        List<Object> body = new ArrayList<>();
        body.add(text(answer.title(), Map.of("size", "Medium", "weight", "Bolder", "style", "heading")));
        if (answer.text() != null && !answer.text().isBlank()) {
            body.add(text(answer.text(), Map.of()));
        }
        for (Answer.Line line : answer.lines()) {
            if (line.label() == null) {
                body.add(text("• " + line.text(), colour(line.tone(), Map.of("spacing", "Small"))));
            } else {
                body.add(text(line.label(), colour(line.tone(), Map.of("weight", "Bolder", "spacing", "Medium"))));
                if (line.text() != null && !line.text().isBlank()) {
                    body.add(text(line.text(), Map.of("spacing", "None")));
                }
            }
        }
        if (answer.citation() != null) {
            body.add(text("Source: " + answer.citation(), Map.of("isSubtle", true, "size", "Small", "separator", true)));
        }
        List<Object> actions = new ArrayList<>();
        if (answer.notice() != null) {
            // one line on the card; the whole caveat a press away, without a round trip to the bot
            body.add(text(answer.notice().text(), colour(Answer.Tone.WARNING, Map.of("size", "Small", "spacing", "Small"))));
            actions.add(Map.of("type", "Action.ShowCard", "title", answer.notice().label(),
                    "card", adaptiveCard(List.of(text(answer.notice().details(), Map.of("size", "Small"))), List.of())));
        }
        if (answer.link() != null) {
            actions.add(Map.of("type", "Action.OpenUrl", "title", answer.link().title(), "url", answer.link().url()));
        }
        actions.addAll(answer.suggestions().stream().map(AnswerCards::ask).toList());
        if (answer.kind() == Answer.Kind.REMINDER) {
            // the quick update: typed here, it goes through the same understanding and confirmation as a chat message
            body.add(Map.of("type", "Input.Text", "id", "quickUpdate", "label", "Your update", "isMultiline", true,
                    "maxLength", 1000, "placeholder", "e.g. SP4.3 is now green - the new training calendar is published"));
            actions.add(Map.of("type", "Action.Submit", "title", "Post update", "data", Map.of("postUpdate", true)));
        }
        return adaptiveCard(body, actions);
    }

    static Map<String, Object> adaptiveCard(List<Object> body, List<?> actions) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", VERSION);
        card.put("body", body);
        if (!actions.isEmpty()) {
            card.put("actions", actions);
        }
        return card;
    }

    /** RAG colours in Teams' own palette, which adapts to light, dark and high-contrast themes. */
    static Map<String, Object> colour(Answer.Tone tone, Map<String, Object> style) {
        String colour = switch (tone) {
            case GOOD -> "Good";
            case WARNING -> "Warning";
            case ATTENTION -> "Attention";
            case PLAIN -> null;
        };
        if (colour == null) {
            return style;
        }
        Map<String, Object> coloured = new LinkedHashMap<>(style);
        coloured.put("color", colour);
        return coloured;
    }

    static Map<String, Object> text(String text, Map<String, Object> style) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "TextBlock");
        block.put("text", escape(text));
        block.put("wrap", true);
        block.putAll(style);
        return block;
    }

    /**
     * A button that asks a question: Teams posts it into the chat as if typed (imBack); other clients
     * send the {@code ask} field instead.
     */
    private static Map<String, Object> ask(String question) {
        return Map.of("type", "Action.Submit", "title", question,
                "data", Map.of("msteams", Map.of("type", "imBack", "value", question), "ask", question));
    }

    /**
     * TextBlocks read a subset of Markdown, and Teams shows a backslash escape as it is ("\*\*Appendix 2\*\*"), so
     * nothing is escaped that way: emphasis in a strategy's own wording ("**Appendix 2**") shows as emphasis. A link
     * is kept from forming ("[text](address)" in a note would hide where it goes) by a zero-width space, and angle
     * brackets become entities so that no markup passes.
     */
    static String escape(String text) {
        return text.replace("](", "]\u200b(").replace("<", "&lt;").replace(">", "&gt;");
    }
}
