package org.strategybot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyFixtures;

class RecognizerTest {

    private static final Strategy WOKINGHAM = StrategyFixtures.wokingham();
    private static final Recognizer recognizer = new Recognizer(java.time.Clock.systemDefaultZone());

    private static Understanding understand(String text) {
        return recognizer.understand(text, WOKINGHAM);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hi                                                  | GREETING
            Hello there!                                        | GREETING
            good morning                                        | GREETING
            thanks                                              | THANKS
            thank you, that's really helpful                    | THANKS
            cheers                                              | THANKS
            help                                                | HELP
            what can you do?                                    | HELP
            What can I ask you                                  | HELP
            how does this work                                  | HELP
            What is our vision?                                 | VISION
            whats the vison                                     | VISION
            remind me of the directorate's vision statement     | VISION
            what are we trying to achieve for children          | VISION
            <at>StrategyBot</at> vision?                        | VISION
            what are our values                                 | VALUES
            list the values                                     | VALUES
            valeus pls                                          | VALUES
            what do we stand for?                               | VALUES
            what does 'we aim high' mean?                       | VALUE
            explain "we value our people"                       | VALUE
            what does making a difference mean for how we work  | VALUE
            what does coproduction mean                         | VALUE
            what are the business areas                         | BUSINESS_AREAS
            which divisions drive delivery?                     | BUSINESS_AREAS
            what are the four business areas and their missions | BUSINESS_AREAS
            what is the mission of quality assurance and safeguarding? | BUSINESS_AREA
            whats the mision of early help                      | BUSINESS_AREA
            what does Learning, Achievement and Partnerships do | BUSINESS_AREA
            strategic and operational delivery mission          | BUSINESS_AREA
            what principles shaped the strategy?                | PRINCIPLES
            list the key principles                             | PRINCIPLES
            what are the guiding principles                     | PRINCIPLES
            what does strengthening inclusion mean?             | PRINCIPLE
            explain the principle of sufficiency and managing demand | PRINCIPLE
            list the strategic priorities                       | PRIORITIES
            what are our priorities                             | PRIORITIES
            what are the strategic priorites?                   | PRIORITIES
            what are the SPs                                    | PRIORITIES
            what is SP3?                                        | PRIORITY
            SP3                                                 | PRIORITY
            tell me about sp 4                                  | PRIORITY
            what's SP-2 about                                   | PRIORITY
            priority four                                       | PRIORITY
            what is strategic priority number 5                 | PRIORITY
            describe the second priority                        | PRIORITY
            which priority is about the workforce?              | PRIORITY_FOR_TOPIC
            which priority covers partnerships                  | PRIORITY_FOR_TOPIC
            where does value for money sit?                     | PRIORITY_FOR_TOPIC
            which priority deals with practice quality          | PRIORITY_FOR_TOPIC
            what priority is recruitment under                  | PRIORITY_FOR_TOPIC
            which sp is about outcomes                          | PRIORITY_FOR_TOPIC
            which children and young people does the strategy focus on? | COHORTS
            who is the strategy for?                            | COHORTS
            what are the focus groups                           | COHORTS
            are young carers a focus?                           | COHORT
            is SEND one of the focus groups                     | COHORT
            does the strategy cover care leavers                | COHORT
            are children at risk of exploitation included?      | COHORT
            who oversees delivery of the strategy?              | GOVERNANCE
            what are the governance arrangements                | GOVERNANCE
            what is the getting to good board                   | GOVERNANCE
            who are the strategic priority leads                | GOVERNANCE
            who do the leads report to?                         | GOVERNANCE
            what have we delivered so far?                      | SUCCESSES
            key delivery successes to date                      | SUCCESSES
            any achievements?                                   | SUCCESSES
            what has gone well                                  | SUCCESSES
            what legislation does the strategy rest on?         | LEGISLATION
            which acts underpin it                              | LEGISLATION
            what's the legal basis                              | LEGISLATION
            what period does the strategy cover?                | PERIOD
            how long does the strategy run                      | PERIOD
            which years does it cover                           | PERIOD
            what's SP4's status?                                | STATUS
            how is priority 2 going?                            | STATUS
            how is the workforce priority going?                | STATUS
            is SP1 on track?                                    | STATUS
            RAG for SP2                                         | STATUS
            whats the staus of sp 5                             | STATUS
            whats SP4s status                                   | STATUS
            how are sp2s actions doing                          | STATUS
            progress on the partnerships priority               | STATUS
            where are we with SP3                               | STATUS
            what's the status of SP4.2?                         | ACTION_STATUS
            how is sp1.3 doing                                  | ACTION_STATUS
            SP2.3                                               | ACTION_STATUS
            overview of all priorities                          | STATUS_OVERVIEW
            how are we doing overall?                           | STATUS_OVERVIEW
            show me the rag ratings                             | STATUS_OVERVIEW
            give me a progress report                           | STATUS_OVERVIEW
            send me the committee report                        | REPORT
            can I have the committee report?                    | REPORT
            committee report please                             | REPORT
            I need the scrutiny report                          | REPORT
            where do I download the report for the committee    | REPORT
            the rag report as a pdf                             | REPORT
            report for scrutiny                                 | REPORT
            send me the report                                  | REPORT
            comittee reprot                                     | REPORT
            papers for the committee                            | REPORT
            which priorities are red?                           | BY_RAG
            which actions are red?                              | BY_RAG
            anything amber?                                     | BY_RAG
            what is off track                                   | BY_RAG
            anything overdue?                                   | OVERDUE
            which actions are late                              | OVERDUE
            what has missed its deadline                        | OVERDUE
            stale actions                                       | STALE
            which actions have gone quiet                       | STALE
            what hasn't been updated recently                   | STALE
            what actions sit under SP4?                         | ACTIONS_UNDER
            list the actions for priority three                 | ACTIONS_UNDER
            what are we doing about the workforce priority      | ACTIONS_UNDER
            who leads SP2?                                      | PRIORITY_LEAD
            who is the lead for the partnerships priority       | PRIORITY_LEAD
            who's responsible for sp 3                          | PRIORITY_LEAD
            my actions                                          | MY_ACTIONS
            what do I own?                                      | MY_ACTIONS
            what am I responsible for                           | MY_ACTIONS
            what changed this week?                             | CHANGES
            any updates since last week                         | CHANGES
            what's new                                          | CHANGES
            give me an overview of the strategy                 | OVERVIEW
            summarise the strategy                              | OVERVIEW
            what's the weather in Reading?                      | DEFINITION
            asdfgh qwerty                                       | UNKNOWN
            who won the football                                | UNKNOWN
            order me a pizza                                    | UNKNOWN
            """)
    void recognisesIntentsInManyPhrasings(String text, Intent expected) {
        assertThat(understand(text).intent()).as(text).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what does the strategy say about exploitation?      | SEARCH
            what does the strategy say about climate change?    | SEARCH
            anything on climate change?                         | SEARCH
            anything about the Unicef project                   | SEARCH
            anything on elective home education?                | SEARCH
            tell me about the Unicef project                    | DEFINITION
            tell me about the ASYE programme                    | DEFINITION
            are children at risk of exploitation included?      | COHORT
            what about children missing education?              | SEARCH
            does the strategy mention the youth council?        | SEARCH
            search for kinship care                             | SEARCH
            tell me about the vision                            | VISION
            tell me about sp 4                                  | PRIORITY
            tell me about our values                            | VALUES
            tell me about the strategy                          | OVERVIEW
            what does the strategy say about our vision?        | VISION
            anything on SP4's status?                           | STATUS
            anything red?                                       | BY_RAG
            what about the red actions?                         | BY_RAG
            anything about updates this week?                   | CHANGES
            what does the strategy say about the workforce priority? | PRIORITY
            search                                              | UNKNOWN
            what about it?                                      | UNKNOWN
            """)
    void searchesOnlyWhenNoKnownIntentApplies(String text, Intent expected) {
        assertThat(understand(text).intent()).as(text).isEqualTo(expected);
    }

    static Stream<Arguments> priorityReferences() {
        return Stream.of(
                Arguments.of("what is SP4?", "SP4"),
                Arguments.of("what is sp4", "SP4"),
                Arguments.of("SP 4 please", "SP4"),
                Arguments.of("tell me about SP-4", "SP4"),
                Arguments.of("what's SP4's title", "SP4"),
                Arguments.of("priority four", "SP4"),
                Arguments.of("priority 4", "SP4"),
                Arguments.of("strategic priority no 4", "SP4"),
                Arguments.of("the fourth priority", "SP4"),
                Arguments.of("the 4th strategic priority", "SP4"),
                Arguments.of("the workforce priority", "SP4"),
                Arguments.of("the wokforce priorty", "SP4"),
                Arguments.of("S.P. 2", "SP2"),
                Arguments.of("sp two", "SP2"));
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @MethodSource("priorityReferences")
    void findsPrioritiesHoweverTheyAreWritten(String text, String code) {
        assertThat(understand(text).first(EntityKind.PRIORITY)).as(text).map(Mention::key).contains(code);
    }

    @ParameterizedTest(name = "\"{0}\" names {2}")
    @CsvSource(delimiter = '|', textBlock = """
            what does we aim high mean              | VALUE         | We aim high.
            what does we value our people mean      | VALUE         | We value our people.
            mission of quality assurance            | BUSINESS_AREA | Quality Assurance and Safeguarding
            mission of the qa team                  | BUSINESS_AREA | Quality Assurance and Safeguarding
            what does early intervention mean       | PRINCIPLE     | Early Intervention and Prevention and Early Help
            are care leavers a focus                | COHORT        | Are in our care or leaving care
            are looked after children included      | COHORT        | Are in our care or leaving care
            is NEET a focus group                   | COHORT        | Are not in education, employment or training (NEET)
            are children missing education covered  | COHORT        | Are not in full time or mainstream education
            are asylum seeking children a focus     | COHORT        | Are vulnerable and have migrated to the Borough from outside the UK
            what is the getting to good board       | GOVERNANCE_BODY | Getting to Good Board
            which priority covers the ASYE programme | TOPIC        | SP4
            """)
    void findsNamedItems(String text, EntityKind kind, String key) {
        assertThat(understand(text).first(kind)).as(text).map(Mention::key).contains(key);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            which actions are red         | RED
            anything amber?               | AMBER
            what is on track              | GREEN
            which priorities are off track | RED
            what is at risk               | AMBER
            """)
    void findsRagRatingsInEverydayWords(String text, String rag) {
        assertThat(understand(text).first(EntityKind.RAG)).as(text).map(Mention::key).contains(rag);
    }

    @org.junit.jupiter.api.Test
    void anActionCodeNamesTheActionAndItsPriority() {
        Understanding u = understand("what's the status of SP4.2?");
        assertThat(u.first(EntityKind.ACTION)).map(Mention::key).contains("SP4.2");
        assertThat(u.first(EntityKind.PRIORITY)).map(Mention::key).contains("SP4");
    }

    @ParameterizedTest(name = "\"{0}\" names no priority")
    @CsvSource(delimiter = '|', textBlock = """
            what are our values
            is the strategy for all children
            what's the weather in Reading?
            spend on transport
            """)
    void namesNoPriorityWhereThereIsNone(String text) {
        assertThat(understand(text).first(EntityKind.PRIORITY)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"what is SP9?, SP9", "tell me about priority 7, SP7"})
    void reportsPrioritiesTheStrategyDoesNotHave(String text, String code) {
        assertThat(understand(text).unknownPriority()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            is the strategy focused on gifted children?     | gifted
            are pupils with high ability one of the groups  | pupils
            """)
    void keepsTheWordsOfAGroupTheStrategyDoesNotName(String text, String word) {
        Understanding u = understand(text);
        assertThat(u.intent()).isEqualTo(Intent.COHORTS);
        assertThat(u.yesNoQuestion()).isTrue();
        assertThat(u.otherWords()).contains(word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            reclaiming-front-line-practice | what is our primary strategy?    | STRATEGY_STATEMENT
            reclaiming-front-line-practice | what are the ways of working     | PRACTICE
            reclaiming-front-line-practice | what are our values              | VALUES
            worcestershire-children-first  | what's the vision                | VISION
            worcestershire-children-first  | what is our mission?             | MISSION
            worcestershire-children-first  | who oversees us?                 | GOVERNANCE
            """)
    void understandsOtherDirectoratesStrategies(String strategyId, String text, Intent expected) {
        assertThat(recognizer.understand(text, StrategyFixtures.shipped(strategyId)).intent()).isEqualTo(expected);
    }
}
