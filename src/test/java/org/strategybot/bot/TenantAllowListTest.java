package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.bot.TeamsActivities.Conversation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Only the configured tenants' Teams are served; others get 403 and no answer. */
@EndpointTest
// the allow-list, written in capitals as an administrator might copy it, shuts out every other tenant
@TestPropertySource(properties = "strategy-bot.allowed-tenants=72F988BF-0000-4000-8000-00000000BEEF")
class TenantAllowListTest {

    FakeConnector connector;
    TeamsChat teams;

    @Test
    void anAllowedTenantIsAnsweredAndAnotherIsRefused() throws Exception {
        int mark = connector.mark();
        assertThat(post(TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what is our vision?")).statusCode())
                .isBetween(200, 202);
        assertThat(connector.awaitSince(mark, 1, Duration.ofSeconds(10))).hasSize(1);

        ObjectNode stranger = TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what is our vision?");
        stranger.with("conversation").put("tenantId", "99999999-9999-9999-9999-999999999999");
        stranger.with("channelData").with("tenant").put("id", "99999999-9999-9999-9999-999999999999");
        int before = connector.mark();
        HttpResponse<String> refused = post(stranger);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("does not serve your organisation");
        assertThat(connector.awaitSince(before, 1, Duration.ofMillis(300))).isEmpty();

        ObjectNode none = TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what is our vision?");
        none.with("conversation").remove("tenantId");
        none.remove("channelData");
        assertThat(post(none).statusCode()).as("no tenant at all").isEqualTo(403);
    }

    private HttpResponse<String> post(ObjectNode activity) throws Exception {
        return teams.postActivity(activity.toString());
    }
}
