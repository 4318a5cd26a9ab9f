package org.strategybot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The results as Markdown: each section's tables, then every target with its verdict. */
final class Report {

    private final StringBuilder md = new StringBuilder();
    private final Map<String, String> verdicts = new LinkedHashMap<>();

    Report append(Object text) {
        md.append(text);
        return this;
    }

    void verdict(String target, boolean met, String detail) {
        verdicts.put(target, (met ? "met" : "MISSED") + ": " + detail);
    }

    /** A table row of cells, each as {@link Object#toString()}. */
    void row(Object... cells) {
        md.append('|');
        for (Object cell : cells) {
            md.append(' ').append(cell).append(" |");
        }
        md.append('\n');
    }

    Path write() throws IOException {
        md.append("\n## Targets\n\n| Target | Result |\n|---|---|\n");
        verdicts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Path out = Path.of("target/bench/results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println("\n" + md);
        return out;
    }

    static String f(double v) {
        return Double.isNaN(v) ? "n/a" : v >= 100 ? String.format("%.0f", v) : String.format("%.2f", v);
    }

    static String pct(double ratio) {
        return String.format("%.0f%%", ratio * 100);
    }
}
