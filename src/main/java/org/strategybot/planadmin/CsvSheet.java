package org.strategybot.planadmin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as Excel and others write it: UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"), or
 * Windows-1252 (Excel's plain "CSV"); CRLF or LF; quoted fields holding commas, quotes and line breaks; commas,
 * or semicolons where a locale writes those.
 */
final class CsvSheet {

    private CsvSheet() {
    }

    static Sheet read(String name, byte[] bytes, int maxRows) {
        String text = decode(bytes);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<Sheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > maxRows) {
                    throw new TooLarge("The file has more than " + maxRows + " rows (strategy-bot.plan-import.max-rows); nothing was imported.");
                }
                List<Sheet.Cell> cells = record.stream().map(Sheet.Cell::text).toList();
                Sheet.Row row = new Sheet.Row((int) record.getRecordNumber(), cells);
                if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("The CSV file cannot be read: " + e.getCause().getMessage());
        }
        return new Sheet(name, rows, XlsxSheet.EPOCH_1900);
    }

    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Excel's plain "CSV (Comma delimited)" is written in the Windows code page
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Semicolons where a file's first lines hold more of them than commas, as in locales that write 0,5. */
    private static char delimiter(String text) {
        String head = text.length() > 4000 ? text.substring(0, 4000) : text;
        long commas = head.chars().filter(c -> c == ',').count();
        long semicolons = head.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }
}
