package org.strategybot.digest;

/**
 * A Teams conversation the bot can post into later, as far as the digest needs to know it.
 *
 * @param id        the conversation id (for a channel, the channel's id without a thread)
 * @param tenantId  its Azure AD tenant, which decides the strategy
 * @param kind      personal, groupChat or channel
 * @param title     a name to show (the channel's or team's), or null
 * @param reference how to reach it again: the Bot Framework conversation reference, as JSON, opaque here
 * @param teamId    the Teams team of a channel, which may decide the strategy before the tenant; else null
 */
public record Conversation(String id, String tenantId, String kind, String title, String reference, String teamId) {

    /** A conversation outside a team: a personal or group chat. */
    public Conversation(String id, String tenantId, String kind, String title, String reference) {
        this(id, tenantId, kind, title, reference, null);
    }
}
