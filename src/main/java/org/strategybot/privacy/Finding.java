package org.strategybot.privacy;

/**
 * Something in a text that looks like personal data, described without repeating it, so that the author
 * can rephrase.
 *
 * @param kind what was found
 * @param hint how it was recognised, in words that never quote the text
 */
public record Finding(Kind kind, String hint) {

    /** What a finding is, worded for the person who wrote the text. */
    public enum Kind {
        NAMED_CHILD("a named child or family member"),
        AGE("a child's age"),
        DATE_OF_BIRTH("a date of birth"),
        NHS_NUMBER("an NHS number"),
        REFERENCE("a case, pupil or learner reference"),
        HOME_ADDRESS("a home address"),
        PHONE("a phone number"),
        EMAIL("an email address"),
        SMALL_NUMBER("a count of fewer than the reporting threshold of children or families");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The kind and the hint, for a person: "a child's age (a number after 'aged')". */
    public String description() {
        return kind.description() + " (" + hint + ")";
    }

    @Override
    public String toString() {
        return description();
    }
}
