package org.strategybot.reports;

import java.time.ZoneId;

import org.strategybot.actions.ActionView;
import org.strategybot.actions.Rag;

/**
 * The committee report as Markdown, for pasting into committee papers. Cells are escaped so that a note
 * with a "|" or a line break cannot break its table, and Markdown or HTML in a note shows as written.
 */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    public static String render(CommitteeReport r, ZoneId zone) {
        StringBuilder md = new StringBuilder(8_192);
        md.append("# ").append(esc(ReportHtml.title(r))).append("\n\n");
        md.append(esc(r.organisation())).append(". ").append(esc(ReportHtml.periodText(r))).append(" Generated ")
                .append(ReportHtml.WHEN.format(r.generatedAt().atZone(zone))).append(".\n\n");
        if (r.sample()) {
            md.append("> **Sample data.** ").append(esc(r.sampleNote() == null ? "This action plan is illustrative." : r.sampleNote()))
                    .append("\n\n");
        }
        md.append("## Strategic priorities: RAG and change since the last report\n\n");
        row(md, "Priority", "Lead", "RAG on " + ReportHtml.SHORT_DAY.format(r.from()), "RAG on " + ReportHtml.SHORT_DAY.format(r.to()),
                "Change", "Complete", "Overdue actions");
        rule(md, 7);
        for (CommitteeReport.PriorityRow p : r.priorities()) {
            row(md, p.code() + " " + p.title(), p.lead() == null ? "Not recorded" : p.lead(), label(p.start()),
                    label(p.end()) + (p.override() == null ? "" : ". " + p.override()),
                    p.change(), p.percent() + "%", String.valueOf(p.overdue()));
        }
        md.append("\n## Key updates in the period\n\n");
        if (r.updates().isEmpty()) {
            md.append("No progress updates were posted in this period.\n");
        } else {
            row(md, "Date", "Item", "RAG", "Update", "By");
            rule(md, 5);
            for (CommitteeReport.KeyUpdate u : r.updates()) {
                row(md, ReportHtml.SHORT_DAY.format(u.at().atZone(zone)), u.target(),
                        u.changedRag() ? label(u.before()) + " to " + label(u.after()) : "No change",
                        (u.note() == null || u.note().isBlank() ? "Updated" : u.note())
                                + (u.percent() == null ? "" : " (" + u.percent() + "% complete)"),
                        u.author());
            }
            if (r.moreUpdates() > 0) {
                md.append("\n").append(r.moreUpdates()).append(" further update").append(r.moreUpdates() == 1 ? "" : "s")
                        .append(" in the period are in the audit trail.\n");
            }
        }
        md.append("\n## Overdue actions\n\n");
        if (r.overdue().isEmpty()) {
            md.append("No action is overdue.\n");
        } else {
            row(md, "Action", "Title", "Owner", "Due", "RAG", "Complete");
            rule(md, 6);
            for (ActionView a : r.overdue()) {
                row(md, a.code(), a.title(), a.owner(), ReportHtml.SHORT_DAY.format(a.due()), label(a.rag()), a.percent() + "%");
            }
        }
        return md.toString();
    }

    private static String label(Rag rag) {
        return rag == null ? "No RAG" : rag.label();
    }

    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(esc(cell)).append(" |");
        }
        md.append('\n');
    }

    private static void rule(StringBuilder md, int columns) {
        md.append('|').append(" --- |".repeat(columns)).append('\n');
    }

    /**
     * Line breaks become spaces; characters that Markdown would read are escaped, and angle brackets written as
     * entities so that no tag in a note becomes HTML. An ampersand stays as typed: papers are pasted as text too.
     */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").toCharArray()) {
            switch (c) {
                case '|', '\\', '*', '_', '[', ']', '`', '#', '~' -> s.append('\\').append(c);
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
