package org.strategybot.digest;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.strategybot.system.DataFiles;

/** The non-working days: UK bank holidays (England and Wales) as shipped, plus any configured. */
final class Holidays {

    private Holidays() {
    }

    static Set<LocalDate> load(DigestSettings settings) {
        Set<LocalDate> days = new HashSet<>(settings.nonWorkingDays());
        DataFiles.lines("digest/uk-bank-holidays.txt").forEach(date -> days.add(LocalDate.parse(date)));
        return Set.copyOf(days);
    }
}
