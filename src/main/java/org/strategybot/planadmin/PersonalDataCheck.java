package org.strategybot.planadmin;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.strategybot.privacy.PersonalDataGuard;

/**
 * The one place this feature asks the personal-data guard about text a spreadsheet or an administrator gives
 * (titles, business areas, progress notes), so that the guard can be changed in one place.
 */
@Component
class PersonalDataCheck {

    private final PersonalDataGuard guard;

    PersonalDataCheck(PersonalDataGuard guard) {
        this.guard = guard;
    }

    /** What kinds of personal data the text seems to hold, described without repeating it; empty when none. */
    Optional<String> kinds(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> kinds = guard.check(text).stream().map(f -> f.kind().description()).distinct().toList();
        return kinds.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", kinds));
    }
}
