package org.strategybot.bot;

import org.strategybot.digest.Conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelData;

/** What an activity Teams sent says, as the bot's features need it: where it came from, who sent it, what it asks. */
final class Activities {

    private Activities() {
    }

    /**
     * The conversation as the digest keeps it. In a channel that is the channel itself, not the thread the
     * message was in, so that a digest starts a new post rather than replying in someone's thread.
     */
    static Conversation conversation(Activity activity) {
        ConversationReference reference = activity.getConversationReference();
        // a copy: the reference shares its conversation object with the activity being answered (the SDK's clone
        // leaves out the tenant, which a digest posted later needs)
        if (reference.getConversation() != null) {
            ConversationAccount copy = ConversationAccount.clone(reference.getConversation());
            copy.setTenantId(reference.getConversation().getTenantId());
            reference.setConversation(copy);
        }
        String id = activity.getConversation() == null ? null : activity.getConversation().getId();
        String kind = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        String title = null;
        TeamsChannelData data = channelData(activity);
        // outside a Teams channel the conversation id is the one to post to
        if (data != null && data.getChannel() != null && data.getChannel().getId() != null) {
            id = data.getChannel().getId();
            title = data.getChannel().getName();
        }
        String team = data != null && data.getTeam() != null ? data.getTeam().getId() : null;
        if (id != null && id.contains(";messageid=")) {
            id = id.substring(0, id.indexOf(";messageid="));
        }
        if (id != null && reference.getConversation() != null) {
            reference.getConversation().setId(id);
        }
        reference.setActivityId(null);
        return new Conversation(id, tenant(activity), kind, title, json(reference), team);
    }

    /** Written as JSON directly: every message makes one, and a tree in between cost as much again (profiled). */
    private static String json(ConversationReference reference) {
        try {
            return Serialization.toString(reference);
        } catch (JsonProcessingException e) {
            // a bean of strings and accounts: always serialisable
            throw new IllegalStateException(e);
        }
    }

    /** The Teams team a channel message came from; null outside a team. */
    static String team(Activity activity) {
        TeamsChannelData data = channelData(activity);
        return data != null && data.getTeam() != null ? data.getTeam().getId() : null;
    }

    /** Teams' channel data; null when the activity carries none, or none Teams would send. */
    private static TeamsChannelData channelData(Activity activity) {
        try {
            return activity.getChannelData(TeamsChannelData.class);
        } catch (Exception notTeams) {
            return null;
        }
    }

    /** The conversation's Azure AD tenant; it decides which strategy the conversation sees. */
    static String tenant(Activity activity) {
        if (activity.getConversation() != null && activity.getConversation().getTenantId() != null) {
            return activity.getConversation().getTenantId();
        }
        TeamsChannelData data = channelData(activity);
        return data != null && data.getTenant() != null ? data.getTenant().getId() : null;
    }

    /** The text typed, or the question carried by a card button pressed outside Teams. */
    static String question(Activity activity) {
        if (activity.getText() != null && !activity.getText().isBlank()) {
            return activity.getText();
        }
        JsonNode value = cardData(activity.getValue());
        return value != null && value.path("ask").isTextual() ? value.path("ask").asText() : null;
    }

    /** The data a card's button sent, as an object; null when there is none. */
    static JsonNode cardData(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode node = value instanceof JsonNode json ? json : Serialization.objectToTree(value);
        return node != null && node.isObject() ? node : null;
    }

    /** A field of a card's data as text; null when it is missing or not a plain value. */
    static String text(JsonNode data, String field) {
        JsonNode v = data.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.isValueNode() ? v.asText() : null;
    }

    /** The Teams id (MRI) of the person in this turn, whom a status card posted in a channel names for refresh. */
    static String viewer(TurnContext turn) {
        return turn.getActivity().getFrom() == null ? null : turn.getActivity().getFrom().getId();
    }
}
