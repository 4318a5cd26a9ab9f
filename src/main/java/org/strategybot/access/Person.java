package org.strategybot.access;

/**
 * Someone using the bot, as Teams names them. The object id is what permissions rest on: display names
 * are not unique and can be changed.
 */
public record Person(String aadObjectId, String name) {

    public boolean known() {
        return aadObjectId != null && !aadObjectId.isBlank();
    }
}
