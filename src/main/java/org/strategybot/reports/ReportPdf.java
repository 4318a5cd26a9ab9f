package org.strategybot.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The committee report as PDF, laid out from its HTML by OpenHTMLtoPDF. The DejaVu Sans fonts ship with the
 * application and are embedded (subset), so the PDF looks the same everywhere and its text can be extracted
 * and searched, which committee papers need for accessibility.
 */
public final class ReportPdf {

    private static final String FONT = "DejaVu Sans";

    private ReportPdf() {
    }

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64_000)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The committee report could not be written as PDF", e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = ReportPdf.class.getResourceAsStream("/reports/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from the application's resources");
        }
        return in;
    }
}
