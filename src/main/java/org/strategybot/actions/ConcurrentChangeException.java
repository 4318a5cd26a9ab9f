package org.strategybot.actions;

/** Someone else changed the same item between reading and writing it; nothing was saved. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String code) {
        super("Someone else changed " + code + " at the same moment; nothing was saved. Please try again.");
    }
}
