package org.strategybot.planadmin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A directorate's action plan as people keep it in a spreadsheet: a title and a version line above the header,
 * headers written their own way, a section row per priority, blank lines, dates typed every way (and one as an
 * Excel serial number), "Blue" for done, owners by email, a multi-line commentary with a comma, and bad rows.
 * The same plan as Excel's CSV (UTF-8 with a byte-order mark, CRLF) and as an XLSX workbook with merged cells,
 * date cells and a percentage cell.
 */
public final class PlanSheets {

    public static final List<String> HEADER = List.of(" Strategic Priority ", "Action Ref.", "Action",
            "Lead Officer", "Owner E-mail", "Business Area", "Target Date (dd/mm/yyyy)", "RAG Status", "% Complete",
            "Commentary", "Notes for PMO");

    /** Row number (as Excel shows it), then the cells. */
    private static final Object[][] ROWS = {
        {1, "Wokingham Children's Services: Strategy Action Plan 2021-24"},
        {2, "Version 3, kept by the Performance Team"},
        {4, " Strategic Priority ", "Action Ref.", "Action", "Lead Officer", "Owner E-mail", "Business Area",
            "Target Date (dd/mm/yyyy)", "RAG Status", "% Complete", "Commentary", "Notes for PMO"},
        {5, "SP1 – Ensure we are designed to deliver excellent outcomes"},
        {6, "", "SP1.1", "Open the family hub in Wokingham town centre", "Head of Early Help",
            "Head.EarlyHelp@wokingham.gov.uk", "early help", "31/03/2027", "G", "40%", "Building works under way.", "check"},
        {7, "", "1.2", "Publish the early help strategy", "Jo Bloggs <jo.bloggs@wokingham.gov.uk>", "",
            "Social Care and Early Help", 46477, "On track", "25", "Draft out to consultation.", ""},
        {9, "SP2", "SP2.1", "Refresh the quality assurance framework", "Head of QA", "", "QA", "31 Mar 2027", "Amber",
            "0.5", "Audit backlog due to sickness in the team.", ""},
        {10, "SP2", "SP2.2", "Launch the practice standards", "Head of QA", "", "Quality Assurance and Safeguarding",
            "2026-09-30", "Blue", "", "Launched at the June practice week.", ""},
        {11, "sp 4", "SP4.1", "Grow our own social workers through the ASYE programme", "Workforce Lead", "",
            "Strategic & Operational Delivery", "15/01/2027", "Red", "10%",
            "Recruitment paused until April,\nthen a new cohort of eleven.", ""},
        {12, "SP4", "SP4.2", "Retention payments for experienced social workers", "Workforce Lead", "", "", "30/06/2027",
            "Purple", "", "", ""},
        {13, "SP4", "SP4.3", "Career pathway for team managers", "Workforce Lead", "", "", "next spring", "Green", "", "", ""},
        {14, "SP9", "SP9.1", "An action under a priority that does not exist", "Someone", "", "", "", "Green", "", "", ""},
        {15, "SP5", "SP5.1", "Young people's voice in commissioning", "Partnerships Manager", "", "", "31/12/2026",
            "Green", "", "Visited Jayden Smith, aged 7, at 12 Acacia Avenue.", ""},
        {16, "SP5", "SP5.2", "Refresh the partnership board's terms of reference", "Partnerships Manager", "", "",
            "Mar-27", "at risk", "60", "", ""},
    };

    /** The rows the sheet refuses, with words their reasons hold. */
    public static final List<Object[]> REFUSED = List.of(
            new Object[] {12, "Purple"}, new Object[] {13, "next spring"}, new Object[] {14, "SP9"},
            new Object[] {15, "personal data"});

    private PlanSheets() {
    }

    /** As Excel's "CSV UTF-8" writes it: byte-order mark, CRLF, quotes where a cell holds a comma, quote or line end. */
    public static byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        int line = 1;
        for (Object[] row : ROWS) {
            int number = (int) row[0];
            for (; line < number; line++) {
                out.append(",,,,,,,,,,\r\n");
            }
            StringBuilder cells = new StringBuilder();
            for (int c = 1; c <= HEADER.size(); c++) {
                String v = c < row.length ? String.valueOf(row[c]) : "";
                cells.append(c > 1 ? "," : "").append(v.matches("(?s).*[,\"\\r\\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            out.append(cells).append("\r\n");
            line++;
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * As a workbook: the title merged across the columns, SP1's cell merged down its section, due dates as date
     * cells (the serial one as a plain number), the 40% as a percentage cell (0.4), and the commentary in one cell.
     */
    public static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
            workbook.newWorksheet("Instructions").value(0, 0, "Keep one row per action. Use the RAG key.");
            Worksheet sheet = workbook.newWorksheet("Action Plan");
            for (Object[] row : ROWS) {
                int r = (int) row[0] - 1;
                for (int c = 1; c < row.length; c++) {
                    Object v = row[c];
                    int col = c - 1;
                    if (v instanceof Integer n) {
                        sheet.value(r, col, n);
                    } else if (col == 6 && ((String) v).matches("\\d{2}/\\d{2}/\\d{4}")) {
                        String[] dmy = ((String) v).split("/");
                        sheet.value(r, col, LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0])));
                        sheet.style(r, col).format("dd/mm/yyyy").set();
                    } else if ("40%".equals(v)) {
                        sheet.value(r, col, 0.4);
                        sheet.style(r, col).format("0%").set();
                    } else if (!((String) v).isEmpty()) {
                        sheet.value(r, col, (String) v);
                    }
                }
            }
            sheet.range(0, 0, 0, HEADER.size() - 1).merge();
            sheet.range(4, 0, 6, 0).merge();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
