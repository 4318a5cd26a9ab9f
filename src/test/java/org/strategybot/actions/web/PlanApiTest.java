package org.strategybot.actions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.strategybot.planadmin.PlanExport;
import org.strategybot.bot.EndpointTest;
import org.strategybot.bot.Rest;
import org.strategybot.system.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over the live plan: filters, clear errors for bad ones, CSV that parses back. */
@EndpointTest
class PlanApiTest {

    Rest rest;
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void listsTheStrategiesAndServesOneWhole() throws Exception {
        assertThat(getJson("/api/strategies").findValuesAsString("id"))
                .contains("wokingham-2021-24", "worcestershire-children-first", "reclaiming-front-line-practice");
        JsonNode w = getJson("/api/strategies/wokingham-2021-24");
        assertThat(w.path("vision").path("text").asString()).contains("happy, hopeful and loved");
        assertThat(get("/api/strategies/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void prioritiesCarryTheirRagAndCounts() throws Exception {
        JsonNode priorities = getJson("/api/priorities");
        assertThat(priorities).hasSize(5);
        for (JsonNode p : priorities) {
            assertThat(p.path("rag").asString()).isIn("RED", "AMBER", "GREEN");
            assertThat(p.path("counts").path("green").isInt()).isTrue();
            assertThat(p.path("lead").asString()).isNotBlank();
        }
        JsonNode sp4 = getJson("/api/priorities/SP4");
        assertThat(sp4.path("actions")).isNotEmpty();
        assertThat(get("/api/priorities/SP9").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rag=red               | rag      | RED
            rag=Amber             | rag      | AMBER
            priority=SP3          | priority | SP3
            priority=sp3          | priority | SP3
            overdue=true          | overdue  | true
            stale=true            | stale    | true
            overdue=false         | overdue  | false
            owner=Head of Early Help | owner | Head of Early Help
            """)
    void everyFilterReturnsOnlyMatchingActions(String query, String field, String value) throws Exception {
        JsonNode actions = getJson("/api/actions?" + query.replace(" ", "%20"));
        assertThat(actions).as(query).isNotEmpty();
        for (JsonNode a : actions) {
            assertThat(a.path(field).asString()).as(query).isEqualTo(value);
        }
    }

    @Test
    void filtersCombine() throws Exception {
        JsonNode all = getJson("/api/actions");
        JsonNode redOverdue = getJson("/api/actions?rag=red&overdue=true");
        long expected = 0;
        for (JsonNode a : all) {
            if (a.path("rag").asString().equals("RED") && a.path("overdue").asBoolean()) {
                expected++;
            }
        }
        assertThat(redOverdue.size()).isEqualTo(expected).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/actions?rag=purple            | 400 | red, amber, green
            /api/actions?overdue=maybe         | 400 | true or false
            /api/actions?priority=SP9          | 400 | SP1, SP2, SP3, SP4, SP5
            /api/actions?strategy=nope         | 404 | No strategy 'nope'
            /api/updates?since=last%20tuesday  | 400 | must be a date
            /api/updates?since=-999999999-01-01 | 400 | in the years 1 to 9999
            /api/updates?since=%2B999999999-12-31T00:00:00Z | 400 | in the years 1 to 9999
            /api/reports/committee.md?to=-999999999-12-31 | 400 | choose a later start
            /api/export/actions.csv?rag=blue   | 400 | not a RAG rating
            """)
    void aBadFilterIsAClearClientError(String path, int status, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(json.readTree(response.body()).path("detail").asString()).contains(message);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void updatesSinceADateAreNewestFirst() throws Exception {
        JsonNode updates = getJson("/api/updates?since=2000-01-01");
        assertThat(updates.size()).isGreaterThan(20);
        for (int i = 1; i < updates.size(); i++) {
            assertThat(updates.get(i - 1).path("at").asString()).isGreaterThanOrEqualTo(updates.get(i).path("at").asString());
        }
        assertThat(getJson("/api/updates").size()).as("default: the trend window").isBetween(1, updates.size() - 1);
    }

    @Test
    void aPrioritysLatestUpdateReadsLikeAnEntryOfItsAuditTrail() throws Exception {
        List<String> fields = List.of("id", "strategyId", "target", "priority", "author", "authorId", "at", "note", "before",
                "after", "sample", "kind", "undoes", "sensitive", "anonymisedAt");
        JsonNode latest = getJson("/api/priorities/SP4").path("latest");
        assertThat(names(latest)).as("the priority's latest update").containsExactlyElementsOf(fields);
        assertThat(names(getJson("/api/priorities").get(3).path("latest"))).as("in the list").containsExactlyElementsOf(fields);
        JsonNode newest = getJson("/api/updates?target=SP4").get(0);
        assertThat(names(newest)).as("an entry of the audit trail").containsExactlyElementsOf(fields);
        assertThat(latest).isEqualTo(newest);
        assertThat(names(newest.path("after"))).containsExactly("rag", "percent", "due");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void theCsvExportParsesBackToTheSameActions() throws Exception {
        HttpResponse<String> response = get("/api/export/actions.csv");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<List<String>> rows = parseCsv(response.body().replaceFirst("^\uFEFF", ""));
        assertThat(rows.get(0)).isEqualTo(PlanExport.HEADER);
        JsonNode actions = getJson("/api/actions");
        assertThat(rows).hasSize(actions.size() + 1);
        for (int i = 0; i < actions.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertThat(row.get(1)).isEqualTo(actions.get(i).path("code").asString());
            assertThat(row.get(2)).isEqualTo(actions.get(i).path("title").asString());
            assertThat(row.get(4)).isEqualTo(actions.get(i).path("owner").asString());
        }
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        JsonNode api = getJson("/api/openapi");
        assertThat(api.path("paths").propertyNames())
                .contains("/api/priorities", "/api/actions", "/api/updates", "/api/export/actions.csv", "/api/strategies")
                .doesNotContain("/api/messages");
        assertThat(api.path("info").path("title").asString()).isEqualTo("strategy-bot API");
        assertThat(api.path("info").path("version").asString()).as("the build's version").matches("\\d+\\.\\d+\\.\\d+.*");
        JsonNode schemes = api.path("components").path("securitySchemes");
        assertThat(schemes.path("apiKey").path("type").asString()).isEqualTo("apiKey");
        assertThat(schemes.path("apiKey").path("in").asString()).isEqualTo("header");
        assertThat(schemes.path("apiKey").path("name").asString()).isEqualTo("X-API-Key");
        assertThat(schemes.path("entraId").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("entraId").path("scheme").asString()).isEqualTo("bearer");
        assertThat(api.path("security").toString()).contains("apiKey").contains("entraId");
    }

    /** RFC 4180, enough to read back what the export writes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    private JsonNode getJson(String path) throws Exception {
        return rest.json(path, TestStore.API_KEY);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return rest.get(path, TestStore.API_KEY);
    }
}
