package org.strategybot.updates;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.strategybot.privacy.Finding;
import org.strategybot.privacy.PersonalDataGuard;
import org.strategybot.updates.Outcome.Reason;

/**
 * What a progress note may hold: not too much, and nothing that looks like personal data about a child or family.
 * Asked of the note as posted and again of the note as confirmed, since the card lets the author edit it.
 */
@Component
class NoteCheck {

    private final PersonalDataGuard guard;
    private final UpdateSettings settings;

    NoteCheck(PersonalDataGuard guard, UpdateSettings settings) {
        this.guard = guard;
        this.settings = settings;
    }

    /** Why the note may not be kept, or empty when it may (no note at all may be). */
    Optional<Outcome> problem(String note) {
        if (note == null) {
            return Optional.empty();
        }
        if (note.length() > settings.maxNoteLength()) {
            return Optional.of(Outcome.of(Reason.NOTE_TOO_LONG, settings.maxNoteLength()));
        }
        List<Finding> findings = guard.check(note);
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        List<String> what = findings.stream().map(Finding::description).distinct().toList();
        return Optional.of(new Outcome(Reason.PERSONAL_DATA, List.of(String.join("; ", what)), null, null, what));
    }
}
