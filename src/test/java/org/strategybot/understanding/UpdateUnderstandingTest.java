package org.strategybot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategybot.strategy.StrategyFixtures;

/** Reading progress updates, and telling them from questions about progress. */
class UpdateUnderstandingTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    static final List<NamedAction> ACTIONS = List.of(
            new NamedAction("SP4.1", "SP4", "Grow our own social workers through the ASYE programme"),
            new NamedAction("SP1.1", "SP1", "Embed the Emotional Wellbeing Hub as a single front door for emotional health support"));
    private final Recognizer recognizer = new Recognizer(CLOCK);

    private Understanding understand(String text) {
        return recognizer.understand(text, StrategyFixtures.wokingham(), ACTIONS);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SP4 update: eleven newly qualified social workers started their ASYE year. Status green. | UPDATE
            SP2.3 is now amber - audit backlog due to sickness           | UPDATE
            set SP5 to red - partner attendance has dropped              | UPDATE
            mark SP1.2 complete                                          | UPDATE
            SP3 60% done                                                 | UPDATE
            sp 3 progress 45 percent                                     | UPDATE
            SP4.1 on track: the second cohort started in September       | UPDATE
            the ASYE programme is now green                              | UPDATE
            SP1.2 new due date 31 March 2027 - partner sign-off delayed  | UPDATE
            Priority four update - all posts filled. Green.              | UPDATE
            SP2 at risk: two auditors off sick                           | UPDATE
            what's SP4's status?                                         | STATUS
            is SP1 on track?                                             | STATUS
            how is SP2 going?                                            | STATUS
            is SP2.3 complete?                                           | ACTION_STATUS
            undo my last update                                          | UNDO
            please undo that                                             | UNDO
            revert my last change                                        | UNDO
            show SP3's update history                                    | HISTORY
            who changed SP4?                                             | HISTORY
            audit trail for SP2.3                                        | HISTORY
            make <at>Lee Lead</at> the lead for SP4                      | ASSIGN_LEAD
            add <at>Lee Lead</at> as a delegate for SP2                  | ASSIGN_LEAD
            """)
    void tellsUpdatesFromQuestions(String text, Intent expected) {
        assertThat(understand(text).intent()).as(text).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            SP4 update: eleven newly qualified social workers started their ASYE year. Status green. | SP4   | - | GREEN | -   | eleven newly qualified social workers started their ASYE year.
            SP2.3 is now amber - audit backlog due to sickness    | SP2   | SP2.3 | AMBER | -   | audit backlog due to sickness
            set SP5 to red - partner attendance has dropped       | SP5   | -     | RED   | -   | partner attendance has dropped
            mark SP1.2 complete                                   | SP1   | SP1.2 | -     | 100 | ''
            SP3 60% done                                          | SP3   | -     | -     | 60  | ''
            the ASYE programme is now green                       | SP4   | SP4.1 | GREEN | -   | ''
            SP2 update: the red tape is cut. Status green.        | SP2   | -     | GREEN | -   | the red tape is cut.
            SP1.1 off track - hub staff vacancies                 | SP1   | SP1.1 | RED   | -   | hub staff vacancies
            SP4 update: the ASYE programme cohort started. Green. | SP4   | -     | GREEN | -   | the ASYE programme cohort started.
            """)
    void readsTheTargetRagPercentAndNote(String text, String priority, String action, String rag, Integer percent, String note) {
        Understanding u = understand(text);
        assertThat(u.first(EntityKind.PRIORITY)).map(Mention::key).contains(priority);
        if (action != null) {
            assertThat(u.first(EntityKind.ACTION)).map(Mention::key).contains(action);
        } else {
            assertThat(u.first(EntityKind.ACTION)).as("no action when a priority's code is given").isEmpty();
        }
        assertThat(u.update().rag()).isEqualTo(rag);
        assertThat(u.update().percent()).isEqualTo(percent);
        assertThat(u.update().note()).isEqualTo(note);
    }

    @ParameterizedTest(name = "\"{0}\" is due {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SP1.2 new due date 31 March 2027 - partner sign-off       | 2027-03-31
            SP1.2 due 2027-01-15: waiting for partners                | 2027-01-15
            SP1.2 delayed to 15/02/2027 - supplier late               | 2027-02-15
            SP1.2 deadline moved to end of January - agreed at board  | 2027-01-31
            SP1.2 pushed back to 3rd March - capacity                 | 2027-03-03
            """)
    void readsANewDueDate(String text, LocalDate due) {
        assertThat(understand(text).update().due()).isEqualTo(due);
    }

    @Test
    void aColourThatIsNotARagRatingIsKeptToBeRefused() {
        Understanding u = understand("set SP5 to purple - no idea");
        assertThat(u.intent()).isEqualTo(Intent.UPDATE);
        assertThat(u.update().notRag()).isEqualTo("purple");
        assertThat(u.update().rag()).isNull();
    }

    @Test
    void aPercentageOver100IsKeptToBeRefused() {
        assertThat(understand("SP3 150% done").update().badPercent()).isEqualTo(150);
    }
}
