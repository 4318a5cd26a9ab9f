package org.strategybot.planadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategybot.system.CommandLine.run;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.strategybot.system.CommandLine.Run;

/** The plan import from the command line, as an operator runs it: a dry run, a refusal, then apply. */
class PlanImportCommandTest {

    @Test
    void aDryRunWritesNothingRefusedRowsStopAnApplyAndSkippingThemImportsTheRest() throws Exception {
        Path data = Files.createTempDirectory("strategy-bot-plan-import");
        Path file = data.resolve("Action plan.xlsx");
        Files.write(file, PlanSheets.xlsx());

        Run dry = run(data, "--import-plan=" + file, "--strategy=wokingham-2021-24", "--dry-run");
        assertThat(dry.exit()).as(dry.output()).isZero();
        assertThat(dry.output()).contains("\"dryRun\" : true", "\"code\" : \"SP4.1\"", "read (dry run, nothing written)");

        Run refused = run(data, "--import-plan=" + file, "--strategy=wokingham-2021-24");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("Row 12: 'Purple' is not a RAG status", "--skip-refused")
                .doesNotContain("Jayden");

        Run applied = run(data, "--import-plan=" + file, "--strategy=wokingham-2021-24", "--skip-refused");
        assertThat(applied.exit()).as(applied.output()).isZero();
        assertThat(applied.output()).contains("imported into wokingham-2021-24: 6 added");

    }
}
