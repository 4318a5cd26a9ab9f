package org.strategybot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Actions named by what they are, in people's words, against the shipped sample plan's titles. */
class ActionsByTitleTest {

    private static Understanding understand(String text) {
        return PlanActions.understand(text);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            status of the travel training action                      | ACTION_STATUS | SP3.2
            how is the corporate parenting work going?                | ACTION_STATUS | SP5.2
            how's the emotional wellbeing hub doing                   | ACTION_STATUS | SP1.1
            is the audit programme on track?                          | ACTION_STATUS | SP2.3
            status of the audit work                                  | ACTION_STATUS | SP2.3
            when did anyone last update the audit work?               | LAST_UPDATE   | SP2.3
            where are we with the Power BI dashboards?                | ACTION_STATUS | SP2.4
            progress on the SEND innovation and improvement programme | ACTION_STATUS | SP3.1
            how is the fire safety checks partnership going           | ACTION_STATUS | SP5.3
            how are we doing on recruiting and retaining managers     | ACTION_STATUS | SP4.2
            status of the exploitation board action                   | ACTION_STATUS | SP3.4
            how is the Unicef project going?                          | ACTION_STATUS | SP1.3
            who owns SP4.3?                                           | PRIORITY_LEAD | SP4.3
            who is responsible for the fire service partnership action? | PRIORITY_LEAD | SP5.3
            who owns the practice model work?                         | PRIORITY_LEAD | SP2.2
            who is doing the early help offer refresh?                | PRIORITY_LEAD | SP1.2
            when was the ASYE action last updated?                    | LAST_UPDATE   | SP4.1
            why is the youth violence strategy action red?            | RAG_REASON    | SP3.3
            """)
    void namesAnActionByWhatItIs(String text, Intent intent, String action) {
        Understanding u = understand(text);
        assertThat(u.intent()).as(text).isEqualTo(intent);
        assertThat(u.first(EntityKind.ACTION)).as(text).map(Mention::key).contains(action);
    }

    @ParameterizedTest(name = "\"{0}\" names no action")
    @CsvSource(delimiter = '|', textBlock = """
            how many young people are NEET?
            which children and young people does the strategy focus on?
            what are our values?
            is the strategy for all children and families?
            what is the programme?
            """)
    void wordsEveryTitleSharesNameNoAction(String text) {
        assertThat(understand(text).first(EntityKind.ACTION)).as(text).isEmpty();
    }
}
