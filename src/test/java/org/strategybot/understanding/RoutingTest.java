package org.strategybot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategybot.actions.Rag;

/**
 * Which reading wins, by its evidence: definitional questions go to the strategy item they name, else to the
 * documents; a topic word alone does not make a question about a priority; figures and restructuring are honest
 * limits; a command's word inside a note stays in the note.
 */
class RoutingTest {

    private static Understanding understand(String text) {
        return PlanActions.understand(text);
    }

    @ParameterizedTest(name = "\"{0}\" asks the documents about \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            what is the Education Partnership?                  | Education Partnership
            what's the performance cycle?                       | performance cycle
            what is corporate parenting?                        | corporate parenting
            what is the Health and Wellbeing Board?             | Health and Wellbeing Board
            what is extra-familial harm?                        | extra-familial harm
            what's the Children and Young People's Partnership? | Children and Young People's Partnership
            what does NEET mean?                                | NEET
            what does SEND stand for?                           | SEND
            what's ASYE?                                        | ASYE
            tell me about the Unicef project                    | Unicef project
            who is the director?                                | director
            explain hidden harm                                 | hidden harm
            what do we mean by the front door?                  | front door
            what is the Berkshire West Safeguarding Board?      | Berkshire West Safeguarding Board
            what is the Serious Violence and Exploitation Board? | Serious Violence and Exploitation Board
            what's the meaning of MTFP                          | MTFP
            what is meant by One Wokingham?                     | One Wokingham
            who is Carol Cammiss?                               | Carol Cammiss
            what is the action plan?                            | action plan
            what is the workforce group?                        | workforce group
            what's the data quality group?                      | data quality group
            what is the corporate parenting panel?              | corporate parenting panel
            what is the early help partnership?                 | early help partnership
            who is the practice model steering group?           | practice model steering group
            """)
    void aTermNoStrategyItemIsGoesToTheDocuments(String text, String subject) {
        Understanding u = understand(text);
        assertThat(u.intent()).as(text).isEqualTo(Intent.DEFINITION);
        assertThat(u.subject()).as(text).isEqualTo(subject);
    }

    @ParameterizedTest(name = "\"{0}\" describes {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            what is SP3?                                 | PRIORITY       | SP3
            what is the workforce priority?              | PRIORITY       | SP4
            tell me about priority five                  | PRIORITY       | SP5
            what's the getting to good board?            | GOVERNANCE     | Getting to Good Board
            what does coproduction mean?                 | VALUE          | We drive partnership, collaboration and coproduction.
            what is strengthening inclusion?             | PRINCIPLE      | Strengthening Inclusion
            explain the principle of sufficiency and managing demand | PRINCIPLE | Focusing on Sufficiency and Managing Demand
            what is SP4.2?                               | ACTION_STATUS  | SP4.2
            what is the travel training action?          | ACTION_STATUS  | SP3.2
            who are the strategic priority leads?        | GOVERNANCE     | Strategic Priority Leads
            """)
    void aTermThatIsAStrategyItemIsThatItem(String text, Intent intent, String key) {
        Understanding u = understand(text);
        assertThat(u.intent()).as(text).isEqualTo(intent);
        assertThat(u.mentions()).as(text).extracting(Mention::key).contains(key);
    }

    @ParameterizedTest(name = "\"{0}\" asks the status of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            what's happening with SP4?                   | STATUS         | SP4
            where do we stand on priority 3              | STATUS         | SP3
            what's the deal with the youth violence work? | ACTION_STATUS | SP3.3
            any news on the travel training action?      | ACTION_STATUS  | SP3.2
            what's the state of play on the ASYE work    | ACTION_STATUS  | SP4.1
            """)
    void askingWhatIsHappeningAsksTheStatus(String text, Intent intent, String key) {
        Understanding u = understand(text);
        assertThat(u.intent()).as(text).isEqualTo(intent);
        assertThat(u.mentions()).as(text).extracting(Mention::key).contains(key);
    }

    @ParameterizedTest(name = "\"{0}\" asks which priority is about \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            which priority covers SEND?                   | SEND
            what priority deals with exploitation?        | exploitation
            which of the priorities is about care leavers? | care leavers
            which priority is about care leavers?         | care leavers
            what priority deals with children in care?    | children in care
            which priority covers children with SEND?     | SEND
            which strategic priority is for young carers? | young carers
            what priority is about care experienced young people? | care experienced
            """)
    void whichPriorityIsAskedWhateverTheWordsName(String text, String subject) {
        Understanding u = understand(text);
        assertThat(u.intent()).as(text).isEqualTo(Intent.PRIORITY_FOR_TOPIC);
        assertThat(u.subject()).as(text).isEqualToIgnoringCase(subject);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what are the focus groups?                    | COHORTS
            which groups does the strategy focus on?      | COHORTS
            what is the target group?                     | COHORTS
            """)
    void aGroupOfChildrenIsStillAskedAsTheFocusGroups(String text, Intent intent) {
        assertThat(understand(text).intent()).as(text).isEqualTo(intent);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            which priority is about the workforce?        | PRIORITY_FOR_TOPIC
            which priorities are red?                     | BY_RAG
            what are the strategic priorities?            | PRIORITIES
            what priority is SP3.2 under?                 | ACTION_STATUS
            """)
    void aWhichPriorityQuestionThatNamesItsItemKeepsItsReading(String text, Intent intent) {
        assertThat(understand(text).intent()).as(text).isEqualTo(intent);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what did the committee say about elective home education?  | SEARCH
            what does the strategy say about exploitation?             | SEARCH
            what did the minutes say about the Fire Service?           | SEARCH
            what has the report said about climate change?             | SEARCH
            what does the strategy say about the workforce priority?   | PRIORITY
            what does the strategy say about our vision?               | VISION
            """)
    void whatTheDocumentsSayAboutSomethingIsSearched(String text, Intent intent) {
        assertThat(understand(text).intent()).as(text).isEqualTo(intent);
    }

    @ParameterizedTest(name = "\"{0}\" is not {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is the Education Partnership?            | PRIORITY_FOR_TOPIC
            what is corporate parenting?                  | PRIORITY_FOR_TOPIC
            what's the Children and Young People's Partnership? | PRIORITY_FOR_TOPIC
            how do we hear the voice of the child?        | ACTION_STATUS
            how do we hear the voice of the child?        | PRIORITY_FOR_TOPIC
            what is extra-familial harm?                  | ACTION_STATUS
            what does NEET mean?                          | COHORT
            which principle covers inclusion?             | PRIORITY_FOR_TOPIC
            tell me about the youth council               | ACTION_STATUS
            """)
    void aTopicWordAloneDoesNotMakeAQuestionAboutAnItem(String text, Intent not) {
        assertThat(understand(text).intent()).as(text).isNotEqualTo(not);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            which principle covers inclusion?                             | PRINCIPLE
            which priority covers inclusion?                              | PRIORITY_FOR_TOPIC
            how many care leavers do we have?                             | FIGURES
            how many young people are NEET in Wokingham?                  | FIGURES
            what's the NEET rate?                                         | FIGURES
            what percentage of children in care have a personal education plan? | FIGURES
            number of children on child protection plans                  | FIGURES
            give me the statistics on exclusions                          | FIGURES
            how many actions are red?                                     | BY_RAG
            how many actions are overdue?                                 | OVERDUE
            how many priorities are there?                                | PRIORITIES
            delete everything                                             | RESTRUCTURE
            delete SP4.3                                                  | RESTRUCTURE
            rename SP4                                                    | RESTRUCTURE
            can you scrap priority 2                                      | RESTRUCTURE
            can you remove the action SP2.4?                              | RESTRUCTURE
            please add a new priority about climate                       | RESTRUCTURE
            merge SP1 and SP2                                             | RESTRUCTURE
            undo my last update                                           | UNDO
            delete my last update                                         | UNDO
            SP2.3 is now amber - duplicate audits removed                 | UPDATE
            the audit programme is amber because of sickness              | UPDATE
            the audit programme is now green: the audit trail is complete | UPDATE
            show the audit trail for SP2.3                                | HISTORY
            """)
    void routesByEvidence(String text, Intent intent) {
        assertThat(understand(text).intent()).as(text).isEqualTo(intent);
    }

    @org.junit.jupiter.api.Test
    void aLongPastedParagraphIsNotTakenForACommand() {
        String paste = "SP5.3 update: the Fire Service partnership met again this month and agreed a new referral route. "
                + "Referrals now come through the front door, fire safety checks continue, and the central hub manager "
                + "will report on the changes and any updates on the new arrangements at the next meeting of the board, "
                + "with a history of referrals since the start of the year. Status green.";
        Understanding u = understand(paste);
        assertThat(u.intent()).isEqualTo(Intent.UPDATE);
        assertThat(u.update().rag()).isEqualTo(Rag.GREEN);
    }

    @org.junit.jupiter.api.Test
    void everyReadingIsScoredAndKeptBestFirst() {
        Understanding u = understand("what is the Education Partnership?");
        assertThat(u.candidates()).isNotEmpty();
        assertThat(u.candidates().get(0).intent()).isEqualTo(u.intent());
        assertThat(u.candidates()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }
}
