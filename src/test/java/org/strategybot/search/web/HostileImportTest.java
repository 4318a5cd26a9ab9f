package org.strategybot.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategybot.bot.EndpointTest;
import org.strategybot.bot.Rest;
import org.strategybot.system.TestStore;

/**
 * Imports shaped to make splitting and the personal-data guard slow: 50 KB of "a." once took over two minutes,
 * the work growing with the square of the length. Each passage is now bounded and checked on its own, so these
 * 300 KB documents are answered like any other (the client gives up after 60 s).
 */
@EndpointTest
class HostileImportTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one run-on sentence   | a.   | text/plain
            characters an email is made of | a-b_ | text/plain
            unclosed links        | [a]( | text/markdown
            a heading of spaces   | #    | text/markdown
            """)
    void aLongDocumentOfOneRepeatedShapeIsImportedPromptly(String what, String unit, String type, Rest rest) throws Exception {
        String body = unit.equals("#") ? "# " + " ".repeat(300_000) + "x\n" : unit.repeat(300_000 / unit.length());
        HttpResponse<String> response = rest.post("/api/strategies/wokingham-2021-24/documents?title=Hostile%20" + unit.hashCode(),
                TestStore.ADMIN_KEY, type, body);
        assertThat(response.statusCode()).as(what + ": " + response.body()).isBetween(200, 201);
    }
}
