package org.strategybot.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * Imports a document from the command line, then exits: 0 when stored, 1 with the reason when not.
 * {@code java -jar strategy-bot.jar --import=path/to/file.md --strategy=<id> --title="..." [--source=...] [--date=...]}
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class ImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);
    private static final String IMPORT = "import";

    private final Search search;
    private final SearchSettings settings;
    private final ApplicationContext context;

    ImportCommand(Search search, SearchSettings settings, ApplicationContext context) {
        this.search = search;
        this.settings = settings;
        this.context = context;
    }

    /** Whether the command line asks for an import, so that the application starts without its web server. */
    public static boolean requested(String... args) {
        return Stream.of(args).anyMatch(a -> a.startsWith("--" + IMPORT + "="));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(IMPORT)) {
            return;
        }
        int code;
        try {
            Imported imported = importFile(args);
            log.info("Imported \"{}\" into {} as {}: {} sections, {} passages{}", imported.title(), imported.strategyId(),
                    imported.documentId(), imported.sections(), imported.passages(),
                    imported.replaced() ? " (replacing the earlier version)" : "");
            code = 0;
        } catch (RuntimeException | IOException e) {
            log.error("Not imported: {}", e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private Imported importFile(ApplicationArguments args) throws IOException {
        Path file = Path.of(one(args, IMPORT));
        String strategy = one(args, "strategy");
        String title = one(args, "title");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file.");
        }
        if (Files.size(file) > settings.maxDocumentSize().toBytes()) {
            throw new IllegalArgumentException(file + " is larger than strategy-bot.search.max-document-size ("
                    + settings.maxDocumentSize() + ").");
        }
        String name = file.getFileName().toString().toLowerCase();
        boolean markdown = name.endsWith(".md") || name.endsWith(".markdown");
        String source = args.containsOption("source") ? one(args, "source") : file.getFileName().toString();
        String date = args.containsOption("date") ? one(args, "date") : null;
        return search.importDocument(strategy, new NewDocument(title, source, date,
                Files.readString(file, StandardCharsets.UTF_8), markdown));
    }

    private static String one(ApplicationArguments args, String option) {
        List<String> values = args.getOptionValues(option);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException("--" + option + "=... is required once.");
        }
        return values.get(0);
    }
}
