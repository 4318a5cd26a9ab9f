package org.strategybot.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Spots what looks like personal data about a child or family, before anything is saved, logged or
 * indexed. strategy-bot is for strategy and action-plan progress, never case work; this is a guard against
 * slips, not a guarantee (SECURITY.md says what it finds and what it cannot).
 *
 * <p>Text is normalised first ({@link Normaliser}), then read for identifiers, contacts and addresses,
 * ages and dates of birth, named children and family members and, in notes, small counts of children.
 * Every rule does bounded work per character, so a hostile megabyte costs what an ordinary one does.
 */
@Component
public class PersonalDataGuard {

    private final PrivacySettings settings;

    public PersonalDataGuard(PrivacySettings settings) {
        this.settings = settings;
    }

    /**
     * Everything in a note, a card edit or a spreadsheet cell that looks like personal data; empty when
     * nothing does. Small counts of children are refused here, so nothing stored can show them.
     */
    public List<Finding> check(String text) {
        return check(text, false);
    }

    /**
     * The same for a published document (an imported strategy, a committee report, minutes): its statistics
     * are already public, so small counts pass, and a name after Mr or Mrs ("Mr Booth explained") needs a
     * child's context like any other name, as minutes name officers that way.
     */
    public List<Finding> checkPublished(String text) {
        return check(text, true);
    }

    private List<Finding> check(String raw, boolean published) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String normalised = Normaliser.normalise(raw);
        Text text = Text.of(normalised);
        List<Finding> found = new ArrayList<>();
        Identifiers.find(normalised, published, found);
        Addresses.find(normalised, found);
        Ages.find(text, found);
        new People(Gazetteer.names()).find(text, published, found);
        if (!published) {
            SmallNumbers.find(text, settings.smallNumberThreshold(), found);
        }
        return List.copyOf(new LinkedHashSet<>(found));
    }

    /** The first-name lists, read once (a plain list of 20,000 names: milliseconds) by the first check. */
    private static final class Gazetteer {
        private static final Names NAMES = Names.load();

        static Names names() {
            return NAMES;
        }
    }
}
