package org.strategybot.people;

/**
 * What an erased person becomes wherever they were named: numbered in the order of erasures, so that the
 * history still shows that one person made these updates, without saying who.
 */
public record Pseudonym(int number) {

    public Pseudonym {
        if (number < 1) {
            throw new IllegalArgumentException("A pseudonym is numbered from 1.");
        }
    }

    /** As people read it, in place of a name. */
    public String name() {
        return "former staff member " + number;
    }

    /** In place of an Azure AD object id: never a real one, so it can neither sign in nor be sent a message. */
    public String id() {
        return "former-staff-member-" + number;
    }
}
