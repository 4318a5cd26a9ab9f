package org.strategybot.planadmin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategybot.actions.Rag;

/**
 * Reads the values people type into a plan spreadsheet. Each method answers the value, null for a blank cell, or
 * throws {@link IllegalArgumentException} with a message that says what to write instead.
 */
final class CellValues {

    /** A RAG status as a row gives it: {@code complete} means done, whatever else it says. */
    record Status(Rag rag, boolean complete) {
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[ -]+([a-z]{3,9})\\.?,?[ -]+(\\d{2}|\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]{3,9})\\.?,?[ -]+(\\d{2}|\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,6}(?:\\.0+)?");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+'-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("(?i)[<(\\[]?\\s*([a-z0-9._%+'-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+)\\s*[>)\\]]?");

    private CellValues() {
    }

    /**
     * A due date as UK spreadsheets hold it: 31/03/2027, 31-03-27, 31 Mar 2027, 31st March 2027, 31-Mar-27,
     * 2027-03-31, an Excel serial number (46477), or a month ("March 2027": its last day, as "by March" means).
     */
    static LocalDate date(Sheet.Cell cell, LocalDate epoch) {
        if (cell.number() != null) {
            return serial(cell.number(), epoch, cell.text());
        }
        String text = cell.text().trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        try {
            Matcher m;
            if ((m = ISO.matcher(text)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if ((m = NUMERIC.matcher(text)).matches()) {
                return LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = WORDS.matcher(text)).matches() && month(m.group(2)) > 0) {
                return LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH_YEAR.matcher(text)).matches() && month(m.group(1)) > 0) {
                return YearMonth.of(year(m.group(2)), month(m.group(1))).atEndOfMonth();
            }
            if (SERIAL.matcher(text).matches()) {
                return serial(new BigDecimal(text), epoch, text);
            }
        } catch (DateTimeException impossible) {
            throw new IllegalArgumentException("'" + cell.text().trim() + "' is not a date there is (day/month/year, as 31/03/2027).");
        }
        throw new IllegalArgumentException("'" + cell.text().trim()
                + "' is not a date that can be read: write it as 31/03/2027, 31 Mar 2027 or 2027-03-31.");
    }

    private static LocalDate serial(BigDecimal days, LocalDate epoch, String shown) {
        // 1 January 1990 to 31 December 2099: anything else is not a due date, whatever the cell holds
        if (days.compareTo(BigDecimal.valueOf(32874)) < 0 || days.compareTo(BigDecimal.valueOf(73415)) > 0) {
            throw new IllegalArgumentException("'" + shown.trim() + "' is not a due date: write it as 31/03/2027.");
        }
        return epoch.plusDays(days.setScale(0, RoundingMode.FLOOR).longValueExact());
    }

    private static int year(String y) {
        return y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
    }

    /** A month's number from its name or abbreviation ("Sept" too), 0 when it is not one. */
    private static int month(String word) {
        int i = MONTHS.indexOf(word.substring(0, 3));
        String full = Month.of(i < 0 ? 1 : i + 1).name().toLowerCase(Locale.ROOT);
        return i >= 0 && full.startsWith(word) ? i + 1 : 0;
    }

    /** A RAG status as people write it; see plan-import/rag-words.txt. */
    static Status status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = Vocabulary.RAG_WORDS.key(text).orElseThrow(() -> new IllegalArgumentException("'" + text.trim()
                + "' is not a RAG status: use Red, Amber or Green (R/A/G, Off track/At risk/On track), or Complete (Blue)."));
        return key.equals("COMPLETE") ? new Status(Rag.GREEN, true) : new Status(Rag.valueOf(key), false);
    }

    /** Percent complete: 60, 60%, 0.6 (a fraction), a cell formatted as a percentage, or "complete". */
    static Integer percent(Sheet.Cell cell) {
        BigDecimal value = cell.number();
        String text = cell.text().trim().toLowerCase(Locale.ROOT);
        if (value == null && text.isEmpty()) {
            return null;
        }
        if (value == null) {
            if (Vocabulary.RAG_WORDS.key(text).filter("COMPLETE"::equals).isPresent()) {
                return 100;
            }
            String digits = text.replace("%", "").trim();
            if (!digits.matches("\\d{1,3}(\\.\\d+)?")) {
                throw new IllegalArgumentException("'" + cell.text().trim() + "' is not a percentage: write a number from 0 to 100.");
            }
            value = new BigDecimal(digits);
            if (!text.contains("%") && digits.contains(".") && value.compareTo(BigDecimal.ONE) <= 0) {
                value = value.movePointRight(2);
            }
        } else if (cell.percent()) {
            value = value.movePointRight(2);
        }
        int percent = value.setScale(0, RoundingMode.HALF_UP).intValue();
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("'" + cell.text().trim() + "' is not a percentage from 0 to 100.");
        }
        return percent;
    }

    /** An owner's email or UPN, lower case; null for a blank cell. */
    static String email(String text) {
        String address = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            return null;
        }
        if (address.startsWith("mailto:")) {
            address = address.substring("mailto:".length());
        }
        if (!EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not an email address or UPN (name@council.gov.uk).");
        }
        return address;
    }

    /** An owner cell split into the name and the email or UPN it holds ("Jo Bloggs <jo.bloggs@council.gov.uk>"). */
    static String[] nameAndEmail(String text) {
        Matcher m = EMAIL_IN_TEXT.matcher(text);
        if (!m.find()) {
            return new String[] {text.trim(), null};
        }
        String name = (text.substring(0, m.start()) + " " + text.substring(m.end())).replaceAll("\\s+", " ").trim();
        return new String[] {name.isEmpty() ? null : name, m.group(1).toLowerCase(Locale.ROOT)};
    }
}
