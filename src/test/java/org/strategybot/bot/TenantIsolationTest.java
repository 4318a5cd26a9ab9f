package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsActivities.Conversation.CHANNEL;
import static org.strategybot.bot.TeamsActivities.Conversation.PERSONAL;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.bot.FakeConnector.Call;
import org.strategybot.bot.TeamsActivities.Conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

/**
 * Two directorates on one deployment, each tenant mapped to its own strategy: through the real endpoint,
 * neither sees the other's strategy, documents, updates or digest.
 */
@EndpointTest
class TenantIsolationTest {

    static final String WOKINGHAM = "aaaaaaaa-0000-4000-8000-00000000000a";
    static final String WORCESTERSHIRE = EndpointTest.OTHER_TENANT;
    static final String ADMIN = EndpointTest.ADMIN;
    /** A team in Wokingham's tenant whose directorate has a strategy of its own. */
    static final String OTHER_TEAM = "19:fostering-team@thread.tacv2";

    /** An application of its own: its default strategy is neither tenant's, so that nothing passes by falling back to it. */
    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("strategy-bot.strategy.tenants." + WOKINGHAM, () -> "wokingham-2021-24");
        // a team id has dots, so its key goes in brackets
        registry.add("strategy-bot.strategy.teams[" + OTHER_TEAM + "]", () -> "worcestershire-children-first");
        registry.add("strategy-bot.strategy.default-id", () -> "reclaiming-front-line-practice");
    }

    FakeConnector connector;
    TeamsChat teams;

    @Test
    void eachTenantHearsItsOwnVisionAndValues() throws Exception {
        assertThat(say(WOKINGHAM, PERSONAL, "what is our vision?")).contains("happy, hopeful and loved").doesNotContain("Worcestershire");
        assertThat(say(WORCESTERSHIRE, PERSONAL, "what is our vision?")).contains("wonderful place").doesNotContain("Wokingham");
        assertThat(say(WOKINGHAM, PERSONAL, "what are our values?")).contains("We aim high");
        assertThat(say(WORCESTERSHIRE, PERSONAL, "what are our values?")).doesNotContain("We aim high").contains("does not set out");
    }

    @Test
    void eachTenantSearchesOnlyItsOwnDocuments() throws Exception {
        assertThat(say(WOKINGHAM, PERSONAL, "what does the strategy say about climate change?"))
                .contains("climate emergency").contains("Public Sector Equality Duty");
        assertThat(say(WORCESTERSHIRE, PERSONAL, "what does the strategy say about climate change?"))
                .doesNotContain("climate emergency").contains("found nothing on");
        assertThat(say(WORCESTERSHIRE, CHANNEL, "anything on the wholly owned company?")).contains("wholly owned council company");
        assertThat(say(WOKINGHAM, CHANNEL, "anything on the wholly owned company?")).doesNotContain("wholly owned council company")
                .contains("found nothing on");
    }

    @Test
    void anUpdateProposedInOneTenantCannotBeConfirmedFromAnotherNorSeenThere() throws Exception {
        String note = "kinship carers recruited through the new campaign";
        Call proposed = sayAs(WOKINGHAM, ADMIN, PERSONAL, "SP4 update: " + note + ". Status green.");
        JsonNode card = proposed.body().path("attachments").path(0).path("content");
        String proposalId = card.findValue("proposalId").asText();

        assertThat(FakeConnector.flatten(confirm(WORCESTERSHIRE, proposalId))).contains("expired or was cancelled");
        assertThat(say(WOKINGHAM, PERSONAL, "what's SP4's status?")).doesNotContain(note);

        assertThat(FakeConnector.flatten(confirm(WOKINGHAM, proposalId))).contains("Saved: SP4");
        assertThat(say(WOKINGHAM, PERSONAL, "what's SP4's status?")).contains(note);
        assertThat(say(WOKINGHAM, PERSONAL, "what changed this week?")).contains(note);
        assertThat(say(WORCESTERSHIRE, PERSONAL, "what changed this week?")).doesNotContain(note).doesNotContain("SP4");
        assertThat(say(WORCESTERSHIRE, PERSONAL, "show SP4's update history")).doesNotContain(note);
        assertThat(say(WORCESTERSHIRE, PERSONAL, "what's SP4's status?")).doesNotContain(note).doesNotContain("Green");
        assertThat(sayAs(WORCESTERSHIRE, ADMIN, PERSONAL, "SP4 update: " + note + ". Status red.").flatText())
                .doesNotContain("Confirm your update");
    }

    @Test
    void eachTenantsDigestIsItsOwn() throws Exception {
        assertThat(say(WOKINGHAM, PERSONAL, "preview the digest")).contains("SP1").contains("SP5");
        assertThat(say(WORCESTERSHIRE, PERSONAL, "preview the digest")).doesNotContain("SP1").doesNotContain("SP5")
                .doesNotContain("Wokingham");
    }

    @Test
    void aMappedTeamSeesItsOwnStrategyBeforeItsTenants() throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), CHANNEL, "what is our vision?");
        message.with("channelData").with("team").put("id", OTHER_TEAM);
        inTenant(message, WOKINGHAM, "00000000-0000-0000-0000-000000000001");
        assertThat(send(message).flatText()).contains("wonderful place").doesNotContain("happy, hopeful and loved");

        ObjectNode digest = TeamsActivities.message(connector.url(), CHANNEL, "preview the digest");
        digest.with("channelData").with("team").put("id", OTHER_TEAM);
        inTenant(digest, WOKINGHAM, "00000000-0000-0000-0000-000000000001");
        assertThat(send(digest).flatText()).contains("Worcestershire Children First").doesNotContain("SP1");

        ObjectNode sendNow = TeamsActivities.message(connector.url(), CHANNEL, "send the digest now");
        sendNow.with("channelData").with("team").put("id", OTHER_TEAM);
        inTenant(sendNow, WOKINGHAM, ADMIN);
        assertThat(send(sendNow).flatText()).contains("Weekly digest: Worcestershire Children First");

        ObjectNode added = TeamsActivities.botAdded(connector.url(), CHANNEL);
        added.with("channelData").with("team").put("id", OTHER_TEAM);
        inTenant(added, WOKINGHAM, "00000000-0000-0000-0000-000000000001");
        assertThat(send(added).flatText()).contains("Worcestershire Children First");

        assertThat(say(WOKINGHAM, CHANNEL, "what is our vision?")).as("another team of the tenant")
                .contains("happy, hopeful and loved");
    }

    private String say(String tenant, Conversation kind, String text) throws Exception {
        return sayAs(tenant, "00000000-0000-0000-0000-000000000001", kind, text).flatText();
    }

    private Call sayAs(String tenant, String aad, Conversation kind, String text) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), kind, text);
        inTenant(message, tenant, aad);
        return send(message);
    }

    private Call send(ObjectNode activity) throws Exception {
        return teams.reply(activity);
    }

    private JsonNode confirm(String tenant, String proposalId) throws Exception {
        ObjectNode invoke = TeamsActivities.base(connector.url(), PERSONAL, "invoke");
        inTenant(invoke, tenant, ADMIN);
        invoke.put("name", "adaptiveCard/action");
        ObjectNode action = invoke.putObject("value").putObject("action");
        action.put("type", "Action.Execute").put("verb", "confirmUpdate").putObject("data")
                .put("strategyBot", true).put("proposalId", proposalId).put("verb", "confirmUpdate");
        HttpResponse<String> response = teams.postActivity(invoke.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Serialization.jsonToTree(response.body()).path("value");
    }

    private static void inTenant(ObjectNode activity, String tenant, String aad) {
        activity.with("conversation").put("tenantId", tenant);
        activity.with("channelData").with("tenant").put("id", tenant);
        activity.with("from").put("aadObjectId", aad).put("id", "29:" + aad.substring(aad.length() - 4));
    }
}
