package org.strategybot.planadmin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An XLSX workbook read with FastExcel, which streams each sheet's XML (with DTDs and external entities off).
 * FastExcel has no zip-bomb guard of its own, so the file is first unpacked once here, counting what each entry
 * really inflates to, and refused when the whole passes {@code maxUnpacked}; rows past {@code maxRows} stop the
 * read. A sheet is chosen by {@code header}: the first, in workbook order, whose opening rows hold the plan's header.
 */
final class XlsxSheet {

    /** Excel keeps dates as days since 30 December 1899 (or since 1 January 1904 in old Mac workbooks). */
    static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int MAX_ENTRIES = 2000;
    private static final Logger log = LoggerFactory.getLogger(XlsxSheet.class);

    private XlsxSheet() {
    }

    static boolean looksLikeXlsx(byte[] bytes) {
        return ReadableWorkbook.isOOXMLZipHeader(bytes);
    }

    /** @param header whether a sheet's opening rows hold a header, so the sheet is the plan */
    static Sheet read(byte[] bytes, int maxRows, long maxUnpacked, Predicate<Sheet> header) {
        checkUnpackedSize(bytes, maxUnpacked);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            LocalDate epoch = workbook.isDate1904() ? EPOCH_1904 : EPOCH_1900;
            Sheet first = null;
            for (org.dhatim.fastexcel.reader.Sheet s : workbook.getSheets().toList()) {
                Sheet sheet = read(s, maxRows, epoch);
                if (header.test(sheet)) {
                    return sheet;
                }
                first = first == null ? sheet : first;
            }
            if (first == null) {
                throw new IllegalArgumentException("The workbook has no sheets.");
            }
            return first;
        } catch (IOException | RuntimeException e) {
            if (e instanceof TooLarge || e instanceof IllegalArgumentException) {
                throw (RuntimeException) e;
            }
            throw unreadable(e);
        }
    }

    // FastExcel's Sheet by its full name: this package's own Sheet, what a read gives, holds the simple name
    private static Sheet read(org.dhatim.fastexcel.reader.Sheet sheet, int maxRows, LocalDate epoch) throws IOException {
        List<Sheet.Row> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                if (row.getRowNum() > maxRows) {
                    throw new TooLarge("The sheet '" + sheet.getName() + "' has more than " + maxRows
                            + " rows (strategy-bot.plan-import.max-rows); nothing was imported.");
                }
                List<Sheet.Cell> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(cell(row.getCell(i)));
                }
                Sheet.Row r = new Sheet.Row(row.getRowNum(), cells);
                if (!r.blank()) {
                    rows.add(r);
                }
            }
        }
        return new Sheet(sheet.getName(), rows, epoch);
    }

    private static Sheet.Cell cell(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return Sheet.Cell.EMPTY;
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = Optional.ofNullable(cell.getDataFormatString()).orElse("");
            // shown as Excel shows it, to 15 significant digits: a ref typed as 4.1 is stored as 4.0999999999999996
            String shown = cell.asNumber().round(new MathContext(15)).stripTrailingZeros().toPlainString();
            return new Sheet.Cell(shown, cell.asNumber(), isDateFormat(format), format.contains("%"));
        }
        if (cell.getType() == CellType.FORMULA && cell.getRawValue() != null) {
            // the value Excel last calculated; the formula itself is never run
            return Sheet.Cell.text(cell.getRawValue());
        }
        return Sheet.Cell.text(cell.getText());
    }

    /** A number format showing days, months or years, outside quoted literals and colours ("[Red]"). */
    static boolean isDateFormat(String format) {
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return f.contains("d") || f.contains("m") && !f.contains("h") || f.contains("y");
    }

    /** Inflates every entry once, counting real bytes: a small file that unpacks to gigabytes is refused early. */
    private static void checkUnpackedSize(byte[] bytes, long maxUnpacked) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new TooLarge("The workbook holds more than " + MAX_ENTRIES + " parts; nothing was imported.");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        total += n;
                        if (total > maxUnpacked) {
                            throw new TooLarge("The workbook unpacks to more than " + maxUnpacked / (1024 * 1024)
                                    + " MB (strategy-bot.plan-import.max-unpacked-size); nothing was imported.");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TooLarge) {
                throw (TooLarge) e;
            }
            throw unreadable(e);
        }
    }

    /** What the person is told; what the library said goes to the log only. */
    private static IllegalArgumentException unreadable(Exception e) {
        log.info("An uploaded workbook could not be read: {}", e.toString());
        return new IllegalArgumentException("The file is not a workbook that can be read; save it from Excel as .xlsx or as CSV UTF-8.");
    }
}
