package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.bot.TeamsActivities.Conversation;
import org.strategybot.strategy.StrategyCatalog;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A status question finds the strategy its conversation sees once, for the answer and the card that keeps it current
 * alike: the look-up goes through the store's caches, and every chat message pays for it.
 */
@EndpointTest
// the catalog watched: a bean of its own makes an application of its own
class StrategyLookupTest {

    @MockitoSpyBean
    StrategyCatalog catalog;

    FakeConnector connector;
    TeamsChat teams;

    @ParameterizedTest
    @EnumSource(Conversation.class)
    void aStatusQuestionLooksUpItsStrategyOnce(Conversation kind) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), kind, "what's SP4's status?");
        // without an Azure AD id nobody is queued for a look-up of their email, which finds the strategy on its own thread
        message.with("from").remove("aadObjectId");
        clearInvocations(catalog);

        Call reply = teams.reply(message);

        assertThat(reply.flatText()).contains("SP4 status:");
        assertThat(TeamsChat.cardOf(reply).path("refresh").path("action").path("data").path("code").asText()).isEqualTo("SP4");
        verify(catalog, times(1)).forConversation(any(), any());
    }
}
