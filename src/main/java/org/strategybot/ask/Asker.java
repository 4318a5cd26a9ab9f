package org.strategybot.ask;

import java.util.List;
import java.util.function.Supplier;

import org.strategybot.access.Person;
import org.strategybot.digest.Conversation;

/**
 * Who is asking, as far as answers need to know: the tenant decides the strategy, the person decides
 * what "my actions" means and what they may change.
 *
 * @param tenantId   Azure AD tenant of the conversation; null for the default strategy
 * @param person     who wrote the message
 * @param messageKey identifies the message across redeliveries, so a repeated message acts once
 * @param mentioned  the people the message @mentions, other than the bot; looked up (over the Bot Connector) only
 *                   when an answer calls for them
 * @param conversation where the message was posted, for subscribing it to the digest; null outside Teams
 * @param thread     the conversation as Teams names it, a channel's thread included: follow-ups lean on what it was
 *                   last about; null for none (REST, the benchmark's in-process calls)
 */
public record Asker(String tenantId, Person person, String messageKey, Supplier<List<Person>> mentioned,
        Conversation conversation, String thread) {

    public Asker {
        mentioned = mentioned == null ? List::of : mentioned;
    }

    public static Asker anonymous(String tenantId) {
        return new Asker(tenantId, new Person(null, null), null, List::of, null, null);
    }
}
