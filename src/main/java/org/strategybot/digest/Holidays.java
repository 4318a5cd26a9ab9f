package org.strategybot.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/** The non-working days: UK bank holidays (England and Wales) as shipped, plus any configured. */
final class Holidays {

    private Holidays() {
    }

    static Set<LocalDate> load(DigestSettings settings) {
        Set<LocalDate> days = new HashSet<>(settings.nonWorkingDays());
        try (InputStream in = new ClassPathResource("digest/uk-bank-holidays.txt").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String date = line.replaceAll("#.*", "").trim();
                if (!date.isEmpty()) {
                    days.add(LocalDate.parse(date));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(days);
    }
}
