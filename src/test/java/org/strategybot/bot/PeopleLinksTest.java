package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsActivities.Conversation.CHANNEL;
import static org.strategybot.bot.TeamsActivities.Conversation.PERSONAL;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.planadmin.PlanSheets;
import org.strategybot.system.TestStore;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Owners the spreadsheet names only by email are linked to their Azure AD object id when they talk to the bot, or
 * when the bot joins a team whose roster holds them, so they may then update their actions in chat. The look-ups
 * go to the tests' Bot Connector, once per person.
 */
@EndpointTest
// the spreadsheet it imports names other owners across the plan, which other classes' answers would show
@TestPropertySource(properties = EndpointTest.OWN_APPLICATION + "=it imports a plan with other owners")
class PeopleLinksTest {

    static final String JO = "00000000-0000-0000-0000-0000000000j0";
    static final String KIM = "00000000-0000-0000-0000-00000000k1m0";

    @Autowired
    MongoOperations mongo;

    FakeConnector connector;
    TeamsChat teams;

    @BeforeAll
    static void importThePlan(Rest rest) throws Exception {
        HttpResponse<String> response = rest.post("/api/strategies/wokingham-2021-24/plan?skipRefused=true&name=plan.csv",
                TestStore.ADMIN_KEY, "text/csv", PlanSheets.csv());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @BeforeEach
    void joAndKimAreInTheTenant() {
        // the plan names Jo by email, and the head of early help by a UPN that differs from her email
        connector.member("29:jo", JO, "Jo Bloggs", "Jo.Bloggs@wokingham.gov.uk", "jb@wokinghamcouncil.onmicrosoft.com");
        connector.member("29:kim", KIM, "Kim Head", "kim.head@wokingham.gov.uk", "head.earlyhelp@wokingham.gov.uk");
    }

    @Test
    void ownersNamedByEmailAreLinkedWhenTheyTalkToTheBotOrAreOnTheRosterOfATeamItJoins() throws Exception {
        say("29:jo", JO, "hi");
        awaitOwner("SP1.2", JO);
        assertThat(say("29:jo", JO, "SP1.2 is now amber - waiting for sign off")).contains("Confirm your update to SP1.2");
        say("29:jo", JO, "what's the status of SP1.2?");
        assertThat(connector.all().stream().filter(c -> c.method().equals("GET") && c.path().endsWith("/members/29:jo")))
                .as("looked up once, however often they speak").hasSize(1);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("wokingham-2021-24:SP1.1").and("ownerId").is(KIM)),
                "actions")).as("Kim has not spoken yet").isFalse();

        int mark = connector.mark();
        post(TeamsActivities.botAdded(connector.url(), CHANNEL));
        awaitOwner("SP1.1", KIM);
        assertThat(connector.all().subList(mark, connector.mark()).stream().map(FakeConnector.Call::path))
                .anyMatch(p -> p.endsWith("/19:team@thread.tacv2/pagedmembers"));
        assertThat(say("29:kim", KIM, "SP1.1 is 60% done - the building is weathertight")).contains("Confirm your update to SP1.1");
    }

    private void awaitOwner(String code, String aad) throws InterruptedException {
        Query action = Query.query(Criteria.where("_id").is("wokingham-2021-24:" + code).and("ownerId").is(aad));
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!mongo.exists(action, "actions") && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(mongo.exists(action, "actions")).as(code + " linked to its owner").isTrue();
    }

    private String say(String chatId, String aad, String text) throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), PERSONAL, text);
        message.with("from").put("id", chatId).put("aadObjectId", aad).put("name", "someone");
        int mark = connector.mark();
        post(message);
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<FakeConnector.Call> posts = List.of();
        while (posts.isEmpty() && System.nanoTime() < end) {
            posts = connector.awaitSince(mark, 1, Duration.ofMillis(200)).stream().filter(c -> c.method().equals("POST")).toList();
        }
        assertThat(posts).isNotEmpty();
        return posts.get(0).flatText();
    }

    private void post(ObjectNode activity) throws Exception {
        HttpResponse<String> response = teams.postActivity(activity.toString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
    }
}
