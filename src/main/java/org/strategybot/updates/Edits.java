package org.strategybot.updates;

/**
 * The values on the confirmation card when Confirm was pressed, as the card sent them: untrusted text,
 * checked again on the server.
 */
public record Edits(String rag, String percent, String due, String note) {
}
