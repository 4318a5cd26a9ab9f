package org.strategybot.updates;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.strategybot.people.Held;
import org.strategybot.people.Identity;
import org.strategybot.people.PersonalData;
import org.strategybot.people.Pseudonym;
import org.strategybot.people.Scope;
import org.strategybot.retention.RetentionSettings;

/**
 * Update cards waiting for Confirm, and the record of confirmed ones: their author, and notes that name someone.
 * Erasure deletes the person's unconfirmed cards (only they could confirm them) and puts the pseudonym in the
 * confirmed ones and in others' notes.
 */
@Component
class ProposalPersonalData implements PersonalData {

    private final MongoOperations mongo;
    private final UpdateSettings settings;
    private final RetentionSettings retention;

    ProposalPersonalData(MongoOperations mongo, UpdateSettings settings, RetentionSettings retention) {
        this.mongo = mongo;
        this.settings = settings;
        this.retention = retention;
    }

    @Override
    public Identity linked(Identity person, Scope scope) {
        return person.keys().isEmpty() ? Identity.none() : Identity.named(mongo.find(query(new Criteria().andOperator(
                scope.strategies("strategyId"), where("authorId").in(person.keys()))), Proposal.class)
                .stream().map(Proposal::author).toList());
    }

    @Override
    public List<Held> find(Identity person, Scope scope) {
        List<Held> held = new ArrayList<>();
        for (Proposal p : proposals(person, scope)) {
            boolean saved = p.status() == Proposal.Status.SAVED;
            Map<String, String> details = new LinkedHashMap<>();
            details.put("target", p.target());
            details.put("author", p.author());
            details.put("authorId", String.valueOf(p.authorId()));
            details.put("status", p.status().name());
            details.put("note", String.valueOf(p.note()));
            held.add(new Held("proposals", p.id(), (person.hasId(p.authorId()) ? "update card they posted" : "update card whose note names them")
                    + (saved ? ", confirmed (its note is in the history)" : ", waiting for Confirm"), p.strategyId(), p.at(),
                    saved ? RetentionSettings.words(retention.confirmedProposals()) + " after it was posted "
                            + "(strategy-bot.retention.confirmed-proposals)"
                            : "until confirmed or cancelled, at most " + settings.proposalExpiry().toHours()
                                    + " hours (strategy-bot.updates.proposal-expiry)",
                    details));
        }
        return held;
    }

    @Override
    public Map<String, Integer> anonymise(Identity person, Pseudonym pseudonym, Scope scope, Instant at) {
        Map<String, Integer> changed = new TreeMap<>();
        for (Proposal p : proposals(person, scope)) {
            boolean theirs = person.hasId(p.authorId());
            if (theirs && p.status() != Proposal.Status.SAVED) {
                mongo.remove(query(where("_id").is(p.id())), Proposal.class);
            } else {
                Update update = new Update().set("note", person.scrub(p.note(), pseudonym));
                if (theirs) {
                    update.set("author", pseudonym.name()).set("authorId", pseudonym.id());
                }
                mongo.updateFirst(query(where("_id").is(p.id())), update, Proposal.class);
            }
            changed.merge("proposals", 1, Integer::sum);
        }
        return changed;
    }

    private List<Proposal> proposals(Identity person, Scope scope) {
        List<Criteria> any = person.storeMatches("authorId", "note");
        if (any.isEmpty()) {
            return List.of();
        }
        return mongo.find(query(new Criteria().andOperator(scope.strategies("strategyId"), new Criteria().orOperator(any)))
                .with(Sort.by("at")), Proposal.class).stream()
                .filter(p -> person.hasId(p.authorId()) || person.mentionedIn(p.note())).toList();
    }
}
