package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.bot.TeamsActivities.Conversation;

/** With an app id configured the endpoint is no longer anonymous. */
@EndpointTest
@TestPropertySource(properties = {"strategy-bot.bot.app-id=6a3f0c1e-0000-4000-8000-000000000001",
        "strategy-bot.bot.app-password=not-a-real-secret", "strategy-bot.bot.app-tenant-id=" + TeamsActivities.TENANT})
class AuthenticatedEndpointTest {

    @Test
    void anActivityWithoutABotFrameworkTokenIsUnauthorisedAndUnanswered(FakeConnector connector, TeamsChat teams) throws Exception {
        int mark = connector.mark();
        HttpResponse<String> response = teams.postActivity(
                TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what is our vision?").toString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("not authorised").doesNotContain("Exception");
        assertThat(connector.awaitSince(mark, 1, Duration.ofMillis(300))).isEmpty();
    }
}
