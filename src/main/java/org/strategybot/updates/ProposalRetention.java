package org.strategybot.updates;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strategybot.retention.Expiring;
import org.strategybot.retention.RetentionSettings;

/**
 * Unconfirmed update cards past {@code strategy-bot.updates.proposal-expiry} (otherwise they would wait for
 * someone's next proposal, which also removes them), and the records of confirmed cards past
 * {@code strategy-bot.retention.confirmed-proposals}: pressing Confirm on one that old says it has expired, and the
 * change, applied under the card's id, cannot be applied twice whatever the card says.
 */
@Component
class ProposalRetention implements Expiring {

    private final Proposals proposals;
    private final UpdateSettings settings;
    private final RetentionSettings retention;

    ProposalRetention(Proposals proposals, UpdateSettings settings, RetentionSettings retention) {
        this.proposals = proposals;
        this.settings = settings;
        this.retention = retention;
    }

    @Override
    public Map<String, Long> removeExpired(Instant now) {
        long unconfirmed = proposals.deleteExpired(now.minus(settings.proposalExpiry()));
        Instant savedBefore = RetentionSettings.keptSince(retention.confirmedProposals(), now, ZoneOffset.UTC);
        long confirmed = proposals.deleteSavedBefore(savedBefore);
        return Map.of("proposals", unconfirmed + confirmed);
    }
}
