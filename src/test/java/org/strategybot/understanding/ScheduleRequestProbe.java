package org.strategybot.understanding;

/** Lets tests of other features read a schedule the way the recognizer does. */
public final class ScheduleRequestProbe {

    private ScheduleRequestProbe() {
    }

    public static ScheduleRequest parse(String text) {
        return ScheduleRequest.parse(text);
    }
}
