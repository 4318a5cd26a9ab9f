package org.strategybot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain                      | plain
            =HYPERLINK("http://x")     | '=HYPERLINK("http://x")
            @SUM(A1)                   | '@SUM(A1)
            +44 118 974 6000           | '+44 118 974 6000
            -3 days behind             | '-3 days behind
            """)
    void formulaLikeCellsAreDefusedForSpreadsheets(String cell, String written) {
        assertThat(Csv.defused(cell)).isEqualTo(written);
    }

    @Test
    void cellsAreQuotedAsRfc4180SaysAndANullCellIsEmpty() {
        String csv = Csv.table(List.of("a", "b"), List.of(Arrays.asList("plain", "a, b"),
                Arrays.asList("say \"hi\"", "=HYPERLINK(\"http://x\")"), Arrays.asList("@SUM(A1)", null)));
        assertThat(csv).isEqualTo("a,b\r\nplain,\"a, b\"\r\n\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"http://x\"\")\"\r\n'@SUM(A1),\r\n");
    }
}
