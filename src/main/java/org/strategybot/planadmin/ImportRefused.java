package org.strategybot.planadmin;

/** An import not applied because some rows were refused: the report says which and why; nothing was written. */
public class ImportRefused extends RuntimeException {

    private final transient ImportReport report;

    ImportRefused(ImportReport report) {
        super(report.changes().refused().size() + " row" + (report.changes().refused().size() == 1 ? " was" : "s were")
                + " refused, so nothing was imported. Correct them and import again, or apply with skipRefused=true to "
                + "import the rest without them.");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
