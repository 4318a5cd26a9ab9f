package org.strategybot.digest.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.digest.DeliveryRecord;
import org.strategybot.digest.Digests;

/** Which conversations get the digest, and how every delivery went: failures are visible here and in the logs. */
@RestController
class DigestController {

    /** A subscription without its conversation reference, which is the bot's business. */
    record SubscriptionView(String conversationId, String title, String day, String time, String subscribedBy) {
    }

    /**
     * A delivery as the API gives it: the same fields as the stored record, but its own type, so that a field renamed
     * in the store does not rename it for API clients.
     *
     * @param claimedAt when an instance last took it to send, which shows a send stuck half way
     */
    record DeliveryView(String id, String kind, String target, Instant slot, DeliveryRecord.Status status, int attempts,
            String lastError, Instant claimedAt, Instant updatedAt) {

        static DeliveryView of(DeliveryRecord d) {
            return new DeliveryView(d.id(), d.kind(), d.target(), d.slot(), d.status(), d.attempts(), d.lastError(),
                    d.claimedAt(), d.updatedAt());
        }
    }

    private final Digests digests;

    DigestController(Digests digests) {
        this.digests = digests;
    }

    @GetMapping("/api/digest/subscriptions")
    List<SubscriptionView> subscriptions() {
        return digests.subscriptions().stream().map(s -> new SubscriptionView(s.conversationId(), s.title(),
                String.valueOf(s.day()), String.valueOf(s.time()), s.subscribedBy())).toList();
    }

    @GetMapping("/api/digest/deliveries")
    List<DeliveryView> deliveries(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "200") int limit) {
        DeliveryRecord.Status filter = null;
        if (status != null) {
            try {
                filter = DeliveryRecord.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'status' must be one of pending, sent, failed, gone.");
            }
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("'limit' must be from 1 to 1000.");
        }
        return digests.deliveries(filter, limit).stream().map(DeliveryView::of).toList();
    }
}
