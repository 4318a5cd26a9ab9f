package org.strategybot.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoOperations;
import org.strategybot.actions.Action;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.strategy.Strategy;

/**
 * Actions with three years of regular updates (monthly unless said otherwise), written straight into the store as the
 * application's own writes would leave them (each action carrying its updates of the last week, else its newest), in
 * batches.
 */
final class GeneratedPlan {

    static final int UPDATES_PER_ACTION = 36;

    private final Strategy strategy;
    private final int updatesPerAction;
    private final Instant now = Instant.now();
    private final Instant created = now.minus(Duration.ofDays(3 * 365));
    private final List<Action> actions = new ArrayList<>();
    private final List<ProgressUpdate> updates = new ArrayList<>();

    GeneratedPlan(Strategy strategy) {
        this(strategy, UPDATES_PER_ACTION);
    }

    /** Each action with {@code updatesPerAction} updates spread evenly over three years. */
    GeneratedPlan(Strategy strategy, int updatesPerAction) {
        this.strategy = strategy;
        this.updatesPerAction = updatesPerAction;
    }

    /** One more action; {@code k} varies its dates, RAG and percentage. */
    GeneratedPlan add(int k, String code, String priority, String title, String businessArea, String owner) {
        List<ProgressUpdate> own = new ArrayList<>();
        long every = 3 * 365 / updatesPerAction;
        for (int u = 0; u < updatesPerAction; u++) {
            own.add(new ProgressUpdate(UUID.randomUUID().toString(), strategy.id(), code, priority, "Generator", null,
                    created.plus(Duration.ofDays(every * u + k % (every - 1))), "Progress note " + u, new ProgressUpdate.State(Rag.AMBER, u, null),
                    new ProgressUpdate.State(Rag.GREEN, u + 1, null), false));
        }
        updates.addAll(own);
        Instant week = now.minus(Duration.ofDays(7));
        List<ProgressUpdate> recent = new ArrayList<>(own.stream().filter(u -> u.at().isAfter(week)).toList());
        if (recent.isEmpty()) {
            recent.add(own.get(own.size() - 1));
        }
        actions.add(new Action(strategy.id() + ":" + code, strategy.id(), code, priority, title, businessArea, owner, null,
                LocalDate.now(ZoneOffset.UTC).plusDays(30 + k % 300), Rag.values()[k % 3], k % 101, created,
                now.minus(Duration.ofDays(k % 20)), 0, false, null, recent));
        return this;
    }

    /** Writes what was added; returns how many actions. */
    int insert(MongoOperations mongo) {
        for (int i = 0; i < actions.size(); i += 500) {
            mongo.insert(actions.subList(i, Math.min(actions.size(), i + 500)), Action.class);
        }
        for (int i = 0; i < updates.size(); i += 1000) {
            mongo.insert(updates.subList(i, Math.min(updates.size(), i + 1000)), ProgressUpdate.class);
        }
        return actions.size();
    }
}
