package org.strategybot.planadmin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.bot.EndpointTest;
import org.strategybot.bot.Rest;
import org.strategybot.planadmin.PlanSheets;
import org.strategybot.system.TestStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A directorate loads its real plan from its spreadsheet over REST, as README "Loading your action plan" says: a
 * dry run checked field by field, refusals with row numbers, apply, re-apply, a changed file, retireMissing, and
 * the export coming back as no change. In order, on one store: each step starts where the last one left the plan.
 */
@EndpointTest
// it replaces the shipped plan with a spreadsheet's and retires most of it, which every other class's answers would show
@TestPropertySource(properties = EndpointTest.OWN_APPLICATION + "=it replaces the plan with a spreadsheet's")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanImportApiTest {

    static final String CSV = "text/csv";
    static final String PLAN = "/api/strategies/wokingham-2021-24/plan";

    Rest rest;
    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv", "xlsx"})
    @Order(1)
    void aDryRunSaysFieldByFieldWhatTheSpreadsheetWouldDoAndWritesNothing(String kind) throws Exception {
        JsonNode before = getJson("/api/actions");
        HttpResponse<String> response = post(PLAN + "?dryRun=true&name=Action%20plan%20v3." + kind, kind, sheet(kind));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());

        assertThat(report.path("dryRun").asBoolean()).isTrue();
        assertThat(report.path("applied").asBoolean()).isFalse();
        assertThat(report.path("sheet").asString()).isEqualTo(kind.equals("xlsx") ? "Action Plan" : "Action plan v3.csv");
        assertThat(report.path("headerRow").asInt()).isEqualTo(4);
        assertThat(report.path("columns").path("due").asString()).isEqualTo("Target Date (dd/mm/yyyy)");
        assertThat(report.path("ignoredColumns").toString()).contains("Notes for PMO");
        JsonNode changes = report.path("changes");
        assertThat(changes.path("sampleRemoved").asInt()).as("the sample plan is replaced").isEqualTo(before.size());
        assertThat(codes(changes.path("added"))).containsExactly("SP1.1", "SP1.2", "SP2.1", "SP2.2", "SP4.1", "SP5.2");

        assertThat(fields(changes.path("added"), "SP1.1")).containsEntry("title", "Open the family hub in Wokingham town centre")
                .containsEntry("business area", "Social Care and Early Help").containsEntry("owner", "Head of Early Help")
                .containsEntry("owner email", "head.earlyhelp@wokingham.gov.uk").containsEntry("due date", "2027-03-31")
                .containsEntry("RAG", "Green").containsEntry("% complete", "40%")
                .containsEntry("latest update", "Building works under way.");
        assertThat(fields(changes.path("added"), "SP1.2")).as("an Excel serial date, an owner with their email")
                .containsEntry("due date", "2027-03-31").containsEntry("owner", "Jo Bloggs")
                .containsEntry("owner email", "jo.bloggs@wokingham.gov.uk").containsEntry("% complete", "25%");
        assertThat(fields(changes.path("added"), "SP2.1")).containsEntry("due date", "2027-03-31")
                .containsEntry("RAG", "Amber").containsEntry("% complete", "50%")
                .containsEntry("business area", "Quality Assurance and Safeguarding");
        assertThat(fields(changes.path("added"), "SP2.2")).as("Blue is done").containsEntry("RAG", "Green")
                .containsEntry("% complete", "100%");
        assertThat(fields(changes.path("added"), "SP4.1").get("latest update"))
                .isEqualTo("Recruitment paused until April,\nthen a new cohort of eleven.");
        assertThat(fields(changes.path("added"), "SP5.2")).containsEntry("due date", "2027-03-31").containsEntry("RAG", "Amber");

        List<Integer> refusedRows = new ArrayList<>();
        changes.path("refused").forEach(r -> refusedRows.add(r.path("row").asInt()));
        assertThat(refusedRows).containsExactly(12, 13, 14, 15);
        for (Object[] refused : PlanSheets.REFUSED) {
            assertThat(reason(changes, (int) refused[0])).as("row " + refused[0]).contains((String) refused[1]);
        }
        assertThat(response.body()).as("the personal data is never repeated").doesNotContain("Jayden", "Acacia");

        assertThat(getJson("/api/actions")).as("a dry run writes nothing").isEqualTo(before);
    }

    @Test
    @Order(2)
    void applyingAFileWithRefusedRowsWritesNothingAndSaysWhy() throws Exception {
        JsonNode before = getJson("/api/actions");
        HttpResponse<String> response = post(PLAN + "?name=plan.csv", "csv", PlanSheets.csv());
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("detail").asString()).contains("4 rows were refused", "skipRefused=true");
        assertThat(problem.path("report").path("changes").path("refused")).hasSize(4);
        assertThat(getJson("/api/actions")).isEqualTo(before);
    }

    @Test
    @Order(3)
    void applyingDoesWhatTheDryRunSaidAndTheSampleNoticeGoes() throws Exception {
        assertThat(getJson("/api/dashboard").path("sample").asBoolean()).isTrue();

        JsonNode report = postJson(PLAN + "?skipRefused=true&name=Action%20plan%20v3.xlsx", "xlsx", PlanSheets.xlsx());
        assertThat(report.path("applied").asBoolean()).isTrue();
        assertThat(codes(report.path("changes").path("added"))).containsExactly("SP1.1", "SP1.2", "SP2.1", "SP2.2", "SP4.1", "SP5.2");

        JsonNode actions = getJson("/api/actions");
        assertThat(codes(actions)).containsExactly("SP1.1", "SP1.2", "SP2.1", "SP2.2", "SP4.1", "SP5.2");
        JsonNode sp22 = find(actions, "SP2.2");
        assertThat(sp22.path("complete").asBoolean()).isTrue();
        assertThat(sp22.path("sample").asBoolean()).isFalse();
        assertThat(find(actions, "SP1.2").path("due").asString()).isEqualTo("2027-03-31");

        assertThat(getJson("/api/dashboard").path("sample").asBoolean()).as("no sample notice on the dashboard").isFalse();
        assertThat(getJson("/api/priorities").findValuesAsString("sample")).doesNotContain("true");
        HttpResponse<String> report2 = get("/api/reports/committee.md");
        assertThat(report2.body()).doesNotContainIgnoringCase("sample data");

        JsonNode history = getJson("/api/updates?target=SP4.1");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("author").asString()).isEqualTo("test-admin");
        assertThat(history.get(0).path("note").asString())
                .isEqualTo("Imported from Action plan v3.xlsx: Recruitment paused until April,\nthen a new cohort of eleven.");
        assertThat(history.get(0).path("after").path("rag").asString()).isEqualTo("RED");
        assertThat(history.get(0).path("kind").asString()).as("an action added is the plan changing, not news of its work")
                .isEqualTo("PLAN_CHANGE");
        assertThat(get("/api/reports/committee.md").body()).as("so the committee report does not list a whole plan as progress")
                .doesNotContain("Recruitment paused until April");
        assertThat(getJson("/api/updates?since=2000-01-01").findValuesAsString("sample")).as("the sample history went")
                .doesNotContain("true");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv", "xlsx"})
    @Order(4)
    void applyingTheSameFileAgainChangesNothing(String kind) throws Exception {
        JsonNode before = getJson("/api/updates?since=2000-01-01");
        JsonNode report = postJson(PLAN + "?skipRefused=true&name=plan." + kind, kind, sheet(kind));
        assertThat(report.path("applied").asBoolean()).isFalse();
        JsonNode changes = report.path("changes");
        assertThat(changes.path("added")).isEmpty();
        assertThat(changes.path("changed")).isEmpty();
        assertThat(changes.path("sampleRemoved").asInt()).isZero();
        assertThat(changes.path("unchanged")).hasSize(6);
        assertThat(getJson("/api/updates?since=2000-01-01")).isEqualTo(before);
    }

    @Test
    @Order(5)
    void aChangedFileChangesFieldByFieldWithTheImporterInTheHistory() throws Exception {
        String edited = new String(PlanSheets.csv(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Refresh the quality assurance framework,Head of QA", "Refresh the quality assurance framework,Head of Quality")
                .replace("Amber,0.5,Audit backlog", "Green,0.7,Audit backlog cleared; audit backlog");
        JsonNode dry = postJson(PLAN + "?dryRun=true&skipRefused=true&name=plan-v4.csv", "csv",
                edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode changed = dry.path("changes").path("changed");
        assertThat(codes(changed)).containsExactly("SP2.1");
        assertThat(changed.get(0).path("fields").toString())
                .contains("{\"field\":\"owner\",\"before\":\"Head of QA\",\"after\":\"Head of Quality\"}")
                .contains("{\"field\":\"RAG\",\"before\":\"Amber\",\"after\":\"Green\"}")
                .contains("{\"field\":\"% complete\",\"before\":\"50%\",\"after\":\"70%\"}");

        JsonNode applied = postJson(PLAN + "?skipRefused=true&name=plan-v4.csv", "csv", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(applied.path("changes").path("changed")).isEqualTo(changed);
        JsonNode latest = getJson("/api/updates?target=SP2.1").get(0);
        assertThat(latest.path("note").asString()).startsWith("Imported from plan-v4.csv: Audit backlog cleared");
        assertThat(latest.path("before").path("rag").asString()).isEqualTo("AMBER");
        assertThat(latest.path("after").path("rag").asString()).isEqualTo("GREEN");
        assertThat(latest.path("kind").asString()).as("a new RAG, percent and note are progress").isEqualTo("PROGRESS");
        assertThat(get("/api/reports/committee.md").body()).contains("Audit backlog cleared");
        assertThat(find(getJson("/api/actions"), "SP2.1").path("owner").asString()).isEqualTo("Head of Quality");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv", "xlsx"})
    @Order(6)
    void anExportImportedBackChangesNothing(String kind) throws Exception {
        HttpResponse<byte[]> export = rest.bytes("/api/export/actions." + kind, TestStore.API_KEY);
        assertThat(export.statusCode()).isEqualTo(200);
        JsonNode report = postJson(PLAN + "?dryRun=true&name=actions." + kind, kind, export.body());
        JsonNode changes = report.path("changes");
        assertThat(changes.path("added")).isEmpty();
        assertThat(changes.path("changed")).isEmpty();
        assertThat(changes.path("refused")).isEmpty();
        assertThat(changes.path("unchanged")).hasSize(6);
        assertThat(report.path("columns").size()).isEqualTo(10);
    }

    @Test
    @Order(7)
    void retireMissingRetiresWhatTheFileLeavesOutAndKeepsItsHistory() throws Exception {
        byte[] onlySp1 = ("Priority,Ref,Title,Owner\r\nSP1,SP1.1,Open the family hub in Wokingham town centre,Head of Early Help\r\n"
                + "SP1,SP1.2,Publish the early help strategy,Jo Bloggs\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode without = postJson(PLAN + "?dryRun=true&name=sp1.csv", "csv", onlySp1);
        assertThat(without.path("changes").path("retired")).as("absent actions are left alone by default").isEmpty();

        JsonNode report = postJson(PLAN + "?retireMissing=true&name=sp1.csv", "csv", onlySp1);
        assertThat(codes(report.path("changes").path("retired"))).containsExactly("SP2.1", "SP2.2", "SP4.1", "SP5.2");
        assertThat(codes(getJson("/api/actions"))).containsExactly("SP1.1", "SP1.2");
        assertThat(getJson("/api/priorities/SP4").path("actions")).as("retired actions leave the roll-up").isEmpty();
        JsonNode history = getJson("/api/updates?target=SP4.1");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("note").asString()).isEqualTo("Imported from sp1.csv (retired)");
        assertThat(history.get(0).path("kind").asString()).isEqualTo("PLAN_CHANGE");

        JsonNode back = postJson(PLAN + "?dryRun=true&skipRefused=true&name=plan.csv", "csv", PlanSheets.csv());
        assertThat(back.path("changes").path("changed").findValuesAsString("field")).as("a file naming it again reinstates it")
                .contains("status");
    }

    @Test
    @Order(8)
    void readersCannotImport() throws Exception {
        HttpResponse<String> response = rest.post(PLAN + "?dryRun=true", TestStore.API_KEY, CSV, PlanSheets.csv());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            a CSV over the size limit            | csv  | 413 | larger than 2097152 bytes
            a sheet with too many rows           | csv  | 413 | more than 5000 rows
            a workbook that unpacks to gigabytes | xlsx | 413 | unpacks to more than 64 MB
            a CSV sent as a workbook             | xlsx | 400 | not an XLSX workbook
            a zip that is not a workbook         | xlsx | 400 | not a workbook that can be read
            a sheet without a header row         | csv  | 400 | No header row found
            an empty body                        | csv  | 400 | The file is empty
            """)
    @Order(9)
    void hostileOrMistakenFilesAreRefusedWithAClearAnswerAndNothingWritten(String what, String kind, int status,
            String detail) throws Exception {
        JsonNode before = getJson("/api/actions");
        HttpResponse<String> response = post(PLAN, kind, hostile(what));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json.readTree(response.body()).path("detail").asString()).contains(detail);
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(getJson("/api/actions")).isEqualTo(before);
    }

    private static byte[] hostile(String what) throws java.io.IOException {
        return switch (what) {
            case "a CSV over the size limit" -> new byte[2 * 1024 * 1024 + 1];
            case "a sheet with too many rows" -> "Priority,Ref,Action,RAG\r\n".concat("SP1,,An action,G\r\n".repeat(5001))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case "a workbook that unpacks to gigabytes" -> zip("xl/worksheets/sheet1.xml", 65 * 1024 * 1024 + 1);
            case "a CSV sent as a workbook", "a sheet without a header row" -> "Just a note\r\nand another\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case "a zip that is not a workbook" -> zip("readme.txt", 10);
            default -> new byte[0];
        };
    }

    /** A zip of one entry of spaces: a megabyte of them deflates to about a kilobyte. */
    private static byte[] zip(String entry, int size) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int left = size; left > 0; left -= spaces.length) {
                zip.write(spaces, 0, Math.min(left, spaces.length));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static Map<String, String> fields(JsonNode changes, String code) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        find(changes, code).path("fields").forEach(f -> fields.put(f.path("field").asString(), f.path("after").asString()));
        return fields;
    }

    static JsonNode find(JsonNode list, String code) {
        for (JsonNode n : list) {
            if (n.path("code").asString().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no " + code + " in " + list);
    }

    static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(n -> codes.add(n.path("code").asString()));
        return codes;
    }

    private static String reason(JsonNode changes, int row) {
        for (JsonNode r : changes.path("refused")) {
            if (r.path("row").asInt() == row) {
                return r.path("reason").asString();
            }
        }
        return "";
    }

    static byte[] sheet(String kind) {
        return kind.equals("xlsx") ? PlanSheets.xlsx() : PlanSheets.csv();
    }

    private JsonNode postJson(String path, String kind, byte[] body) throws Exception {
        HttpResponse<String> response = post(path, kind, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String kind, byte[] body) throws Exception {
        return rest.post(path, TestStore.ADMIN_KEY, kind.equals("xlsx") ? SpreadsheetController.XLSX : CSV, body);
    }

    private JsonNode getJson(String path) throws Exception {
        return rest.json(path, TestStore.API_KEY);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return rest.get(path, TestStore.API_KEY);
    }
}
