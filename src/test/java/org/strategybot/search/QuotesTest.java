package org.strategybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quote is the run of a passage's sentences that holds what was asked, in as few words as hold the most of it. */
class QuotesTest {

    private static final Analysis ANALYSIS = new Analysis();

    @ParameterizedTest(name = "\"{0}\" quotes \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            the fire service     | they still did the fire safety checks
            home education       | home education was a parental choice
            """)
    void ofRunsHoldingAsMuchTheShortestIsQuoted(String question, String expected) {
        String passage = switch (question) {
            case "the fire service" -> "A strong relationship had been developed with the Fire Services in the past. "
                    + "She was interested to know whether this relationship was still as strong as it had been before the pandemic, "
                    + "given what members had heard from the families and schools of the borough at their surgeries this year. "
                    + "There had been changes in the Fire Service's personnel, and the relationship was not as strong as previously. "
                    + "However, they still did the fire safety checks and referred into the services through the front door service.";
            default -> "The committee asked about home education and the rise in numbers since the pandemic began. "
                    + "Officers explained that they met with the families concerned wherever the families agreed to it, "
                    + "and that a leaflet setting out what the council offers was sent to each family in the first week. "
                    + "It was noted that the numbers had levelled off in the last two terms of the year as schools reopened. "
                    + "In most cases home education was a parental choice made for reasons the family explained.";
        };
        String quote = new Quotes(ANALYSIS).quote(passage, ANALYSIS.questionTerms(question));
        assertThat(quote).contains(expected);
    }
}
