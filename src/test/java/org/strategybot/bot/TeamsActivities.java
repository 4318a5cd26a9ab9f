package org.strategybot.bot;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

/** Activities shaped as Microsoft Teams sends them, for the three kinds of conversation; public for other features' end-to-end tests. */
public final class TeamsActivities {

    static final String TENANT = "72f988bf-0000-4000-8000-00000000beef";
    static final String BOT_ID = "28:strategy-bot";
    static final String BOT_NAME = "StrategyBot";

    public enum Conversation { PERSONAL, GROUP, CHANNEL }

    private TeamsActivities() {
    }

    public static ObjectNode message(String serviceUrl, Conversation kind, String text) {
        ObjectNode a = base(serviceUrl, kind, "message");
        if (kind == Conversation.PERSONAL) {
            a.put("text", text);
        } else {
            // in groups and channels Teams only delivers messages that @mention the bot, with the mention in the text
            a.put("text", "<at>" + BOT_NAME + "</at> " + text);
            ArrayNode entities = a.putArray("entities");
            ObjectNode mention = entities.addObject();
            mention.put("type", "mention");
            mention.put("text", "<at>" + BOT_NAME + "</at>");
            mention.putObject("mentioned").put("id", BOT_ID).put("name", BOT_NAME);
        }
        return a;
    }

    static ObjectNode botAdded(String serviceUrl, Conversation kind) {
        ObjectNode a = base(serviceUrl, kind, "conversationUpdate");
        a.putArray("membersAdded").addObject().put("id", BOT_ID).put("name", BOT_NAME);
        if (kind == Conversation.CHANNEL) {
            ((ObjectNode) a.get("channelData")).put("eventType", "teamMemberAdded");
        }
        return a;
    }

    public static ObjectNode base(String serviceUrl, Conversation kind, String type) {
        ObjectNode a = Serialization.createObjectNode();
        a.put("type", type);
        a.put("id", UUID.randomUUID().toString());
        a.put("timestamp", "2026-11-23T10:00:00.000Z");
        a.put("serviceUrl", serviceUrl);
        a.put("channelId", "msteams");
        a.put("locale", "en-GB");
        a.putObject("from").put("id", "29:staff-0001").put("name", "Sam Staff")
                .put("aadObjectId", "00000000-0000-0000-0000-000000000001");
        a.putObject("recipient").put("id", BOT_ID).put("name", BOT_NAME);
        ObjectNode conversation = a.putObject("conversation");
        ObjectNode channelData = a.putObject("channelData");
        channelData.putObject("tenant").put("id", TENANT);
        conversation.put("tenantId", TENANT);
        switch (kind) {
            case PERSONAL -> conversation.put("id", "a:personal-" + UUID.randomUUID()).put("conversationType", "personal");
            case GROUP -> conversation.put("id", "19:groupchat@thread.v2").put("conversationType", "groupChat")
                    .put("isGroup", true);
            case CHANNEL -> {
                conversation.put("id", "19:general@thread.tacv2;messageid=1700000000000")
                        .put("conversationType", "channel").put("isGroup", true);
                channelData.putObject("team").put("id", "19:team@thread.tacv2").put("name", "Children's Services");
                channelData.putObject("channel").put("id", "19:general@thread.tacv2").put("name", "General");
            }
        }
        return a;
    }
}
