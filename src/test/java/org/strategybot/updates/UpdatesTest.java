package org.strategybot.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.access.Person;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.system.MovableClock;
import org.strategybot.system.TestStore;
import org.strategybot.updates.Outcome.Kind;
import org.strategybot.updates.Outcome.Reason;

/**
 * The rules of updating, on the real store and the sample plan, asserted as the outcomes' reasons rather than
 * their wording: who may update what, the proposal's life (propose, confirm once, cancel, expire) and undo.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
@DirtiesContext
class UpdatesTest {

    static final Person ADA = new Person("00000000-0000-0000-0000-000000000003", "Ada Admin");
    static final Person LEE = new Person("00000000-0000-0000-0000-000000000002", "Lee Lead");
    static final Person SAM = new Person("00000000-0000-0000-0000-000000000001", "Sam Staff");
    static final Person NOBODY = new Person(null, null);
    static final Edits AS_PROPOSED = new Edits(null, null, null, null, false);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestStore.freshDataDir(registry);
        registry.add("strategy-bot.admins", () -> ADA.aadObjectId());
        registry.add("strategy-bot.digest.enabled", () -> "false");
        registry.add("strategy-bot.retention.schedule", () -> "-");
    }

    @Autowired
    Updates updates;
    @Autowired
    ActionPlan plan;
    @Autowired
    StrategyCatalog catalog;
    @Autowired
    MovableClock clock;

    Strategy strategy() {
        return catalog.defaultStrategy();
    }

    Outcome propose(Person who, String target, Rag rag, Integer percent, String note) {
        return updates.propose(UUID.randomUUID().toString(), strategy(), who,
                new Updates.Request(target, rag, percent, null, note));
    }

    Outcome confirm(Person who, Outcome proposed, Edits edits) {
        return updates.confirm(proposed.proposal().id(), strategy(), who, edits);
    }

    @Test
    void leadCanUpdateOwnPriorityAndItsActionsButNotAnother() {
        assertThat(updates.assign(strategy(), ADA, "SP3", LEE, true).reason()).isEqualTo(Reason.LEAD_ASSIGNED);

        assertThat(propose(LEE, "SP3", null, 40, null).reason()).isEqualTo(Reason.PROPOSED);
        assertThat(propose(LEE, "SP3.1", null, 40, null).reason()).isEqualTo(Reason.PROPOSED);
        assertThat(propose(LEE, "SP2.1", null, 40, null).reason()).isEqualTo(Reason.NOT_A_STEWARD);
        assertThat(propose(SAM, "SP3.1", null, 40, null).reason()).isEqualTo(Reason.NOT_A_STEWARD);
        assertThat(propose(NOBODY, "SP3.1", null, 40, null).reason()).isEqualTo(Reason.NOT_A_STEWARD);
        assertThat(propose(ADA, "SP2.1", null, 40, null).reason()).as("an administrator updates anything")
                .isEqualTo(Reason.PROPOSED);
        assertThat(propose(ADA, "SP9.9", null, 40, null).reason()).isEqualTo(Reason.NO_SUCH_ITEM);
    }

    @Test
    void onlyAnAdministratorRecordsLeadsAndDelegatesAndADelegateMayThenUpdate() {
        assertThat(updates.assign(strategy(), SAM, "SP5", SAM, false).reason()).isEqualTo(Reason.NOT_AN_ADMIN);
        assertThat(updates.assign(strategy(), ADA, "SP9", SAM, false).reason()).isEqualTo(Reason.NOT_A_PRIORITY);
        assertThat(updates.assign(strategy(), ADA, "SP5", NOBODY, false).reason()).isEqualTo(Reason.NO_ONE_MENTIONED);
        assertThat(propose(SAM, "SP5.1", null, 40, null).reason()).isEqualTo(Reason.NOT_A_STEWARD);

        Outcome assigned = updates.assign(strategy(), ADA, "SP5", SAM, false);

        assertThat(assigned.reason()).isEqualTo(Reason.DELEGATE_ASSIGNED);
        assertThat(assigned.saved().kind()).isEqualTo(ProgressUpdate.Kind.ASSIGNMENT);
        assertThat(propose(SAM, "SP5.1", null, 40, null).reason()).isEqualTo(Reason.PROPOSED);
    }

    @Test
    void aProposalIsCheckedBeforeAnythingIsStored() {
        assertThat(updates.propose(UUID.randomUUID().toString(), strategy(), ADA,
                new Updates.Request("SP4", null, null, java.time.LocalDate.parse("2027-03-31"), null)).reason())
                .isEqualTo(Reason.DUE_ON_PRIORITY);
        assertThat(propose(ADA, "SP4.1", null, null, "  ").reason()).isEqualTo(Reason.NOTHING_TO_CHANGE);
        Outcome personal = propose(ADA, "SP4.1", null, null, "Jane Smith, aged 7, was moved");
        assertThat(personal.reason()).isEqualTo(Reason.PERSONAL_DATA);
        assertThat(personal.proposal()).as("nothing kept to show").isNull();
    }

    @Test
    void aProposalIsConfirmedOnceAndOnlyByItsAuthor() {
        String key = UUID.randomUUID().toString();
        Updates.Request request = new Updates.Request("SP4.2", null, 65, null, "second cohort started");
        Outcome proposed = updates.propose(key, strategy(), ADA, request);
        assertThat(proposed.kind()).isEqualTo(Kind.PROPOSED);
        assertThat(updates.propose(key, strategy(), ADA, request).proposal().id()).as("a redelivered message proposes once")
                .isEqualTo(proposed.proposal().id());

        assertThat(confirm(SAM, proposed, AS_PROPOSED).reason()).isEqualTo(Reason.NOT_YOURS_TO_CONFIRM);
        Outcome saved = confirm(ADA, proposed, AS_PROPOSED);
        Outcome again = confirm(ADA, proposed, AS_PROPOSED);

        assertThat(saved.reason()).isEqualTo(Reason.SAVED);
        assertThat(saved.saved().id()).isEqualTo(proposed.proposal().id());
        assertThat(plan.current(strategy(), "SP4.2").orElseThrow().percent()).isEqualTo(65);
        assertThat(again.reason()).isEqualTo(Reason.ALREADY_SAVED);
        assertThat(again.saved().id()).isEqualTo(saved.saved().id());
        assertThat(updates.cancel(proposed.proposal().id(), strategy(), ADA).reason()).as("too late to cancel")
                .isEqualTo(Reason.ALREADY_SAVED);
    }

    @Test
    void aCancelledProposalIsGoneAndOnlyItsAuthorCancelsIt() {
        Outcome proposed = propose(ADA, "SP1.1", null, 20, null);

        assertThat(updates.cancel(proposed.proposal().id(), strategy(), SAM).reason()).isEqualTo(Reason.NOT_YOURS_TO_CANCEL);
        assertThat(updates.cancel(proposed.proposal().id(), strategy(), ADA).reason()).isEqualTo(Reason.CANCELLED);
        assertThat(updates.cancel(proposed.proposal().id(), strategy(), ADA).reason()).isEqualTo(Reason.CARD_GONE_ALREADY);
        assertThat(confirm(ADA, proposed, AS_PROPOSED).reason()).isEqualTo(Reason.CARD_GONE);
        assertThat(updates.confirm(null, strategy(), ADA, AS_PROPOSED).reason()).isEqualTo(Reason.CARD_GONE);
    }

    @Test
    void anUnconfirmedProposalExpiresWithItsText() {
        Outcome proposed = propose(ADA, "SP1.2", null, 30, "draft agreed");

        clock.move(Duration.ofHours(25));
        propose(ADA, "SP1.3", null, 30, null);

        assertThat(confirm(ADA, proposed, AS_PROPOSED).reason()).isEqualTo(Reason.CARD_GONE);
    }

    @Test
    void aRefusedCardComesBackAsTheAuthorLeftIt() {
        Outcome proposed = propose(ADA, "SP2.3", null, 30, null);

        Outcome refused = confirm(ADA, proposed, new Edits("red", null, null, "", true));

        assertThat(refused.reason()).isEqualTo(Reason.RAG_NEEDS_REASON);
        assertThat(refused.proposal().id()).isEqualTo(proposed.proposal().id());
        assertThat(refused.proposal().sensitive()).isTrue();
        assertThat(confirm(ADA, proposed, new Edits("red", null, null, "supplier failed", true)).reason())
                .isEqualTo(Reason.SAVED);
    }

    @Test
    void aRagOtherThanThePrioritysCalculatedOneNeedsAReason() {
        PriorityStatus notGreen = plan.status(strategy()).priorities().stream()
                .filter(p -> p.calculated() != Rag.GREEN && (p.override() == null || p.override().rag() != Rag.GREEN))
                .findFirst().orElseThrow();

        Outcome proposed = propose(ADA, notGreen.code(), Rag.GREEN, null, null);

        assertThat(proposed.reason()).isEqualTo(Reason.PROPOSED_NEEDS_REASON);
        assertThat(proposed.values()).containsExactly("Green", notGreen.code(), notGreen.calculated().label());
        assertThat(confirm(ADA, proposed, AS_PROPOSED).reason()).isEqualTo(Reason.OVERRIDE_NEEDS_REASON);
        assertThat(confirm(ADA, proposed, new Edits(null, null, null, "recovery plan agreed", false)).reason())
                .isEqualTo(Reason.SAVED);
    }

    @Test
    void anAuthorUndoesTheirNewestUpdateOnceWhileItIsRecent() {
        ProgressUpdate.State before = plan.current(strategy(), "SP2.2").orElseThrow();
        Outcome proposed = propose(ADA, "SP2.2", null, 88, null);
        assertThat(confirm(ADA, proposed, AS_PROPOSED).reason()).isEqualTo(Reason.SAVED);

        Outcome undone = updates.undo(strategy(), ADA);

        assertThat(undone.reason()).isEqualTo(Reason.UNDONE);
        assertThat(plan.current(strategy(), "SP2.2").orElseThrow()).isEqualTo(before);
        assertThat(updates.undo(strategy(), ADA).reason()).as("an undo is not undone").isEqualTo(Reason.UNDO_OF_UNDO);
        assertThat(updates.undo(strategy(), NOBODY).reason()).isEqualTo(Reason.UNKNOWN_PERSON);

        assertThat(confirm(ADA, propose(ADA, "SP2.2", null, 89, null), AS_PROPOSED).reason()).isEqualTo(Reason.SAVED);
        clock.move(Duration.ofMinutes(31));
        Outcome late = updates.undo(strategy(), ADA);
        assertThat(late.reason()).isEqualTo(Reason.NOTHING_TO_UNDO);
        assertThat(late.values()).containsExactly("30");
    }

    @Test
    void anUpdateIsNotUndoneOnceSomeoneElseHasChangedTheItem() {
        updates.assign(strategy(), ADA, "SP3", LEE, true);
        assertThat(confirm(LEE, propose(LEE, "SP3.2", null, 45, null), AS_PROPOSED).reason()).isEqualTo(Reason.SAVED);
        assertThat(confirm(ADA, propose(ADA, "SP3.2", null, 50, null), AS_PROPOSED).reason()).isEqualTo(Reason.SAVED);

        assertThat(updates.undo(strategy(), LEE).reason()).isEqualTo(Reason.CHANGED_SINCE);
        assertThat(plan.current(strategy(), "SP3.2").orElseThrow().percent()).isEqualTo(50);
    }
}
