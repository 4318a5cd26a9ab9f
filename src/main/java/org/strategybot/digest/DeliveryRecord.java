package org.strategybot.digest;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One digest (or reminder) to one conversation (or person) for one week: recorded before sending and
 * after, so that a run that stops half way resumes without sending anything twice or skipping anyone.
 *
 * @param id     what is sent to whom for which slot: "digest:{conversation}@{slot}" or "remind:{person}@{slot}"
 * @param status PENDING while being sent, then SENT, FAILED (attempts used up) or GONE (removed from the conversation)
 */
@Document("deliveries")
public record DeliveryRecord(@Id String id, String kind, String target, Instant slot, Status status, int attempts,
        String lastError, Instant claimedAt, Instant updatedAt) {

    public enum Status {
        PENDING, SENT, FAILED, GONE
    }
}
