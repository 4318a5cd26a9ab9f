package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.bot.TeamsChat.ADMIN;
import static org.strategybot.bot.TeamsChat.LEAD;
import static org.strategybot.bot.TeamsActivities.Conversation.CHANNEL;
import static org.strategybot.bot.TeamsActivities.Conversation.PERSONAL;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoOperations;
import org.strategybot.bot.FakeConnector.Call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Posting progress in chat, through the real endpoint: propose, confirm on the card (as Action.Execute
 * and as Action.Submit), permissions checked again on Confirm, once-only saving, undo, and personal data.
 */
@EndpointTest
@ExtendWith(OutputCaptureExtension.class)
class UpdateFlowTest {

    @Autowired
    MongoOperations mongo;

    FakeConnector connector;
    TeamsChat chat;

    @Test
    void aLeadsUpdateIsConfirmedOnTheCardAndEveryAnswerReflectsItAtOnce() throws Exception {
        JsonNode card = chat.propose(ADMIN, "SP4 update: eleven newly qualified social workers started their ASYE year. Status green.");
        assertThat(FakeConnector.flatten(card)).contains("Confirm your update to SP4").contains("Percent complete");
        assertThat(buttons(card)).contains("Action.Execute:Confirm", "Action.Submit:Confirm", "Action.Execute:Cancel");

        JsonNode saved = chat.execute(ADMIN, card, "confirmUpdate", null);

        assertThat(FakeConnector.flatten(saved)).contains("Saved: SP4").contains("ASYE");
        assertThat(chat.ask(ADMIN, "what's SP4's status?")).contains("SP4 status: Green").contains("eleven newly qualified");
        assertThat(chat.get("/api/priorities/SP4").path("latest").path("note").asText()).contains("ASYE year");
    }

    @Test
    void theActionSubmitFallbackSavesToo() throws Exception {
        JsonNode card = chat.propose(ADMIN, "SP2.1 is 85% complete - clinics now run every month");
        Call reply = chat.submit(ADMIN, card, "confirmUpdate", null);
        assertThat(reply.flatText()).contains("Saved: SP2.1").contains("85%");
        assertThat(chat.get("/api/actions?priority=SP2").toString()).contains("\"percent\":85");
    }

    @Test
    void aDoubleClickOrARedeliverySavesOnce() throws Exception {
        ObjectNode message = TeamsActivities.message(connector.url(), PERSONAL, "SP5.4 is now amber - two partners missed the forum");
        TeamsChat.as(message, ADMIN);
        JsonNode first = TeamsChat.cardOf(chat.reply(message));
        JsonNode second = TeamsChat.cardOf(chat.reply(message));
        assertThat(TeamsChat.proposalId(second)).as("a redelivered message proposes once").isEqualTo(TeamsChat.proposalId(first));

        chat.execute(ADMIN, first, "confirmUpdate", null);
        JsonNode again = chat.execute(ADMIN, second, "confirmUpdate", null);
        assertThat(FakeConnector.flatten(again)).contains("Already saved");

        long saved = count(chat.get("/api/updates?target=SP5.4"), "two partners missed the forum");
        assertThat(saved).isEqualTo(1);
    }

    @Test
    void someoneWhoIsNotALeadIsToldWhoCanAndNothingIsSaved() throws Exception {
        int before = chat.get("/api/updates?target=SP1").size();
        String reply = chat.say("00000000-0000-0000-0000-000000000001", PERSONAL, "SP1 update: recruited two managers. Status amber.").flatText();
        assertThat(reply).contains("Only the lead of SP1").contains("nothing was saved");
        assertThat(chat.get("/api/updates?target=SP1").size()).isEqualTo(before);
    }

    @Test
    void forgedCardDataIsCheckedAgainOnTheServer() throws Exception {
        JsonNode card = chat.propose(ADMIN, "SP3.2 is now red - trainer post still vacant");

        assertThat(FakeConnector.flatten(chat.execute("00000000-0000-0000-0000-000000000001", card, "confirmUpdate", null)))
                .as("someone else presses Confirm").contains("only they can confirm");
        ObjectNode forged = (ObjectNode) card.deepCopy();
        assertThat(FakeConnector.flatten(chat.executeWithId(ADMIN, UUID.randomUUID().toString(), "confirmUpdate")))
                .as("a made-up proposal").contains("expired or was cancelled");
        assertThat(FakeConnector.flatten(chat.execute(ADMIN, forged, "confirmUpdate", "{\"rag\":\"PURPLE\"}")))
                .contains("not a RAG rating");
        assertThat(FakeConnector.flatten(chat.execute(ADMIN, card, "confirmUpdate", "{\"note\":\"\"}")))
                .contains("Red needs a reason");
        assertThat(FakeConnector.flatten(chat.execute(ADMIN, card, "confirmUpdate", "{\"percent\":\"250\"}")))
                .contains("from 0 to 100");
        assertThat(chat.get("/api/updates?target=SP3.2").toString()).doesNotContain("trainer post still vacant");
    }

    @Test
    void personalDataIsNeitherSavedNorLogged(CapturedOutput output) throws Exception {
        String secret = "Kacey Marsh";
        String reply = chat.say(ADMIN, PERSONAL, "SP1.2 is now amber - visited " + secret + " at home, DOB 03/04/2016").flatText();
        assertThat(reply).contains("personal data").contains("a date of birth").doesNotContain(secret);
        assertThat(mongo.getCollection("proposals").countDocuments(new org.bson.Document("note",
                new org.bson.Document("$regex", "Marsh")))).isZero();

        JsonNode card = chat.propose(ADMIN, "SP1.2 is now amber - partner sign-off is late");
        JsonNode edited = chat.execute(ADMIN, card, "confirmUpdate", "{\"note\":\"spoke to " + secret + "'s mother\"}");
        assertThat(FakeConnector.flatten(edited)).contains("personal data");
        assertThat(chat.get("/api/updates?target=SP1.2").toString()).doesNotContain("Marsh");
        assertThat(output.getAll()).doesNotContain("Marsh");
    }

    @Test
    void aSmallCountOfChildrenIsRefusedWithTheReason() throws Exception {
        String reply = chat.ask(ADMIN, "SP1.2 is now green - only 2 children in care and 1 young carer came to the forum");
        assertThat(reply).contains("personal data").contains("fewer than 5").doesNotContain("only 2 children");
        assertThat(mongo.getCollection("proposals").countDocuments(new org.bson.Document("note",
                new org.bson.Document("$regex", "young carer")))).isZero();
        // counts at the threshold and of staff are progress, not personal data
        assertThat(chat.propose(ADMIN, "SP1.2 is now green - 12 children, 5 families and 2 social workers came to the forum"))
                .isNotNull();
    }

    @Test
    void anAdminMakesSomeoneLeadByMentioningThemAndTheyCanThenUpdateTheirPriorityOnly() throws Exception {
        ObjectNode assign = TeamsActivities.message(connector.url(), CHANNEL, "make <at>Lee Lead</at> the lead for SP3");
        TeamsChat.as(assign, ADMIN);
        ((com.fasterxml.jackson.databind.node.ArrayNode) assign.get("entities")).addObject().put("type", "mention")
                .put("text", "<at>Lee Lead</at>").putObject("mentioned").put("id", "29:lee").put("name", "Lee Lead");
        assertThat(chat.reply(assign).flatText()).contains("Lee Lead is now the lead for SP3");

        JsonNode card = chat.propose(LEAD, "SP3.1 at 60% - programme board approved the new special school plan");
        assertThat(FakeConnector.flatten(chat.execute(LEAD, card, "confirmUpdate", null))).contains("Saved: SP3.1");
        assertThat(chat.ask(LEAD, "SP2 update: clinics running. Status green.")).contains("Only the lead of SP2");
        assertThat(chat.ask(LEAD, "who leads SP3?")).contains("Lee Lead");
        assertThat(chat.ask(LEAD, "make <at>Lee Lead</at> the lead for SP2")).contains("Only an administrator");
    }

    @Test
    void theAuthorCanUndoTheirLastUpdate() throws Exception {
        JsonNode card = chat.propose(ADMIN, "SP5.1 is now red - headteachers left the partnership");
        chat.execute(ADMIN, card, "confirmUpdate", null);
        assertThat(chat.ask(ADMIN, "what's the status of SP5.1?")).contains("SP5.1 status: Red");

        assertThat(chat.ask(ADMIN, "undo my last update")).contains("Undone");
        assertThat(chat.ask(ADMIN, "what's the status of SP5.1?")).contains("SP5.1 status: Green");
        assertThat(chat.ask(ADMIN, "show SP5.1's update history")).contains("Undo of an earlier update").contains("Green → Red");
        assertThat(chat.ask("00000000-0000-0000-0000-000000000001", "undo my last update")).contains("no update");
    }

    @Test
    void markupInANoteCannotRunAsHtmlOrHideALink() throws Exception {
        JsonNode card = chat.propose(ADMIN, "SP2.4 at 70% - **urgent** <img src=x onerror=alert(1)> [click](http://evil.example)");
        JsonNode saved = chat.execute(ADMIN, card, "confirmUpdate", null);
        String shown = FakeConnector.flatten(saved);
        // Teams sends HTML, so tags are dropped from what is read; Teams shows backslash escapes as they are, so none
        // are added (emphasis shows as emphasis), and a Markdown link cannot form to hide where it goes
        assertThat(shown).contains("**urgent**").doesNotContain("\\*").contains("[click]\u200b(http://evil.example)")
                .doesNotContain("<img").doesNotContain("onerror");
        assertThat(chat.get("/api/updates?target=SP2.4").toString()).doesNotContain("onerror");
        assertThat(chat.ask(ADMIN, "show SP2.4's update history")).doesNotContain("<img");
    }

    @Test
    void cancelLeavesNothingBehind() throws Exception {
        JsonNode card = chat.propose(ADMIN, "SP2.2 is now amber - practice leads on leave");
        assertThat(FakeConnector.flatten(chat.execute(ADMIN, card, "cancelUpdate", null))).contains("Cancelled");
        assertThat(mongo.getCollection("proposals").countDocuments(new org.bson.Document("_id", TeamsChat.proposalId(card)))).isZero();
        assertThat(FakeConnector.flatten(chat.execute(ADMIN, card, "confirmUpdate", null))).contains("expired or was cancelled");
    }

    // --- helpers ---

    private static List<String> buttons(JsonNode card) {
        List<String> found = new ArrayList<>();
        card.findParents("type").forEach(n -> {
            if (n.path("type").asText().startsWith("Action.")) {
                found.add(n.path("type").asText() + ":" + n.path("title").asText());
            }
        });
        return found;
    }

    private static long count(JsonNode updates, String note) {
        long n = 0;
        for (JsonNode u : updates) {
            if (u.path("note").asText().contains(note)) {
                n++;
            }
        }
        return n;
    }
}
