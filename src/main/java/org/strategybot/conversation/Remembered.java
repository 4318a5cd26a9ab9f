package org.strategybot.conversation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one conversation was last about, as stored: the kind of question and item references ("PRIORITY:SP4",
 * "VALUE:We aim high."), nothing anyone wrote. Expired by the bot itself (the embedded store has no TTL indexes).
 *
 * @param id         a hash of the conversation's id (with the thread in a channel), so the store holds no ids of chats
 * @param strategyId the strategy the items belong to: a conversation mapped to another strategy starts afresh
 * @param at         when it was written, so that of two instances answering at once the later one wins
 */
@Document("conversations")
record Remembered(@Id String id, String strategyId, String intent, List<String> about, List<String> shown, Instant at,
        Instant expiresAt) {
}
