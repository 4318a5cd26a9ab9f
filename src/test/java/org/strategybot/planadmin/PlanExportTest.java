package org.strategybot.planadmin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanExportTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain                      | plain
            =HYPERLINK("http://x")     | '=HYPERLINK("http://x")
            @SUM(A1)                   | '@SUM(A1)
            +44 118 974 6000           | '+44 118 974 6000
            -3 days behind             | '-3 days behind
            """)
    void formulaLikeCellsAreDefusedForSpreadsheets(String cell, String written) {
        assertThat(PlanExport.defused(cell)).isEqualTo(written);
    }
}
