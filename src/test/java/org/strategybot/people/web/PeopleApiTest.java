package org.strategybot.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.actions.Action;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.PriorityRecord;
import org.strategybot.bot.EndpointTest;
import org.strategybot.bot.FakeConnector;
import org.strategybot.bot.Rest;
import org.strategybot.people.Erasure;
import org.strategybot.people.Identity;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.system.TestStore;
import org.strategybot.updates.Updates;

import tools.jackson.databind.JsonNode;

/**
 * Subject access and erasure over REST, on the real application and store, with staff who used the bot the way
 * staff do (see {@link Staff}): what is found, what an erasure leaves behind (nothing of the person, everything of
 * the history), and who may ask.
 */
@EndpointTest
// its staff become leads and owners across the plan and are then erased, which other classes' answers would show
@TestPropertySource(properties = EndpointTest.OWN_APPLICATION + "=its staff take over the plan's leads and are erased")
class PeopleApiTest {

    /** Administrators confined to the tenant TeamsActivities' conversations are in, and to another. */
    static final String OWN_TENANT_ADMIN_KEY = EndpointTest.OWN_TENANT_ADMIN_KEY;
    static final String OTHER_TENANT_ADMIN_KEY = EndpointTest.OTHER_TENANT_ADMIN_KEY;

    @Autowired
    ActionPlan plan;
    @Autowired
    Updates updates;
    @Autowired
    MongoOperations mongo;
    @Autowired
    StrategyCatalog catalog;

    Rest rest;
    Staff.App app;

    @BeforeEach
    void app(FakeConnector connector) {
        app = new Staff.App(URI.create(rest.url("/api/messages")), connector, rest, plan, updates, mongo,
                catalog.defaultStrategy());
    }

    @Test
    void subjectAccessFindsEverythingHeldAboutThePersonInEveryCollectionAndNothingAboutAnyoneElse() throws Exception {
        Staff jane = Staff.of("Jane Seaborne", "0a000000-0000-4000-8000-00000000000a", "jane.seaborne@council.example");
        Staff bob = Staff.of("Bob Lindqvist", "0b000000-0000-4000-8000-00000000000b", "bob.lindqvist@council.example");
        jane.seed(app, "SP2", "SP5", "SP3.1");
        bob.seed(app, "SP4", "SP1", "SP1.2");

        JsonNode found = rest.json("/api/people/" + jane.id(), TestStore.ADMIN_KEY);
        Map<String, List<String>> what = byCollection(found);
        assertThat(what.keySet()).containsExactlyInAnyOrder("updates", "priorities", "actions", "proposals",
                "installations", "subscriptions", "deliveries", "passages");
        assertThat(what.get("updates")).contains("progress update they wrote", "progress update whose note names them");
        assertThat(what.get("priorities")).contains("lead of SP2", "delegate of SP5")
                .anyMatch(w -> w.startsWith("RAG or percent SP2"));
        assertThat(what.get("actions")).containsExactlyInAnyOrder("owner of SP2.1", "latest progress note of SP3.1, naming them");
        assertThat(what.get("proposals")).anyMatch(w -> w.endsWith("confirmed (its note is in the history)"))
                .anyMatch(w -> w.endsWith("waiting for Confirm"));
        assertThat(what.get("installations")).anyMatch(w -> w.startsWith("their 1:1 chat"));
        assertThat(what.get("subscriptions")).hasSize(1);
        assertThat(what.get("deliveries")).containsExactly("reminder sent to them");
        assertThat(what.get("passages")).hasSize(1);
        found.path("records").forEach(r -> assertThat(r.path("keptFor").asString()).isNotBlank());
        assertThat(found.path("knownAs").path("names").toString()).contains(jane.name());
        String text = found.toString().toLowerCase(Locale.ROOT);
        bob.traces().forEach(t -> assertThat(text).as("Jane's answer holds nothing of Bob").doesNotContain(t.toLowerCase(Locale.ROOT)));

        // the note that gives her email is found by the email alone: nothing else ties the two together
        JsonNode byEmail = rest.json("/api/people/" + jane.email(), TestStore.ADMIN_KEY);
        assertThat(byEmail.path("records")).as("the update and the action's own copy of its latest note").hasSize(2)
                .allSatisfy(r -> assertThat(r.path("details").path("note").asString()).contains(jane.email()));

        HttpResponse<String> csv = rest.get("/api/people/" + jane.id(), TestStore.ADMIN_KEY, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(found.path("records").size() + 1)
                .first().asString().contains("collection,record,what,strategy,at,kept_for,details");
    }

    @Test
    void erasureLeavesNoTraceOfThePersonAnywhereWhileTheHistoryAndItsRagStayAsTheyWere() throws Exception {
        Staff carol = Staff.of("Carol Ashdown", "0c000000-0000-4000-8000-00000000000c", "carol.ashdown@council.example");
        Staff dan = Staff.of("Dan Okafor", "0d000000-0000-4000-8000-00000000000d", "dan.okafor@council.example");
        carol.seed(app, "SP3", "SP1", "SP5.1");
        dan.seed(app, "SP5", "SP2", "SP4.1");
        List<String> ragHistory = ragHistory();
        List<String> statuses = statuses();
        List<String> history = history();
        JsonNode danBefore = rest.json("/api/people/" + dan.id(), TestStore.ADMIN_KEY).path("records");
        assertThat(everything()).as("the seeding left traces to erase").contains(carol.name().toLowerCase(Locale.ROOT));
        // a term the documents define is answered from their sentences, which erasure rewords as it does the passages
        HttpResponse<String> defining = rest.post("/api/strategies/wokingham-2021-24/documents?title=Quality+assurance",
                TestStore.ADMIN_KEY, "text/markdown", "# Quality assurance\n\nThe Quality Assurance Group (QAG) is chaired by "
                        + carol.name() + " and meets monthly.\n");
        assertThat(defining.statusCode()).as(defining.body()).isEqualTo(201);
        assertThat(Staff.adminSays(app, "what does QAG stand for?")).contains(carol.name());

        HttpResponse<String> erased = rest.post("/api/people/" + carol.id() + "/erase?also=" + carol.email(),
                TestStore.ADMIN_KEY, "application/json", "");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        String pseudonym = field(erased.body(), "pseudonym");
        assertThat(pseudonym).matches("former staff member \\d+");

        String everywhere = everything() + responses();
        carol.traces().forEach(t -> assertThat(everywhere).as("no trace of " + t).doesNotContain(t.toLowerCase(Locale.ROOT)));
        assertThat(rest.json("/api/priorities/SP3", TestStore.ADMIN_KEY).path("lead").asString()).isEqualTo(pseudonym);
        assertThat(rest.json("/api/search?q=" + pseudonym.replace(' ', '+') + "+chairs+the+workforce+group",
                TestStore.ADMIN_KEY).path(0).path("passage").asString()).contains("chaired by " + pseudonym);
        assertThat(Staff.adminSays(app, "what does QAG stand for?")).contains("chaired by " + pseudonym)
                .doesNotContain(carol.name());
        assertThat(rest.json("/api/updates?target=SP3", TestStore.ADMIN_KEY).toString()).contains(pseudonym)
                .contains("\"anonymisedAt\"");

        assertThat(ragHistory()).isEqualTo(ragHistory);
        assertThat(statuses()).isEqualTo(statuses);
        assertThat(history()).isEqualTo(history);
        assertThat(rest.json("/api/people/" + dan.id(), TestStore.ADMIN_KEY).path("records"))
                .as("another person's records are untouched").isEqualTo(danBefore);
        assertThat(rest.json("/api/people/" + carol.id(), TestStore.ADMIN_KEY).path("records")).isEmpty();
    }

    @Test
    void aPersonThePlanNamesByEmailIsFoundAndErasedFromTheirEmailAlone() throws Exception {
        Staff hana = Staff.of("Hana Merriweather", "02000000-0000-4000-8000-000000000002", "hana.merriweather@council.example");
        hana.seed(app, "SP1", "SP2", "SP3.2");
        // as a spreadsheet import records an owner and a lead by email, linked to the id when they first talk to the bot
        mongo.updateFirst(Query.query(Criteria.where("_id").is(app.strategy().id() + ":SP1.1")),
                new Update().set("ownerEmail", hana.email()), Action.class);
        mongo.updateFirst(Query.query(Criteria.where("strategyId").is(app.strategy().id()).and("code").is("SP1")),
                new Update().set("leadEmail", hana.email()), PriorityRecord.class);

        Map<String, List<String>> byEmail = byCollection(rest.json("/api/people/" + hana.email(), TestStore.ADMIN_KEY));
        assertThat(byEmail.keySet()).as("the plan ties her email to her id, so everything held about her is found")
                .contains("updates", "priorities", "actions", "proposals", "installations");

        HttpResponse<String> erased = rest.post("/api/people/" + hana.email() + "/erase", TestStore.ADMIN_KEY,
                "application/json", "");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        hana.traces().forEach(t -> assertThat(everything()).as("no trace of " + t).doesNotContain(t.toLowerCase(Locale.ROOT)));
    }

    @Test
    void aSecondErasureChangesNothingAndEachErasureIsAuditedByWhomAndWhenButNotOfWhom() throws Exception {
        Staff erin = Staff.of("Erin Castellano", "0e000000-0000-4000-8000-00000000000e", "erin.castellano@council.example");
        erin.seed(app, "SP1", "SP4", "SP2.2");
        HttpResponse<String> first = rest.post("/api/people/" + erin.email() + "/erase?also=" + erin.id(),
                TestStore.ADMIN_KEY, "application/json", "");
        assertThat(first.statusCode()).isEqualTo(200);
        Map<String, List<String>> after = collections();

        HttpResponse<String> second = rest.post("/api/people/" + erin.id() + "/erase?also=" + erin.email(),
                TestStore.ADMIN_KEY, "application/json", "");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Nothing is held about this person");
        assertThat(collections()).isEqualTo(after);

        JsonNode audit = rest.json("/api/people/erasures", TestStore.ADMIN_KEY);
        JsonNode entry = audit.findParents("pseudonym").stream()
                .filter(e -> e.path("pseudonym").asString().equals(field(first.body(), "pseudonym"))).findFirst().orElseThrow();
        assertThat(entry.path("by").asString()).isEqualTo("test-admin");
        assertThat(entry.path("startedAt").asString()).isNotBlank();
        assertThat(entry.path("finishedAt").asString()).isNotBlank();
        assertThat(audit.toString().toLowerCase(Locale.ROOT)).doesNotContain(erin.id()).doesNotContain(erin.email())
                .doesNotContain(erin.name().toLowerCase(Locale.ROOT));
    }

    @Test
    void anErasureInterruptedHalfWayIsFinishedWithItsOwnPseudonym() throws Exception {
        Staff gus = Staff.of("Gus Penhaligon", "01000000-0000-4000-8000-000000000001", "gus.penhaligon@council.example");
        gus.seed(app, "SP2", "SP3", "SP4.2");
        // a process stopped after numbering the erasure and before finishing it: the store has no transactions
        mongo.insert(new Erasure(900, "test-admin", null, Instant.now(), null, Map.of(),
                new Erasure.Subject(Identity.of(gus.id()), Set.of())));

        HttpResponse<String> erased = rest.post("/api/people/" + gus.id() + "/erase?also=" + gus.email(),
                TestStore.ADMIN_KEY, "application/json", "");
        assertThat(field(erased.body(), "pseudonym")).isEqualTo("former staff member 900");
        assertThat(rest.json("/api/people/erasures", TestStore.ADMIN_KEY).toString()).contains("former staff member 900")
                .doesNotContain(gus.id());
        gus.traces().forEach(t -> assertThat(everything()).doesNotContain(t.toLowerCase(Locale.ROOT)));
    }

    @ParameterizedTest(name = "{0} {1} with {2}: {3}")
    @CsvSource(textBlock = """
            GET,  /api/people/0f000000-0000-4000-8000-00000000000f,       none,   401
            POST, /api/people/0f000000-0000-4000-8000-00000000000f/erase, none,   401
            GET,  /api/people/0f000000-0000-4000-8000-00000000000f,       reader, 403
            POST, /api/people/0f000000-0000-4000-8000-00000000000f/erase, reader, 403
            GET,  /api/people/erasures,                                   reader, 403
            GET,  /api/people/0f000000-0000-4000-8000-00000000000f,       admin,  200
            GET,  /api/people/not-an-id-or-an-email,                      admin,  400
            """)
    void onlyAdministratorsMayAskAboutOrErasePeople(String method, String path, String caller, int status) throws Exception {
        String key = switch (caller) {
            case "reader" -> TestStore.API_KEY;
            case "admin" -> TestStore.ADMIN_KEY;
            default -> null;
        };
        HttpResponse<String> response = "GET".equals(method) ? rest.get(path, key, "application/json")
                : rest.post(path, key, "application/json", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void anAdministratorConfinedToATenantReachesOnlyThatTenantsRecords() throws Exception {
        Staff fay = Staff.of("Fay Brightwater", "0f000000-0000-4000-8000-0000000000ff", "fay.brightwater@council.example");
        fay.seed(app, "SP4", "SP3", "SP1.1");
        Map<String, List<String>> before = collections();

        JsonNode elsewhere = rest.json("/api/people/" + fay.id(), OTHER_TENANT_ADMIN_KEY);
        assertThat(elsewhere.path("records")).isEmpty();
        assertThat(elsewhere.path("outOfReach").toString()).contains("deployment-wide administrator");
        HttpResponse<String> refused = rest.post("/api/people/" + fay.id() + "/erase", OTHER_TENANT_ADMIN_KEY,
                "application/json", "");
        assertThat(refused.body()).contains("Nothing is held about this person");
        assertThat(collections()).as("another tenant's administrator changed nothing").isEqualTo(before);

        Map<String, List<String>> own = byCollection(rest.json("/api/people/" + fay.id(), OWN_TENANT_ADMIN_KEY));
        assertThat(own.keySet()).contains("updates", "priorities", "installations", "subscriptions", "passages")
                .doesNotContain("deliveries");
        HttpResponse<String> erased = rest.post("/api/people/" + fay.id() + "/erase", OWN_TENANT_ADMIN_KEY, "application/json", "");
        assertThat(erased.body()).contains("former staff member");
        assertThat(rest.json("/api/people/" + fay.id(), OWN_TENANT_ADMIN_KEY).path("records")).isEmpty();
        assertThat(rest.json("/api/people/erasures", OWN_TENANT_ADMIN_KEY).findValues("by")).extracting(JsonNode::asString)
                .containsOnly("own-tenant-admin");
        assertThat(rest.json("/api/people/erasures", OTHER_TENANT_ADMIN_KEY)).isEmpty();
    }

    // ---- what the store and the application hold and show --------------------------------------------------------

    private static Map<String, List<String>> byCollection(JsonNode found) {
        Map<String, List<String>> what = new TreeMap<>();
        found.path("records").forEach(r -> what.computeIfAbsent(r.path("collection").asString(), c -> new ArrayList<>())
                .add(r.path("what").asString()));
        return what;
    }

    /** Every document of every collection, as JSON, by collection. */
    private Map<String, List<String>> collections() {
        Map<String, List<String>> all = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            List<String> docs = new ArrayList<>();
            mongo.getCollection(name).find().sort(new Document("_id", 1)).forEach(d -> docs.add(d.toJson()));
            all.put(name, docs);
        }
        return all;
    }

    private String everything() {
        return collections().toString().toLowerCase(Locale.ROOT);
    }

    /** What people see: the REST API, the dashboard's data, the committee report in its three formats, the digest. */
    private String responses() throws Exception {
        StringBuilder out = new StringBuilder();
        for (String path : List.of("/api/priorities", "/api/priorities/SP1", "/api/priorities/SP2", "/api/priorities/SP3",
                "/api/priorities/SP4", "/api/priorities/SP5", "/api/actions", "/api/updates?since=2000-01-01",
                "/api/dashboard", "/api/rag-history?months=12", "/api/digest/subscriptions", "/api/digest/deliveries",
                "/api/search?q=who+chairs+the+workforce+group", "/api/strategies/wokingham-2021-24/documents",
                "/api/export/actions.csv", "/api/reports/committee.html", "/api/reports/committee.md")) {
            out.append(rest.get(path, TestStore.ADMIN_KEY, "*/*").body());
        }
        HttpResponse<byte[]> pdf = rest.bytes("/api/reports/committee.pdf?from=" + LocalDate.now().minusMonths(1),
                TestStore.ADMIN_KEY);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            out.append(new PDFTextStripper().getText(doc));
        }
        out.append(Staff.adminSays(app, "preview the digest"));
        out.append(Staff.adminSays(app, "who leads SP3?"));
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Each month's RAG of each priority (the moments themselves move on with the clock). */
    private List<String> ragHistory() throws Exception {
        List<String> out = new ArrayList<>();
        rest.json("/api/rag-history?months=12", TestStore.ADMIN_KEY).forEach(m -> out.add(m.path("priorities").toString()));
        return out;
    }

    private List<String> statuses() throws Exception {
        List<String> out = new ArrayList<>();
        rest.json("/api/priorities", TestStore.ADMIN_KEY).forEach(p -> out.add(p.path("code").asString() + " "
                + p.path("rag").asString() + " " + p.path("previous").asString() + " " + p.path("trend").asString() + " "
                + p.path("percent").asString()));
        return out;
    }

    private List<String> history() throws Exception {
        List<String> out = new ArrayList<>();
        rest.json("/api/updates?since=2000-01-01", TestStore.ADMIN_KEY).forEach(u -> out.add(u.path("id").asString()
                + " " + u.path("at").asString() + " " + u.path("target").asString() + " " + u.path("before") + " "
                + u.path("after")));
        return out;
    }

    private static String field(String json, String name) {
        return tools.jackson.databind.json.JsonMapper.shared().readTree(json).path(name).asString();
    }
}
