package org.strategybot.planadmin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows of one sheet as a spreadsheet shows them, blank rows left out.
 *
 * @param name  the sheet's name (the file's, for CSV)
 * @param epoch the day Excel's date serial numbers count from in this file
 */
record Sheet(String name, List<Row> rows, LocalDate epoch) {

    /** @param number the row number the spreadsheet shows, counting from 1 */
    record Row(int number, List<Cell> cells) {

        Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        boolean blank() {
            return cells.stream().allMatch(Cell::blank);
        }
    }

    /**
     * A cell's text, and for a number typed into an XLSX cell its value and whether it is formatted as a date or a
     * percentage (Excel keeps 31/03/2027 as 46477 and 60% as 0.6).
     */
    record Cell(String text, BigDecimal number, boolean date, boolean percent) {

        static final Cell EMPTY = new Cell("", null, false, false);

        static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, false, false);
        }

        boolean blank() {
            return text.isBlank() && number == null;
        }
    }
}
