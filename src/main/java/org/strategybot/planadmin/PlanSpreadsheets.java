package org.strategybot.planadmin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ImportRequest;
import org.strategybot.actions.PlanChanges;
import org.strategybot.strategy.Strategy;

/**
 * Imports a directorate's action plan from the spreadsheet it keeps: a dry run says what would change, and applying
 * the same file does exactly that (or, when some rows are refused, nothing unless asked to skip them).
 */
@Service
public class PlanSpreadsheets {

    /** What the file is: told by the request's media type or the file's extension, and checked against its bytes. */
    public enum Format { CSV, XLSX }

    /**
     * @param dryRun        write nothing, say what would change
     * @param retireMissing retire the actions in force that the file does not name
     * @param skipRefused   apply the rows that can be, leaving out those refused (as the dry run lists them)
     */
    public record Options(boolean dryRun, boolean retireMissing, boolean skipRefused) {
    }

    private final ActionPlan plan;
    private final PlanImportSettings settings;
    private final PersonalDataCheck personalData;

    PlanSpreadsheets(ActionPlan plan, PlanImportSettings settings, PersonalDataCheck personalData) {
        this.plan = plan;
        this.settings = settings;
        this.personalData = personalData;
    }

    public PlanImportSettings settings() {
        return settings;
    }

    /**
     * @param file   the file's name, for the history ("imported from plan.xlsx")
     * @param author who imports it, as the history names them
     * @throws TooLarge             for a file, sheet or unpacked workbook over the settings' bounds
     * @throws ImportRefused        when applying a file with refused rows without {@code skipRefused}
     * @throws IllegalArgumentException for a file that cannot be read as a plan, saying why
     */
    public ImportReport importPlan(Strategy strategy, String file, Format format, byte[] bytes, Options options,
            String author, String authorId) {
        if (bytes.length > settings.maxFileSize().toBytes()) {
            throw new TooLarge("The file is larger than " + settings.maxFileSize().toBytes() + " bytes "
                    + "(strategy-bot.plan-import.max-file-size); nothing was imported.");
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("The file is empty.");
        }
        String name = fileName(file, format);
        boolean xlsx = XlsxSheet.looksLikeXlsx(bytes);
        if (format == Format.XLSX && !xlsx) {
            throw new IllegalArgumentException("The file is not an XLSX workbook; save it from Excel as .xlsx, or send it as CSV.");
        }
        Sheet sheet = xlsx
                ? XlsxSheet.read(bytes, settings.maxRows(), settings.maxUnpackedSize().toBytes(), s -> Header.find(s).isPresent())
                : CsvSheet.read(name, bytes, settings.maxRows());
        Header header = Header.find(sheet).orElseThrow(() -> new IllegalArgumentException("No header row found in "
                + (xlsx ? "any sheet" : "the file") + ": the plan needs a row naming its columns, with at least the action "
                + "(Action, Title or Description) and two of Priority, Action ref, Owner, Due date, RAG, % complete, Latest update."));
        RowReader.Read read = new RowReader(strategy, header, sheet.epoch(), personalData).read(sheet);

        ImportRequest request = new ImportRequest("imported from " + name, author, authorId, true, false,
                options.retireMissing(), List.of(), read.refusedCodes());
        PlanChanges preview = plan.previewImport(strategy, read.rows(), request);
        PlanChanges changes = withRefusals(preview, read.refused());
        if (options.dryRun() || preview.changesNothing() && changes.refused().isEmpty()) {
            return report(strategy, name, sheet, header, options, false, changes);
        }
        if (!changes.refused().isEmpty() && !options.skipRefused()) {
            throw new ImportRefused(report(strategy, name, sheet, header, options, false, changes));
        }
        changes = withRefusals(plan.applyImport(strategy, read.rows(), request), read.refused());
        return report(strategy, name, sheet, header, options, !changes.changesNothing(), changes);
    }

    private static PlanChanges withRefusals(PlanChanges c, List<PlanChanges.Refusal> more) {
        List<PlanChanges.Refusal> refused = new ArrayList<>(more);
        refused.addAll(c.refused());
        refused.sort(Comparator.comparingInt(PlanChanges.Refusal::row));
        return new PlanChanges(c.strategyId(), c.added(), c.changed(), c.unchanged(), c.retired(), refused, c.sampleRemoved());
    }

    private static ImportReport report(Strategy strategy, String name, Sheet sheet, Header header, Options options,
            boolean applied, PlanChanges changes) {
        Map<String, String> columns = new LinkedHashMap<>();
        header.names().forEach((field, text) -> columns.put(field.name().toLowerCase(Locale.ROOT), text));
        return new ImportReport(strategy.id(), name, sheet.name(), header.row(), columns, header.ignored(),
                options.dryRun(), applied, changes);
    }

    /** The file's own name, without folders or control characters, for the history. */
    static String fileName(String file, Format format) {
        String name = file == null ? "" : file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:]", "").trim();
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        return name.isEmpty() ? (format == Format.XLSX ? "a spreadsheet (XLSX)" : "a spreadsheet (CSV)") : name;
    }
}
