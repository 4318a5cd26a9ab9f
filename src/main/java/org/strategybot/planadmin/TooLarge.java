package org.strategybot.planadmin;

/** A file over one of {@link PlanImportSettings}' bounds: refused whole, before anything is read from it. */
public class TooLarge extends RuntimeException {

    public TooLarge(String message) {
        super(message);
    }
}
