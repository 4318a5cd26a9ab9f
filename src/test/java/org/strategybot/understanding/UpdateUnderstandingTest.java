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
import org.strategybot.actions.Rag;
import org.strategybot.strategy.StrategyFixtures;

/** Reading progress updates, and telling them from questions about progress. */
class UpdateUnderstandingTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    static final List<NamedAction> ACTIONS = PlanActions.WOKINGHAM;
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
    void readsTheTargetRagPercentAndNote(String text, String priority, String action, Rag rag, Integer percent, String note) {
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

    @ParameterizedTest(name = "\"{0}\" is {1}% complete")
    @CsvSource(delimiter = '|', textBlock = """
            SP2.2 is seventy percent complete                  | 70
            SP2.2 is now sixty five per cent complete          | 65
            SP2.2 at sixty-five percent                        | 65
            SP2.2 is one hundred percent done                  | 100
            SP2.2 3/4 done                                     | 75
            SP2.2 about 3 / 4 complete - calendar published    | 75
            SP2.2 two thirds done                              | 67
            SP2.2 is three quarters complete                   | 75
            SP2.2 halfway through: forums mapped               | 50
            SP2.2 half done                                    | 50
            SP2.2 now 40% complete                             | 40
            SP2.2 progress is now 45%                          | 45
            mark SP2.2 complete                                | 100
            SP2.2 is done                                      | 100
            """)
    void readsPercentCompleteInWordsAndFractions(String text, int percent) {
        assertThat(understand(text).update().percent()).as(text).isEqualTo(percent);
    }

    @ParameterizedTest(name = "\"{0}\" gives no percent")
    @CsvSource(delimiter = '|', textBlock = """
            SP2.2 nearly done - two sessions left
            SP2.2 is not yet complete: training delayed
            SP2.2 update: half the team trained, status amber
            SP1.2 delayed to 15/02/2027 - supplier late
            """)
    void aHedgedOrDatedMessageIsNoPercent(String text) {
        assertThat(understand(text).update().percent()).as(text).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is due {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SP1.2 off track, end of January                          | 2027-01-31
            SP1.2 amber - expected by the end of March 2027           | 2027-03-31
            SP1.2 now due next month                                 | 2026-12-31
            SP1.2 pushed back two weeks - supplier                   | 2026-12-07
            SP1.2 delayed by a month: consultation extended          | 2026-12-23
            SP1.2 due in 3 weeks                                     | 2026-12-14
            SP1.2 will slip to the end of next month                 | 2026-12-31
            SP1.2 amber, likely to slip until the end of the year     | 2026-12-31
            SP1.2 amber, now expected by the end of the financial year | 2027-03-31
            SP1.2 moved to next week                                 | 2026-12-04
            SP1.2 deadline 28th February                             | 2027-02-28
            """)
    void readsRelativeDueDates(String text, LocalDate due) {
        assertThat(understand(text).update().due()).as(text).isEqualTo(due);
    }

    @ParameterizedTest(name = "\"{0}\" asks which date \"{1}\" is")
    @CsvSource(delimiter = '|', textBlock = """
            SP1.2 delayed until Easter - waiting on partners   | delayed until easter
            SP1.3 pushed back to Christmas                     | pushed back to christmas
            SP1.2 amber, due by the summer                     | due by the summer
            SP1.2 should be done by half term                  | by half term
            """)
    void aVagueDueDateIsKeptToAskAbout(String text, String unclear) {
        UpdateRequest u = understand(text).update();
        assertThat(u.due()).as(text).isNull();
        assertThat(u.unclearDue()).as(text).isEqualTo(unclear);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Amber: SP2.3 audits are behind because of sickness     | AMBER
            SP2.3 - amber                                          | AMBER
            SP2.3 was red, now green after the recovery plan       | GREEN
            SP2.3 moved from amber to green                        | GREEN
            SP2.3 is slipping, two auditors off sick               | AMBER
            SP2.3 back on track: recovery plan working             | GREEN
            """)
    void findsTheRagWhereverItIs(String text, Rag rag) {
        assertThat(understand(text).update().rag()).as(text).isEqualTo(rag);
    }

    @ParameterizedTest(name = "\"{0}\" keeps \"{1}\" in its note")
    @CsvSource(delimiter = '|', textBlock = """
            SP2.3 is now amber - audit backlog due to sickness           | audit backlog due to sickness
            SP2.1 green: we reviewed the update history of every team    | we reviewed the update history of every team
            SP5.2 amber - the digest of member feedback is late          | the digest of member feedback is late
            SP4.2 update: undo of the old rota agreed, status green      | undo of the old rota agreed
            """)
    void aCommandWordInsideANoteIsPartOfTheNote(String text, String note) {
        Understanding u = understand(text);
        assertThat(u.intent()).as(text).isEqualTo(Intent.UPDATE);
        assertThat(u.update().note()).as(text).startsWith(note);
    }

    @ParameterizedTest(name = "\"{0}\" is refused as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            subscribe this channel to the digest every Sunday at 25:00   | 25:00
            send us the weekly digest every Friday at 9:75               | 9:75
            subscribe to the digest on Mondays at 13pm                   | 13pm
            """)
    void anImpossibleTimeIsKeptToBeRefused(String text, String invalid) {
        ScheduleRequest s = understand(text).schedule();
        assertThat(s.time()).as(text).isNull();
        assertThat(s.invalidTime()).as(text).isEqualTo(invalid);
    }

    @ParameterizedTest(name = "\"{0}\" posts progress")
    @CsvSource(delimiter = '|', textBlock = """
            SP2.1: Family Hub opened at the Bradbury Centre; 120 families visited in the first month
            SP4 - five new foster carers approved at panel this quarter
            SP5.2: Ofsted focused visit letter published; actions added to the plan
            SP1 update: consultation with young people closed on 30 November
            sp 3.2 - trainer post advertised again
            """)
    void anItemsCodeThenWhatHappenedPostsProgress(String text) {
        Understanding u = understand(text);
        assertThat(u.intent()).as(text).isEqualTo(Intent.UPDATE);
        assertThat(u.update().note()).as(text).isNotBlank();
    }

    @ParameterizedTest(name = "\"{0}\" is no update")
    @CsvSource(delimiter = '|', textBlock = """
            SP3: what's the status
            SP3 - who leads it?
            the report to the Getting to Good Board: when is it due?
            """)
    void anItemsCodeBeforeAQuestionAsksIt(String text) {
        assertThat(understand(text).intent()).as(text).isNotEqualTo(Intent.UPDATE);
    }

    @ParameterizedTest(name = "\"{0}\" keeps the note \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            SP1.3 pushed back to Christmas                        | pushed back to Christmas
            SP4 recruited two agency managers, amber              | recruited two agency managers
            SP2.1 update the audit findings went to the board     | the audit findings went to the board
            SP2.2 is seventy percent complete                     | ''
            SP3.1 at 40%                                          | ''
            SP5 is now green                                      | ''
            """)
    void anUpdateWithoutAColonKeepsWhatHappenedAsItsNote(String text, String note) {
        Understanding u = understand(text);
        assertThat(u.intent()).as(text).isEqualTo(Intent.UPDATE);
        assertThat(u.update().note()).as(text).isEqualTo(note);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            send the digest every Monday at 8am              | DIGEST_SUBSCRIBE
            post the weekly digest on Thursdays              | DIGEST_SUBSCRIBE
            send the digest at 31:00 on Fridays              | DIGEST_SUBSCRIBE
            send the digest now                              | DIGEST_SEND
            post the digest to this channel                  | DIGEST_SEND
            """)
    void aDayOrTimeMakesSendingTheDigestItsSchedule(String text, Intent intent) {
        Understanding u = understand(text);
        assertThat(u.intent()).as(text).isEqualTo(intent);
        assertThat(u.schedule() != null).as(text).isEqualTo(intent == Intent.DIGEST_SUBSCRIBE);
    }

    @Test
    void aPossibleTimeIsNoRefusal() {
        ScheduleRequest s = understand("subscribe this channel to the digest every Friday at 2:30pm").schedule();
        assertThat(s.time()).isEqualTo(java.time.LocalTime.of(14, 30));
        assertThat(s.invalidTime()).isNull();
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
