package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.strategybot.bot.TeamsActivities.Conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

/** The conversation a digest keeps, read from the activity Teams sent. */
class ActivitiesTest {

    @ParameterizedTest
    @EnumSource(Conversation.class)
    void keepsAReferenceAddressedToTheConversationNotTheMessage(Conversation kind) throws Exception {
        Activity activity = Serialization.safeGetAs(TeamsActivities.message("https://smba.trafficmanager.net/uk/", kind, "subscribe"),
                Activity.class);
        String asked = activity.getConversation().getId();

        org.strategybot.digest.Conversation kept = Activities.conversation(activity);
        JsonNode reference = Serialization.jsonToTree(kept.reference());

        assertThat(reference.path("conversation").path("tenantId").asText()).isEqualTo(TeamsActivities.TENANT);
        assertThat(reference.path("conversation").path("id").asText()).isEqualTo(kept.id()).doesNotContain(";messageid=");
        assertThat(reference.has("activityId")).isFalse();
        assertThat(reference.path("serviceUrl").asText()).isEqualTo("https://smba.trafficmanager.net/uk/");
        // the activity being answered still replies where it was asked
        assertThat(activity.getConversation().getId()).isEqualTo(asked);
        assertThat(kept.tenantId()).isEqualTo(TeamsActivities.TENANT);
    }
}
