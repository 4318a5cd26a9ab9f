package org.strategybot.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.strategybot.actions.ActionView;
import org.strategybot.actions.Rag;

/**
 * The committee report as a print-ready page. It is well-formed XHTML, because the PDF is laid out from
 * the same page; every value from the plan is escaped. Its one style sheet is inline so the file stands
 * alone when downloaded, and {@link #CONTENT_SECURITY_POLICY} allows that sheet by its hash and nothing else.
 */
public final class ReportHtml {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    /** RAG colours chosen for at least 4.5:1 contrast with their text (WCAG 2.1 AA); the word is always printed too. */
    private static final String STYLE = """
            @page { size: A4 landscape; margin: 14mm 12mm; }
            body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; color: #1b1b1b; \
            background: #fff; line-height: 1.4; margin: 0 auto; max-width: 1100px; padding: 0 8px; }
            h1 { font-size: 17pt; margin: 0 0 4px; }
            h2 { font-size: 13pt; margin: 18px 0 6px; border-bottom: 2px solid #1f4e79; padding-bottom: 2px; }
            p { margin: 4px 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #8a8a8a; padding: 4px 6px; text-align: left; vertical-align: top; }
            th { background: #e8eef5; }
            tr { page-break-inside: avoid; }
            .rag { display: inline-block; padding: 1px 6px; border-radius: 3px; font-weight: bold; }
            .rag-red { background: #b00020; color: #fff; }
            .rag-amber { background: #f5b700; color: #1b1b1b; }
            .rag-green { background: #1e7b34; color: #fff; }
            .rag-none { background: #e6e6e6; color: #1b1b1b; }
            .sample { border: 2px solid #8a5a00; background: #fff4d6; padding: 6px 8px; margin: 8px 0; }
            .meta { color: #444; }
            """;

    /** The report's style sheet as a CSP source: the dashboard's preview shows the report under the dashboard's policy. */
    public static final String STYLE_SOURCE = "'" + sha256(STYLE) + "'";

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src " + STYLE_SOURCE
            + "; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private final ZoneId zone;
    private final StringBuilder out = new StringBuilder(16_384);

    private ReportHtml(ZoneId zone) {
        this.zone = zone;
    }

    public static String render(CommitteeReport report, ZoneId zone) {
        return new ReportHtml(zone).page(report);
    }

    private String page(CommitteeReport r) {
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .append(esc(title(r))).append("</title><style>").append(STYLE).append("</style></head><body>");
        out.append("<header><h1>").append(esc(title(r))).append("</h1><p class=\"meta\">").append(esc(r.organisation()))
                .append(". ").append(esc(periodText(r))).append(" Generated ")
                .append(esc(WHEN.format(r.generatedAt().atZone(zone)))).append(".</p>");
        if (r.sample()) {
            out.append("<p class=\"sample\"><strong>Sample data.</strong> ")
                    .append(esc(r.sampleNote() == null ? "This action plan is illustrative." : r.sampleNote())).append("</p>");
        }
        out.append("</header><main>");
        priorities(r);
        updates(r);
        overdue(r.overdue());
        out.append("</main></body></html>\n");
        return out.toString();
    }

    static String title(CommitteeReport r) {
        return "Committee report: " + r.strategyTitle() + (r.sample() ? " (sample data)" : "");
    }

    static String periodText(CommitteeReport r) {
        return "Covers " + DAY.format(r.from()) + " to " + DAY.format(r.to())
                + "; RAG change is the RAG at the end of the period against the RAG at its start. Percent complete and"
                + " overdue actions are as at the time the report was generated.";
    }

    private void priorities(CommitteeReport r) {
        out.append("<section><h2>Strategic priorities: RAG and change since the last report</h2><table><thead><tr>");
        header("Priority", "Lead", "RAG on " + SHORT_DAY.format(r.from()), "RAG on " + SHORT_DAY.format(r.to()), "Change",
                "Complete", "Overdue actions");
        out.append("</tr></thead><tbody>");
        for (CommitteeReport.PriorityRow p : r.priorities()) {
            out.append("<tr><th scope=\"row\">").append(esc(p.code() + " " + p.title())).append("</th>");
            cell(p.lead() == null ? "Not recorded" : p.lead());
            out.append("<td>");
            rag(p.start());
            out.append("</td><td>");
            rag(p.end());
            if (p.override() != null) {
                out.append(" <br/>").append(esc(p.override()));
            }
            out.append("</td>");
            cell(p.change());
            cell(p.percent() + "%");
            cell(String.valueOf(p.overdue()));
            out.append("</tr>");
        }
        out.append("</tbody></table></section>");
    }

    private void updates(CommitteeReport r) {
        out.append("<section><h2>Key updates in the period</h2>");
        if (r.updates().isEmpty()) {
            out.append("<p>No progress updates were posted in this period.</p></section>");
            return;
        }
        out.append("<table><thead><tr>");
        header("Date", "Item", "RAG", "Update", "By");
        out.append("</tr></thead><tbody>");
        for (CommitteeReport.KeyUpdate u : r.updates()) {
            out.append("<tr>");
            cell(SHORT_DAY.format(u.at().atZone(zone)));
            cell(u.target());
            out.append("<td>");
            if (u.changedRag()) {
                rag(u.before());
                out.append(" to ");
                rag(u.after());
            } else {
                out.append("No change");
            }
            out.append("</td>");
            cell((u.note() == null || u.note().isBlank() ? "Updated" : u.note())
                    + (u.percent() == null ? "" : " (" + u.percent() + "% complete)"));
            cell(u.author());
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        if (r.moreUpdates() > 0) {
            out.append("<p>").append(r.moreUpdates()).append(" further update").append(r.moreUpdates() == 1 ? "" : "s")
                    .append(" in the period are in the audit trail.</p>");
        }
        out.append("</section>");
    }

    private void overdue(List<ActionView> overdue) {
        out.append("<section><h2>Overdue actions</h2>");
        if (overdue.isEmpty()) {
            out.append("<p>No action is overdue.</p></section>");
            return;
        }
        out.append("<table><thead><tr>");
        header("Action", "Title", "Owner", "Due", "RAG", "Complete");
        out.append("</tr></thead><tbody>");
        for (ActionView a : overdue) {
            out.append("<tr>");
            cell(a.code());
            cell(a.title());
            cell(a.owner());
            cell(SHORT_DAY.format(a.due()));
            out.append("<td>");
            rag(a.rag());
            out.append("</td>");
            cell(a.percent() + "%");
            out.append("</tr>");
        }
        out.append("</tbody></table></section>");
    }

    private void header(String... names) {
        for (String name : names) {
            out.append("<th scope=\"col\">").append(esc(name)).append("</th>");
        }
    }

    private void cell(String text) {
        out.append("<td>").append(esc(text)).append("</td>");
    }

    private void rag(Rag rag) {
        String name = rag == null ? "none" : rag.name().toLowerCase(Locale.ROOT);
        out.append("<span class=\"rag rag-").append(name).append("\">").append(rag == null ? "No RAG" : rag.label())
                .append("</span>");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    // characters XML forbids would make the PDF fail to parse the page
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
