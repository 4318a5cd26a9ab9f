package org.strategybot.actions;

/**
 * The code of an item in the plan: a priority ("SP4") or one of its actions ("SP4.2"). Which it is, and which
 * priority an action belongs to, is decided here and nowhere else.
 */
public record ItemCode(String value) {

    public enum Kind { PRIORITY, ACTION }

    public static ItemCode of(String value) {
        return new ItemCode(value);
    }

    public Kind kind() {
        return value.indexOf('.') >= 0 ? Kind.ACTION : Kind.PRIORITY;
    }

    public boolean isAction() {
        return kind() == Kind.ACTION;
    }

    /** The priority's code: itself for a priority, the part before the dot for an action. */
    public String priority() {
        return isAction() ? value.substring(0, value.indexOf('.')) : value;
    }
}
