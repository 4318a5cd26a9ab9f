package org.strategybot.planadmin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strategybot.strategy.StrategyScope;

import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an action plan spreadsheet from the command line, then exits: 0 when done (or, for a dry run, read), 1
 * with the reason when not. The report, as the REST answer gives it, is printed.
 * {@code java -jar strategy-bot.jar --import-plan=plan.xlsx --strategy=<id> [--dry-run] [--retire-missing] [--skip-refused]}
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
public class PlanImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanImportCommand.class);
    private static final String OPTION = "import-plan";

    private final PlanSpreadsheets spreadsheets;
    private final StrategyScope scope;
    private final ApplicationContext context;

    PlanImportCommand(PlanSpreadsheets spreadsheets, StrategyScope scope, ApplicationContext context) {
        this.spreadsheets = spreadsheets;
        this.scope = scope;
        this.context = context;
    }

    /** Whether the command line asks for a plan import, so that the application starts without its web server. */
    public static boolean requested(String... args) {
        return Stream.of(args).anyMatch(a -> a.startsWith("--" + OPTION + "="));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int code;
        try {
            ImportReport report = importFile(args);
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            log.info("Plan {} {} into {}: {} added, {} changed, {} unchanged, {} retired, {} refused", report.file(),
                    report.dryRun() ? "read (dry run, nothing written)" : report.applied() ? "imported" : "changes nothing",
                    report.strategyId(), report.changes().added().size(), report.changes().changed().size(),
                    report.changes().unchanged().size(), report.changes().retired().size(), report.changes().refused().size());
            code = 0;
        } catch (ImportRefused e) {
            e.report().changes().refused().forEach(r -> log.error("Row {}: {}", r.row(), r.reason()));
            log.error("Not imported: {}", e.getMessage().replace("skipRefused=true", "--skip-refused"));
            code = 1;
        } catch (RuntimeException | IOException e) {
            log.error("Not imported: {}", e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private ImportReport importFile(ApplicationArguments args) throws IOException {
        Path file = Path.of(one(args, OPTION));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file.");
        }
        if (Files.size(file) > spreadsheets.settings().maxFileSize().toBytes()) {
            throw new TooLarge(file + " is larger than strategy-bot.plan-import.max-file-size ("
                    + spreadsheets.settings().maxFileSize() + ").");
        }
        String name = file.getFileName().toString();
        PlanSpreadsheets.Format format = name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? PlanSpreadsheets.Format.XLSX : PlanSpreadsheets.Format.CSV;
        String user = System.getProperty("user.name", "someone");
        return spreadsheets.importPlan(scope.forRequest(one(args, "strategy")), name, format, Files.readAllBytes(file),
                new PlanSpreadsheets.Options(args.containsOption("dry-run"), args.containsOption("retire-missing"),
                        args.containsOption("skip-refused")), "command line (" + user + ")", null);
    }

    private static String one(ApplicationArguments args, String option) {
        List<String> values = args.getOptionValues(option);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException("--" + option + "=... is required once.");
        }
        return values.get(0);
    }
}
