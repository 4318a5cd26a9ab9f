package org.strategybot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.system.CommandLine.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.strategybot.StrategyBotApplication;
import org.strategybot.system.CommandLine.Run;

/**
 * The command-line import, run as an operator runs it: a separate JVM that imports and exits, with 0 when
 * the document is stored and 1 with the reason when it is not. The store it wrote is then read by the app.
 */
class ImportCommandTest {

    @Test
    void importsAFileThenExitsAndRefusesWithAReasonAndANonZeroCode() throws Exception {
        Path data = Files.createTempDirectory("strategy-bot-import");
        Path file = data.resolve("fostering.md");
        Files.writeString(file, "# Fostering Plan\n\n## Recruitment\n\nWe will recruit forty new foster carers through a regional campaign.\n");

        Run first = run(data, "--import=" + file, "--strategy=worcestershire-children-first", "--title=Fostering Plan");
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("Imported \"Fostering Plan\" into worcestershire-children-first");

        Files.writeString(file, "# Fostering Plan\n\n## Recruitment\n\nWe will recruit sixty new foster carers with our neighbours.\n");
        Run again = run(data, "--import=" + file, "--strategy=worcestershire-children-first", "--title=Fostering Plan");
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.output()).contains("replacing the earlier version");

        Run unknown = run(data, "--import=" + file, "--strategy=nowhere", "--title=Fostering Plan");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.output()).contains("Not imported: No strategy 'nowhere'");

        Path personal = data.resolve("notes.txt");
        Files.writeString(personal, "Visited Jayden Smith, aged 7, at 12 Acacia Avenue.");
        Run refused = run(data, "--import=" + personal, "--strategy=worcestershire-children-first", "--title=Notes");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("personal data").doesNotContain("Jayden");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StrategyBotApplication.class)
                .run("--server.port=0", "--strategy-bot.data-dir=" + data, "--strategy-bot.digest.enabled=false")) {
            Search search = app.getBean(Search.class);
            List<Found> found = search.find("worcestershire-children-first", "foster carers recruitment");
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).document()).isEqualTo("Fostering Plan");
            assertThat(found.get(0).section()).isEqualTo("Recruitment");
            assertThat(found.get(0).quote()).contains("sixty").doesNotContain("forty");
            MongoOperations mongo = app.getBean(MongoOperations.class);
            assertThat(mongo.count(Query.query(Criteria.where("documentId").is("worcestershire-children-first:fostering-plan")),
                    "passages")).isEqualTo(1);
            assertThat(mongo.count(Query.query(Criteria.where("title").is("Notes")), "documents")).isZero();
        }
    }
}
