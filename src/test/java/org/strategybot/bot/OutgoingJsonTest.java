package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategybot.ask.Answer;
import org.strategybot.bot.TeamsActivities.Conversation;
import org.strategybot.understanding.Intent;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.Serialization;

/**
 * The bot's Bot Connector clients write activities with {@link PlainJsonAdapter}, not the SDK's flattening
 * serializer: the JSON must be the same, byte for byte, for every kind of activity the bot sends, each addressed
 * as a reply in a Teams conversation of each kind.
 */
class OutgoingJsonTest {

    static Stream<Arguments> activities() {
        Map<String, Supplier<Activity>> kinds = new LinkedHashMap<>();
        kinds.put("answer card", () -> AnswerCards.message(new Answer(Intent.STATUS, "SP4 status: Green",
                "Recruit, develop and retain a high-performing workforce.",
                List.of(new Answer.Line("Lead", "Sam Staff"), new Answer.Line("Due", "31 March 2027")), null,
                List.of("who leads it?", "and SP5?"))));
        kinds.put("text with a mention and channel data", () -> {
            Activity a = MessageFactory.text("<at>Sam Staff</at>, SP4 has had no update for three weeks.");
            Mention mention = new Mention();
            mention.setText("<at>Sam Staff</at>");
            mention.setMentioned(new ChannelAccount("29:staff-0001", "Sam Staff"));
            a.setMentions(List.of(mention));
            a.setChannelData(Map.of("notification", Map.of("alert", true)));
            return a;
        });
        kinds.put("suggested actions", () -> MessageFactory.suggestedActions(List.of("Yes", "No"), "Confirm the update?"));
        kinds.put("typing", () -> new Activity(ActivityTypes.TYPING));
        return Stream.of(Conversation.values())
                .flatMap(conversation -> kinds.entrySet().stream().map(kind -> Arguments.of(conversation, kind.getKey(), kind.getValue())));
    }

    @ParameterizedTest(name = "{1} in a {0} conversation")
    @MethodSource("activities")
    void writesWhatTheSdksSerializerWrites(Conversation conversation, String kind, Supplier<Activity> make) throws Exception {
        ConversationReference reference = Serialization
                .safeGetAs(TeamsActivities.message("https://smba.trafficmanager.net/uk/", conversation, "what's SP4's status?"),
                        Activity.class)
                .getConversationReference();
        // the SDK's serializer rewrites dotted map keys in place, so each side gets an activity of its own
        Activity ours = make.get().applyConversationReference(reference, false);
        Activity sdks = make.get().applyConversationReference(reference, false);
        sdks.setTimestamp(ours.getTimestamp());
        sdks.setId(ours.getId());

        assertThat(new PlainJsonAdapter().serialize(ours)).isEqualTo(new JacksonAdapter().serialize(sdks));
    }

    /**
     * The one difference: the SDK's serializer reads a dot in a map key as nesting, as it does for Azure models'
     * flattened properties, and sends {@code {"odata":{"type":…}}} for {@code "odata.type"}. The bot sends no such key
     * (its channel data is the SDK's TeamsChannelData); should one appear, it goes out as written.
     */
    @Test
    void sendsADottedKeyAsWritten() throws Exception {
        Activity a = MessageFactory.text("digest");
        a.setChannelData(Map.of("odata.type", "a key with a dot"));
        assertThat(new PlainJsonAdapter().serialize(a)).contains("\"channelData\":{\"odata.type\":\"a key with a dot\"}");
    }

    @Test
    void readsTheConnectorsAnswerAsTheSdkDoes() throws Exception {
        String answer = "{\"id\":\"1:reply\",\"extra.field\":{\"nested\":true}}";
        ResourceResponse ours = new PlainJsonAdapter().deserialize(answer, ResourceResponse.class);
        ResourceResponse sdks = new JacksonAdapter().deserialize(answer, ResourceResponse.class);
        assertThat(ours.getId()).isEqualTo(sdks.getId()).isEqualTo("1:reply");
    }
}
