package org.strategybot.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.system.TestStore;

/**
 * Imports shaped to make splitting and the personal-data guard slow: 50 KB of "a." once took over two minutes,
 * the work growing with the square of the length. Each passage is now bounded and checked on its own, so these
 * 300 KB documents are answered like any other (the client gives up after 60 s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileImportTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        TestStore.freshDataDir(registry);
    }

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one run-on sentence   | a.   | text/plain
            characters an email is made of | a-b_ | text/plain
            unclosed links        | [a]( | text/markdown
            a heading of spaces   | #    | text/markdown
            """)
    void aLongDocumentOfOneRepeatedShapeIsImportedPromptly(String what, String unit, String type) throws Exception {
        String body = unit.equals("#") ? "# " + " ".repeat(300_000) + "x\n" : unit.repeat(300_000 / unit.length());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/strategies/wokingham-2021-24/documents?title=Hostile%20"
                        + unit.hashCode()))
                .header("X-API-Key", TestStore.ADMIN_KEY).header("Content-Type", type).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(what + ": " + response.body()).isBetween(200, 201);
    }
}
