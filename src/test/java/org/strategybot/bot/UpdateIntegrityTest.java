package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsActivities.Conversation.CHANNEL;
import static org.strategybot.bot.TeamsChat.ADMIN;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;
import org.strategybot.system.TestStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The history's integrity through the real endpoint and store: an undo undoes one update once, a RAG over the
 * calculated one says why and shows both, the digest and the committee report show progress rather than undos
 * and housekeeping, and percent complete is a whole number from 0 to 100 on every way in.
 */
@EndpointTest
// names and ordinary notes shown in shared views too, so that what the digest lists can be read off it
@TestPropertySource(properties = "strategy-bot.disclosure.withheld=sensitive")
class UpdateIntegrityTest {

    /** The committee report from yesterday: the few updates of the sample plan's last days and what the tests post. */
    static final String RECENT_REPORT = "/api/reports/committee.md?from="
            + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1);

    FakeConnector connector;
    TeamsChat chat;

    @Test
    void anUndoUndoesOneUpdateOnceAndIsNotItselfUndone() throws Exception {
        JsonNode saved = chat.post(ADMIN, "SP5.1 is now red - headteachers left the partnership");
        assertThat(FakeConnector.flatten(saved)).contains("Saved: SP5.1");
        assertThat(chat.ask(ADMIN, "undo my last update")).contains("Undone");
        assertThat(chat.ask(ADMIN, "what's the status of SP5.1?")).contains("SP5.1 status: Green");

        assertThat(chat.ask(ADMIN, "undo my last update")).contains("an undo can't be undone").contains("Nothing was changed");
        assertThat(chat.ask(ADMIN, "undo my last update")).as("asked again, still refused").contains("an undo can't be undone");

        assertThat(chat.ask(ADMIN, "what's the status of SP5.1?")).contains("SP5.1 status: Green");
        List<JsonNode> undos = new ArrayList<>();
        chat.get("/api/updates?target=SP5.1").forEach(u -> {
            if (u.path("kind").asText().equals("UNDO")) {
                undos.add(u);
            }
        });
        assertThat(undos).hasSize(1);
        assertThat(undos.get(0).path("id").asText()).isEqualTo("undo-" + undos.get(0).path("undoes").asText());
    }

    @Test
    void aRagOverTheCalculatedOneNeedsAReasonAndEverywhereShowsBoth() throws Exception {
        JsonNode card = chat.propose(ADMIN, "set SP2 to green");
        assertThat(FakeConnector.flatten(card)).contains("Green is not SP2's calculated RAG (Red), so say why in the note first");

        assertThat(FakeConnector.flatten(chat.execute(ADMIN, card, UpdateCards.CONFIRM, null)))
                .contains("needs a reason").contains("Nothing was saved");
        assertThat(chat.get("/api/priorities/SP2").path("rag").asText()).isEqualTo("RED");
        assertThat(chat.get("/api/priorities/SP2").path("override").isNull()).isTrue();

        assertThat(FakeConnector.flatten(chat.execute(ADMIN, card, UpdateCards.CONFIRM,
                "{\"note\":\"Independent auditors start next week\"}"))).contains("Saved: SP2");
        String both = "Green — set by the lead: Independent auditors start next week (calculated: Red)";
        assertThat(chat.ask(ADMIN, "what's SP2's status?")).contains(both);
        assertThat(chat.ask(ADMIN, "overview of all priorities")).contains("SP2 Green (set by the lead; calculated: Red)");
        assertThat(chat.ask(ADMIN, "preview the weekly digest")).contains("SP2 Green (set by the lead; calculated: Red)");
        assertThat(chat.getText("/api/reports/committee.md", TestStore.API_KEY))
                .contains("Set by the lead: Independent auditors start next week (calculated: Red)");
        assertThat(chat.get("/api/dashboard").path("priorities").get(1).path("calculated").asText()).isEqualTo("RED");

        // a percent alone keeps the reason on record; the RAG on the card is the lead's, not a new override
        assertThat(FakeConnector.flatten(chat.post(ADMIN, "SP2 is 65% done"))).contains("Saved: SP2");
        assertThat(chat.ask(ADMIN, "what's SP2's status?")).contains(both);
    }

    @Test
    void theDigestTheReportAndWhatChangedShowProgressButTheHistoryKeepsEverything() throws Exception {
        // other tests here post too: what this one adds is counted against what was there
        String digestBefore = chat.ask(ADMIN, "preview the weekly digest");
        String changesBefore = chat.ask(ADMIN, "what changed this week?");
        String reportBefore = chat.getText(RECENT_REPORT, TestStore.API_KEY);

        ObjectNode assign = TeamsActivities.message(connector.url(), CHANNEL, "make <at>Lee Lead</at> the lead for SP3");
        TeamsChat.as(assign, ADMIN);
        ((ArrayNode) assign.get("entities")).addObject().put("type", "mention").put("text", "<at>Lee Lead</at>")
                .putObject("mentioned").put("id", "29:lee").put("name", "Lee Lead");
        assertThat(chat.reply(assign).flatText()).contains("Lee Lead is now the lead for SP3");
        chat.post(ADMIN, "SP1.1 is now amber - alpha partner withdrew");
        assertThat(chat.ask(ADMIN, "undo my last update")).contains("Undone");
        chat.post(ADMIN, "SP1.2 at 65% - bravo sessions booked");
        // confirmed as it stands, with nothing said: the action is not stale, but nothing happened to report
        chat.post(ADMIN, "SP2.2 is green");

        String digest = chat.ask(ADMIN, "preview the weekly digest");
        assertThat(digest).contains("bravo sessions booked").doesNotContain("alpha partner")
                .doesNotContain("Undo of an earlier update").doesNotContain("is now the lead");
        assertThat(updatesThisWeek(digest)).as("one piece of progress was posted").isEqualTo(updatesThisWeek(digestBefore) + 1);
        assertThat(occurrences(digest, "Ada Admin")).isEqualTo(occurrences(digestBefore, "Ada Admin") + 1);

        String changes = chat.ask(ADMIN, "what changed this week?");
        assertThat(changes).contains("bravo sessions booked").doesNotContain("alpha partner").doesNotContain("Undo of");
        assertThat(occurrences(changes, "Ada Admin")).isEqualTo(occurrences(changesBefore, "Ada Admin") + 1);

        String report = chat.getText(RECENT_REPORT, TestStore.API_KEY);
        assertThat(report).contains("bravo sessions booked").doesNotContain("alpha partner").doesNotContain("Undo of")
                .doesNotContain("is now the lead");
        assertThat(occurrences(report, "Ada Admin")).isEqualTo(occurrences(reportBefore, "Ada Admin") + 1);

        List<String> kinds = new ArrayList<>();
        for (String target : List.of("SP3", "SP1.1", "SP1.2", "SP2.2")) {
            chat.get("/api/updates?target=" + target).forEach(u -> {
                if (u.path("author").asText().equals("Ada Admin")) {
                    kinds.add(u.path("kind").asText());
                }
            });
        }
        assertThat(kinds).as("the history keeps everything")
                .containsExactlyInAnyOrder("ASSIGNMENT", "PROGRESS", "UNDO", "PROGRESS", "PROGRESS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "4294967346", "99.6", "-1", "101", "1e2", "60%", "0x32", "\u0665\u0660", "Infinity"})
    void percentOnTheCardIsAWholeNumberFrom0To100AndAnythingElseSavesNothing(String typed) throws Exception {
        String note = "stage " + UUID.randomUUID();
        JsonNode card = chat.propose(ADMIN, "SP3.3 update: " + note);
        int percentBefore = percentOf("SP3.3");

        String reply = FakeConnector.flatten(chat.execute(ADMIN, card, UpdateCards.CONFIRM, "{\"percent\":\"" + typed + "\"}"));

        assertThat(reply).contains("Percent complete must be a whole number from 0 to 100").contains("Nothing was saved");
        assertThat(chat.get("/api/updates?target=SP3.3").toString()).doesNotContain(note);
        assertThat(percentOf("SP3.3")).isEqualTo(percentBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SP3.3 is 99.6% complete - training booked", "SP3.3 at 4294967346% - training booked",
            "SP3.3 is NaN% done - training booked", "SP3.3 at -5% - training booked",
            "SP3.3 at 60.5% - training booked", "SP3.3 is 150% complete"})
    void aPercentInAMessageIsAWholeNumberFrom0To100AndAnythingElseProposesNothing(String message) throws Exception {
        String reply = chat.ask(ADMIN, message);
        assertThat(reply).contains("Percent complete must be a whole number from 0 to 100").doesNotContain("Confirm");
    }

    @Test
    void aWholePercentIsSavedAsWritten() throws Exception {
        assertThat(FakeConnector.flatten(chat.post(ADMIN, "SP3.4 is 100% complete - evaluation published"))).contains("Saved: SP3.4");
        assertThat(percentOf("SP3.4")).isEqualTo(100);
        JsonNode card = chat.propose(ADMIN, "SP3.4 update: one more session held");
        chat.execute(ADMIN, card, UpdateCards.CONFIRM, "{\"percent\":\"0\"}");
        assertThat(percentOf("SP3.4")).isZero();
    }

    private int percentOf(String code) throws Exception {
        for (JsonNode a : chat.get("/api/actions?priority=" + code.substring(0, code.indexOf('.')))) {
            if (a.path("code").asText().equals(code)) {
                return a.path("percent").asInt();
            }
        }
        throw new AssertionError("no action " + code);
    }

    private static int updatesThisWeek(String digest) {
        Matcher m = Pattern.compile("Updates this week\\D*?(\\d+) posted").matcher(digest);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int occurrences(String text, String of) {
        return text.split(Pattern.quote(of), -1).length - 1;
    }
}
