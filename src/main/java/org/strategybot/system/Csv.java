package org.strategybot.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV for spreadsheets, safe to open: what a person wrote is never run as a formula. One writer for
 * every CSV the app serves (the plan's export, subject access), so they all quote and defuse alike.
 */
public final class Csv {

    private Csv() {
    }

    /** A header line and the rows, CRLF-ended; a null cell is empty. The caller adds the byte-order mark Excel needs. */
    public static String table(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(Csv::defused).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(v -> defused(v == null ? "" : v.toString())).toList());
            }
        } catch (IOException cannotHappenOnAStringBuilder) {
            throw new UncheckedIOException(cannotHappenOnAStringBuilder);
        }
        return out.toString();
    }

    /**
     * A cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or return before one) prefixed with an
     * apostrophe, because titles, owners and notes come from people.
     */
    public static String defused(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
