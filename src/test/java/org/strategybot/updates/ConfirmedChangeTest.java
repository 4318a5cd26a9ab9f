package org.strategybot.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategybot.actions.Change;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.updates.Outcome.Reason;

/** What a confirmed card's values make of a proposal: the card is untrusted, so every value is checked again. */
class ConfirmedChangeTest {

    static final Proposal ACTION = new Proposal("p1", "s", "SP4.1", "Grow our own", true,
            new ProgressUpdate.State(Rag.GREEN, 55, LocalDate.parse("2027-08-27")),
            new ProgressUpdate.State(null, 60, null), "cohort started", "Ada Admin", "ada", Instant.EPOCH,
            Proposal.Status.PENDING, null, true);

    @ParameterizedTest(name = "rag={0} percent={1} due={2} note={3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            purple | -      | -          | -              | CARD_RAG_INVALID
            -      | 99.6   | -          | -              | CARD_PERCENT_INVALID
            -      | 101    | -          | -              | CARD_PERCENT_INVALID
            -      | -5     | -          | -              | CARD_PERCENT_INVALID
            -      | NaN    | -          | -              | CARD_PERCENT_INVALID
            -      | -      | by Easter  | -              | CARD_DUE_INVALID
            -      | -      | 2027-02-30 | -              | CARD_DUE_INVALID
            amber  | -      | -          | ''             | RAG_NEEDS_REASON
            RED    | -      | -          | '   '          | RAG_NEEDS_REASON
            """)
    void refusesWhatMayNotBeSavedAndSaysWhichRuleItBreaks(String rag, String percent, String due, String note, Reason why) {
        ConfirmedChange.Invalid invalid = catchThrowableOfType(ConfirmedChange.Invalid.class,
                () -> ConfirmedChange.of(ACTION, new Edits(rag, percent, due, note, false), null));

        assertThat(invalid).as("refused").isNotNull();
        assertThat(invalid.outcome().reason()).isEqualTo(why);
        assertThat(invalid.outcome().kind()).isEqualTo(Outcome.Kind.INVALID);
    }

    @Test
    void whatTheCardSentIsQuotedBackShortened() {
        ConfirmedChange.Invalid invalid = catchThrowableOfType(ConfirmedChange.Invalid.class,
                () -> ConfirmedChange.of(ACTION, new Edits(null, " 12345678901234567890 ", null, null, false), null));

        assertThat(invalid.outcome().values()).containsExactly("123456789012…");
    }

    @Test
    void blankInputsKeepWhatWasProposedAndTheCardsValuesOverrideIt() {
        Change kept = ConfirmedChange.of(ACTION, new Edits("", " ", "", null, false), null);
        assertThat(kept.values()).isEqualTo(new ProgressUpdate.State(null, 60, null));
        assertThat(kept.note()).isEqualTo("cohort started");

        Change edited = ConfirmedChange.of(ACTION, new Edits(" amber ", "70", "2027-09-30", " two posts vacant ", true), null);
        assertThat(edited.values()).isEqualTo(new ProgressUpdate.State(Rag.AMBER, 70, LocalDate.parse("2027-09-30")));
        assertThat(edited.note()).isEqualTo("two posts vacant");
        assertThat(edited.sensitive()).isTrue();
        assertThat(edited.id()).as("saved under the proposal's id, so a second Confirm finds it").isEqualTo("p1");
        assertThat(edited.authorId()).as("the author is the proposal's, never the card's").isEqualTo("ada");
    }

    @Test
    void aPriorityHasNoDueDateSoTheCardCannotGiveItOne() {
        Proposal priority = new Proposal("p2", "s", "SP4", "Workforce", false, new ProgressUpdate.State(Rag.GREEN, 57, null),
                new ProgressUpdate.State(Rag.GREEN, null, null), null, "Ada Admin", "ada", Instant.EPOCH,
                Proposal.Status.PENDING, null, true);

        assertThat(ConfirmedChange.of(priority, new Edits(null, null, "2027-01-01", null, false), null).values().due()).isNull();
    }

    @Test
    void anEmptiedNoteIsNotSensitive() {
        assertThat(ConfirmedChange.of(ACTION, new Edits(null, null, null, "", true), null).sensitive()).isFalse();
    }
}
