package org.strategybot.updates;

/**
 * The values on the confirmation card when Confirm was pressed, as the card sent them: untrusted text,
 * checked again on the server.
 *
 * @param sensitive the author marked the note for 1:1 readers only (it is left out of channels, group chats,
 *                  the digest, the dashboard and the committee report)
 */
public record Edits(String rag, String percent, String due, String note, boolean sensitive) {
}
