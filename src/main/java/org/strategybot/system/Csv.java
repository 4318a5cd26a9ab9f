package org.strategybot.system;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 CSV for spreadsheets, safe to open: what a person wrote is never run as a formula. */
public final class Csv {

    private Csv() {
    }

    /** One line, ended with CRLF as RFC 4180 says; a null cell is empty. */
    public static String row(String... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * Quoted where needed; a cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with
     * an apostrophe, because titles, owners and notes come from people.
     */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
