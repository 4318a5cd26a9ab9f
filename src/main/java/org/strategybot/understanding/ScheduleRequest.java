package org.strategybot.understanding;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day and time of the week as people say them: "every Monday at 9", "on Fridays at 2:30pm",
 * "tuesday 14:00". Either may be missing.
 *
 * @param invalidTime a time that is no time of day ("25:00", "13pm"), as written, to be refused; null otherwise
 */
public record ScheduleRequest(DayOfWeek day, LocalTime time, String invalidTime) {

    private static final Pattern DAY = Pattern.compile("\\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\\b");
    private static final Pattern TIME = Pattern.compile("\\b(?:at\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|o'?clock)?\\b");

    /** Whether a day or a time (a valid one or not) was said at all. */
    boolean said() {
        return day != null || time != null || invalidTime != null;
    }

    static ScheduleRequest parse(String text) {
        String t = Words.withoutMarkup(text).toLowerCase(Locale.UK);
        DayOfWeek day = null;
        Matcher d = DAY.matcher(t);
        if (d.find()) {
            String w = d.group(1);
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (candidate.name().toLowerCase(Locale.UK).startsWith(w.substring(0, 3))) {
                    day = candidate;
                }
            }
        }
        LocalTime time = null;
        String invalid = null;
        Matcher m = TIME.matcher(t);
        while (m.find()) {
            boolean marked = m.group(0).startsWith("at") || m.group(2) != null || m.group(3) != null;
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (!marked) {
                continue;
            }
            boolean twelveHour = "am".equals(m.group(3)) || "pm".equals(m.group(3));
            if (hour > 23 || minute > 59 || twelveHour && (hour > 12 || hour == 0)) {
                // said as a time but no time of day: refused rather than quietly replaced by the default
                invalid = m.group(0).replaceFirst("^at\\s+", "").trim();
                continue;
            }
            if ("pm".equals(m.group(3)) && hour < 12) {
                hour += 12;
            } else if ("am".equals(m.group(3)) && hour == 12) {
                hour = 0;
            } else if (m.group(3) == null && m.group(2) == null && hour >= 1 && hour <= 6) {
                // "at 2" in an office means the afternoon
                hour += 12;
            }
            time = LocalTime.of(hour, minute);
            break;
        }
        return new ScheduleRequest(day, time, time == null ? invalid : null);
    }
}
