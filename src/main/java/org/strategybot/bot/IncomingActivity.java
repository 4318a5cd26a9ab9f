package org.strategybot.bot;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

/**
 * An activity as it arrives, read and checked before the SDK or any feature sees it: a JSON object of the right
 * shape, with what the SDK needs to route and answer it, and with its text cut to {@link #MAX_TEXT} characters.
 * Cutting here, once, bounds every pattern that later runs over what a person typed, whatever the body held.
 *
 * @param activity the activity, or null when it is refused
 * @param refusal  why it is refused: a client error the sender can act on
 */
record IncomingActivity(Activity activity, Problem refusal) {

    /**
     * The most characters of text (and of each string a card sends back) that the bot reads. Questions run to a
     * few hundred characters and a note is refused over 1,000 (strategy-bot.updates.max-note-length), so this
     * leaves room while keeping every pattern's work small (Teams lets a person send about 28 KB).
     */
    static final int MAX_TEXT = 5_000;

    record Problem(HttpStatus status, String message) {
    }

    static IncomingActivity read(String body) {
        Activity activity;
        try {
            JsonNode tree = Serialization.jsonToTree(body);
            if (tree == null || !tree.isObject()) {
                return refused(HttpStatus.BAD_REQUEST, "The body must be a JSON object: a Bot Framework activity.");
            }
            List<String> misshapen = misshapenFields(tree);
            if (!misshapen.isEmpty()) {
                return refused(HttpStatus.BAD_REQUEST, "The activity has fields of the wrong shape: " + String.join(", ", misshapen) + ".");
            }
            cutLongText((ObjectNode) tree);
            activity = Serialization.safeGetAs(tree, Activity.class);
        } catch (MismatchedInputException e) {
            return refused(HttpStatus.BAD_REQUEST, "The activity has a field of the wrong type: " + path(e) + ".");
        } catch (IOException | IllegalArgumentException e) {
            return refused(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
        }
        List<String> missing = missingFields(activity);
        if (!missing.isEmpty()) {
            return refused(HttpStatus.BAD_REQUEST, "The activity lacks " + String.join(", ", missing) + ".");
        }
        if (activity.getLocale() != null && !isLanguageTag(activity.getLocale())) {
            return refused(HttpStatus.BAD_REQUEST, "The activity's locale is not a language tag such as en-GB.");
        }
        return new IncomingActivity(activity, null);
    }

    private static IncomingActivity refused(HttpStatus status, String message) {
        return new IncomingActivity(null, new Problem(status, message));
    }

    /**
     * Fields the SDK's mapper would quietly coerce ("conversation": "x" becomes a conversation with that id), or lists
     * with holes in them, that then fail deep inside a turn.
     */
    private static List<String> misshapenFields(JsonNode tree) {
        List<String> wrong = new ArrayList<>();
        for (String field : List.of("conversation", "from", "recipient", "channelData")) {
            if (tree.has(field) && !tree.get(field).isObject() && !tree.get(field).isNull()) {
                wrong.add(field + " (an object)");
            }
        }
        for (String field : List.of("entities", "attachments", "membersAdded", "membersRemoved")) {
            JsonNode list = tree.get(field);
            boolean objects = list == null || list.isNull() || list.isArray() && allObjects(list);
            if (!objects) {
                wrong.add(field + " (a list of objects)");
            }
        }
        return wrong;
    }

    private static boolean allObjects(JsonNode list) {
        for (JsonNode item : list) {
            if (!item.isObject()) {
                return false;
            }
        }
        return true;
    }

    /** What the SDK needs to route a turn and reply to it; it fails obscurely without them. */
    private static List<String> missingFields(Activity activity) {
        List<String> missing = new ArrayList<>();
        if (blank(activity.getType())) {
            missing.add("type");
        }
        if (blank(activity.getChannelId())) {
            missing.add("channelId");
        }
        if (activity.getConversation() == null || blank(activity.getConversation().getId())) {
            missing.add("conversation.id");
        }
        // even with deliveryMode expectReplies: the SDK makes its connector client for every turn
        if (!isHttpUrl(activity.getServiceUrl())) {
            missing.add("serviceUrl (an http or https address)");
        }
        return missing;
    }

    /** The SDK parses the locale with {@link Locale.Builder}, which throws on anything but a well-formed tag. */
    private static boolean isLanguageTag(String locale) {
        try {
            new Locale.Builder().setLanguageTag(locale);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** The text, and every string inside a card's returned value, cut to {@link #MAX_TEXT} characters. */
    private static void cutLongText(ObjectNode activity) {
        for (String field : List.of("text", "value")) {
            if (activity.hasNonNull(field)) {
                activity.set(field, cutOrWalk(activity.get(field)));
            }
        }
    }

    private static JsonNode cutOrWalk(JsonNode node) {
        if (node.isTextual() && node.asText().length() > MAX_TEXT) {
            return TextNode.valueOf(cut(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, cutOrWalk(object.get(name))));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, cutOrWalk(array.get(i)));
            }
        }
        return node;
    }

    /** Cut without splitting a character that takes two UTF-16 units (an emoji, say). */
    private static String cut(String s) {
        int end = Character.isHighSurrogate(s.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return s.substring(0, end);
    }

    private static boolean isHttpUrl(String url) {
        if (blank(url)) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.isEmpty() ? "(the activity itself)" : path.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
