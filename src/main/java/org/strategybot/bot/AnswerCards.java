package org.strategybot.bot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategybot.ask.Answer;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;

/** Renders an {@link Answer} as a Teams message: an Adaptive Card with the plain-text summary beside it. */
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
        // as a Jackson tree: the connector's request validator reflects into plain java.util collections,
        // which Java 17's module system forbids
        card.setContent(Serialization.objectToTree(content));
        Activity message = MessageFactory.attachment(card, answer.summary());
        message.setSummary(answer.title());
        return message;
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
        if (answer.link() != null) {
            actions.add(Map.of("type", "Action.OpenUrl", "title", answer.link().title(), "url", answer.link().url()));
        }
        actions.addAll(answer.suggestions().stream().map(AnswerCards::ask).toList());
        if ("reminder".equals(answer.intent())) {
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
     * TextBlocks read a subset of Markdown; quoted strategy text should show as written, not as formatting.
     * Only the characters that start formatting are escaped.
     */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[")
                .replace("]", "\\]").replace("<", "&lt;").replace(">", "&gt;");
    }
}
