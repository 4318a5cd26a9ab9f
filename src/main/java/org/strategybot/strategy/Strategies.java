package org.strategybot.strategy;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/** The strategies in the store. */
@Repository
class Strategies {

    static final String CACHE = "strategies";
    /**
     * Successions apart from the strategies, keyed by the id itself: every question resolves its strategy through
     * them, and a key built by an expression cost more than the rest of the look-up (profiled).
     */
    static final String SUCCESSORS = "successors";

    private final MongoOperations mongo;
    private final Clock clock;

    Strategies(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Cacheable(cacheNames = CACHE)
    public Optional<Strategy> find(String id) {
        return Optional.ofNullable(mongo.findById(id, StoredStrategy.class)).map(StoredStrategy::strategy);
    }

    /** The strategy period that followed this one, if one did. */
    @Cacheable(cacheNames = SUCCESSORS)
    public Optional<String> successor(String id) {
        return Optional.ofNullable(mongo.findById(id, Succession.class)).map(Succession::nextId);
    }

    /**
     * Stores a new strategy period and makes it follow {@code previousId}, in that order: a crash between the two
     * leaves the new period stored and the old one still in force, and repeating the call finishes it.
     *
     * @throws IllegalArgumentException when a strategy with the new id exists that is not this period
     */
    @CacheEvict(cacheNames = {CACHE, SUCCESSORS}, allEntries = true)
    public void saveSuccessor(Strategy next, String previousId) {
        StoredStrategy stored = new StoredStrategy(next.id(), next.revision(), clock.instant(), next);
        try {
            mongo.insert(stored);
        } catch (DuplicateKeyException alreadyThere) {
            if (!successor(previousId).map(next.id()::equals).orElse(false)) {
                throw new IllegalArgumentException("There is already a strategy '" + next.id() + "'.");
            }
        }
        mongo.save(new Succession(previousId, next.id(), clock.instant()));
    }

    /**
     * Stores a changed strategy as the next revision, only if the store still holds the revision it was made from.
     *
     * @return false when someone else changed it meanwhile
     */
    @CacheEvict(cacheNames = CACHE, key = "#changed.id()")
    public boolean saveRevision(Strategy changed) {
        StoredStrategy stored = new StoredStrategy(changed.id(), changed.revision(), clock.instant(), changed);
        return mongo.findAndReplace(query(where("_id").is(changed.id()).and("revision").is(changed.revision() - 1)),
                stored) != null;
    }

    public List<String> ids() {
        return mongo.findAll(StoredStrategy.class).stream().map(StoredStrategy::id).sorted().toList();
    }

    /**
     * Stores the strategy unless the store already holds this revision or a newer one. Each step is a
     * single-document atomic write, so instances starting together neither duplicate nor downgrade it
     * (the embedded store has no transactions, so none are used).
     *
     * @return whether the store now holds this revision because of this call
     */
    @CacheEvict(cacheNames = CACHE, key = "#strategy.id()")
    public boolean saveIfNewer(Strategy strategy) {
        StoredStrategy stored = new StoredStrategy(strategy.id(), strategy.revision(), clock.instant(), strategy);
        try {
            mongo.insert(stored);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return mongo.findAndReplace(
                    query(where("_id").is(strategy.id()).and("revision").lt(strategy.revision())), stored) != null;
        }
    }
}
