package org.strategybot.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.system.TestStore;

/**
 * A corrected plan file with a higher revision is applied over the plan in the store as an import is, and the log
 * says what changed; before, a file only seeded the store and a correction was silently ignored.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class PlanFileRevisionTest {

    static final String CORRECTED = "Embed the Emotional Wellbeing Hub as the front door for all emotional health support";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        TestStore.freshDataDir(registry);
        Path dir = Files.createTempDirectory("strategy-bot-plans");
        String shipped;
        try (InputStream in = PlanFileRevisionTest.class.getResourceAsStream("/strategies/wokingham-2021-24.plan.yaml")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the shipped sample, corrected: revision 2, SP1.1 retitled and given a calendar due date
        String corrected = shipped.replace("strategy: wokingham-2021-24\n", "strategy: wokingham-2021-24\nrevision: 2\n")
                .replace("\"Embed the Emotional Wellbeing Hub as the single front door for emotional health support\"", "\"" + CORRECTED + "\"")
                .replaceFirst("due: \\+120d", "due: 2027-03-31");
        Files.writeString(dir.resolve("wokingham-2021-24.plan.yaml"), corrected);
        registry.add("strategy-bot.strategy.dir", dir::toString);
    }

    @Autowired
    ActionPlan plan;
    @Autowired
    StrategyCatalog catalog;

    @Test
    void aHigherRevisionIsAppliedAsAnImportAndTheLogSaysWhatChanged(CapturedOutput output) {
        ActionView sp11 = plan.actions(new ActionFilter("wokingham-2021-24", "SP1", null, null, null, null)).stream()
                .filter(a -> a.code().equals("SP1.1")).findFirst().orElseThrow();
        assertThat(sp11.title()).isEqualTo(CORRECTED);
        assertThat(sp11.due()).hasToString("2027-03-31");
        assertThat(sp11.sample()).as("a sample file's changes stay sample data").isTrue();

        List<ProgressUpdate> history = plan.history(catalog.defaultStrategy(), "SP1.1", 10);
        assertThat(history.get(0).note()).startsWith("Applied from plan file").contains("revision 2", "title, due date changed");
        assertThat(output.getAll()).contains("wokingham-2021-24.plan.yaml revision 2 applied over revision 1: 0 added, 1 changed: "
                + "SP1.1 (title; due date ");
    }
}
