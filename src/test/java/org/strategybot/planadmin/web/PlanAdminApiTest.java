package org.strategybot.planadmin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.planadmin.web.PlanImportApiTest.codes;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.bot.EndpointTest;
import org.strategybot.bot.Rest;
import org.strategybot.planadmin.PlanSheets;
import org.strategybot.system.TestStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator keeps the plan in shape over REST: adds, edits, re-owns and re-dates several actions at once,
 * retires them, adds and retires a priority, and starts the next strategy period from an imported plan while the
 * old one stays readable. Other tenants' clients and readers are refused.
 */
@EndpointTest
// it adds and retires items and starts the next strategy period, which every other class's answers would show
@TestPropertySource(properties = EndpointTest.OWN_APPLICATION + "=it reshapes the plan and starts a new period")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanAdminApiTest {

    static final String W = "/api/strategies/wokingham-2021-24";
    static final String OTHER_TENANT_ADMIN = EndpointTest.OTHER_TENANT_ADMIN_KEY;

    Rest rest;
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    @Order(1)
    void anAdministratorAddsEditsAndRetiresAnAction() throws Exception {
        HttpResponse<String> added = send("POST", W + "/actions", TestStore.ADMIN_KEY, """
                {"priority": "sp3", "title": "Publish the sufficiency strategy", "owner": "Head of Commissioning",
                 "ownerEmail": "Commissioning@Wokingham.gov.uk", "due": "31 Mar 2027", "rag": "on track", "percent": "10%"}""");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String code = json.readTree(added.body()).path("added").get(0).path("code").asString();
        assertThat(code).startsWith("SP3.");
        JsonNode action = PlanImportApiTest.find(get("/api/actions?priority=SP3"), code);
        assertThat(action.path("due").asString()).isEqualTo("2027-03-31");
        assertThat(action.path("ownerEmail").asString()).isEqualTo("commissioning@wokingham.gov.uk");

        JsonNode edited = json.readTree(send("PATCH", W + "/actions/" + code, TestStore.ADMIN_KEY,
                "{\"rag\": \"At risk\", \"note\": \"Consultation extended by a month.\"}").body());
        assertThat(edited.path("changed").get(0).path("fields").findValuesAsString("field")).containsExactly("RAG", "latest update");
        assertThat(get("/api/updates?target=" + code).get(0).path("note").asString())
                .isEqualTo("Changed by an administrator: Consultation extended by a month.");

        JsonNode retired = json.readTree(send("POST", W + "/actions/retire", TestStore.ADMIN_KEY, "{\"codes\": [\"" + code + "\"]}").body());
        assertThat(codes(retired.path("retired"))).containsExactly(code);
        assertThat(codes(get("/api/actions?priority=SP3"))).doesNotContain(code);
        assertThat(get("/api/updates?target=" + code)).as("its history stays").hasSize(3);
    }

    @Test
    @Order(2)
    void severalActionsGetANewOwnerAndDueDateAtOnce() throws Exception {
        JsonNode dry = json.readTree(send("PATCH", W + "/actions?dryRun=true", TestStore.ADMIN_KEY,
                "{\"codes\": [\"SP1.1\", \"sp1.2\"], \"owner\": \"Head of Family Support\", \"due\": \"30/09/2027\"}").body());
        assertThat(codes(dry.path("changed"))).containsExactly("SP1.1", "SP1.2");
        assertThat(PlanImportApiTest.find(get("/api/actions"), "SP1.1").path("owner").asString()).isNotEqualTo("Head of Family Support");

        send("PATCH", W + "/actions", TestStore.ADMIN_KEY,
                "{\"codes\": [\"SP1.1\", \"sp1.2\"], \"owner\": \"Head of Family Support\", \"due\": \"30/09/2027\"}");
        for (String code : new String[] {"SP1.1", "SP1.2"}) {
            JsonNode a = PlanImportApiTest.find(get("/api/actions"), code);
            assertThat(a.path("owner").asString()).isEqualTo("Head of Family Support");
            assertThat(a.path("due").asString()).isEqualTo("2027-09-30");
        }
    }

    @Test
    @Order(3)
    void badValuesAndPersonalDataAreRefusedWithTheReasonAndChangeNothing() throws Exception {
        HttpResponse<String> purple = send("PATCH", W + "/actions/SP1.1", TestStore.ADMIN_KEY, "{\"rag\": \"Purple\"}");
        assertThat(purple.statusCode()).isEqualTo(400);
        assertThat(purple.body()).contains("'Purple' is not a RAG status");
        HttpResponse<String> personal = send("PATCH", W + "/actions/SP1.1", TestStore.ADMIN_KEY,
                "{\"note\": \"Met Jayden Smith, aged 7, at his home.\"}");
        assertThat(personal.statusCode()).isEqualTo(400);
        assertThat(personal.body()).contains("personal data").doesNotContain("Jayden");
        assertThat(send("PATCH", W + "/actions/SP9.9", TestStore.ADMIN_KEY, "{\"rag\": \"red\"}").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void readersAndOtherTenantsAdministratorsCannotChangeThisPlan() throws Exception {
        assertThat(send("PATCH", W + "/actions/SP1.1", TestStore.API_KEY, "{\"rag\": \"red\"}").statusCode()).isEqualTo(403);
        assertThat(send("PATCH", W + "/actions/SP1.1", OTHER_TENANT_ADMIN, "{\"rag\": \"red\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> importing = rest.post(W + "/plan?dryRun=true", OTHER_TENANT_ADMIN, "text/csv", PlanSheets.csv());
        assertThat(importing.statusCode()).as("another tenant's plan is not there for it").isEqualTo(404);
    }

    @Test
    @Order(5)
    void aPriorityIsAddedThenRetiredWithItsActions() throws Exception {
        HttpResponse<String> saved = send("PUT", W + "/priorities/sp6", TestStore.ADMIN_KEY,
                "{\"title\": \"Prepare for the new inspection framework\", \"topics\": [\"inspection\"]}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(get("/api/priorities").findValuesAsString("code")).contains("SP6");
        send("POST", W + "/actions", TestStore.ADMIN_KEY, "{\"priority\": \"SP6\", \"title\": \"Self-assessment refreshed\", \"rag\": \"G\"}");
        assertThat(get("/api/actions?priority=SP6")).hasSize(1);

        HttpResponse<String> retired = send("POST", W + "/priorities/SP6/retire", TestStore.ADMIN_KEY, "");
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(get("/api/priorities").findValuesAsString("code")).doesNotContain("SP6");
        assertThat(get("/api/updates?target=SP6.1")).as("the retired action's history stays").hasSize(2);
    }

    @Test
    @Order(6)
    void aNewStrategyPeriodStartsFromAnImportedPlanAndTheOldOneStaysReadable() throws Exception {
        JsonNode oldActions = get("/api/actions");
        HttpResponse<String> dry = rest.post(W + "/periods?id=wokingham-2024-27&from=2024&to=2027&dryRun=true&skipRefused=true",
                TestStore.ADMIN_KEY, "text/csv", PlanSheets.csv());
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        assertThat(json.readTree(dry.body()).path("title").asString()).isEqualTo("Children's Services Strategy 2024-2027");
        assertThat(get("/api/strategies").findValuesAsString("id")).as("a dry run stores nothing").doesNotContain("wokingham-2024-27");

        HttpResponse<String> started = rest.post(W + "/periods?id=wokingham-2024-27&from=2024&to=2027&skipRefused=true&name=plan-2024-27.csv",
                TestStore.ADMIN_KEY, "text/csv", PlanSheets.csv());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(codes(json.readTree(started.body()).path("plan").path("changes").path("added"))).hasSize(6);

        assertThat(get("/api/dashboard").path("strategyId").asString()).isEqualTo("wokingham-2024-27");
        assertThat(codes(get("/api/actions"))).containsExactly("SP1.1", "SP1.2", "SP2.1", "SP2.2", "SP4.1", "SP5.2");
        assertThat(get("/api/actions?strategy=wokingham-2021-24")).as("the old period stays readable").isEqualTo(oldActions);
        HttpResponse<String> oldReport = rest.get("/api/reports/committee.md?strategy=wokingham-2021-24", TestStore.API_KEY);
        assertThat(oldReport.statusCode()).isEqualTo(200);
        assertThat(oldReport.body()).contains("2021");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = rest.get(path, TestStore.API_KEY);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
        return rest.send(method, path, key, "application/json", body);
    }
}
