package org.strategybot.bench;

import static org.strategybot.bench.Report.f;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.strategybot.actions.Action;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Change;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.Rag;
import org.strategybot.ask.Answers;
import org.strategybot.ask.Asker;
import org.strategybot.digest.Digests;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;

/** The shipped plan grown two ways, apart and together: years of updates, and many more actions. */
final class Scale {

    private Scale() {
    }

    /**
     * The two ways a store grows, apart and together: years of updates on the same plan, and a plan with many
     * more actions (each with three years of monthly updates, as before).
     */
    static void run(Report report, ConfigurableApplicationContext app) {
        MongoOperations mongo = app.getBean(MongoOperations.class);
        Strategy strategy = app.getBean(StrategyCatalog.class).defaultStrategy();
        List<Action> base = mongo.findAll(Action.class).stream().filter(a -> strategy.id().equals(a.strategyId())).toList();
        long baseUpdates = mongo.count(new Query(), ProgressUpdate.class);
        report.append("## Scale\n\nThe shipped plan (×1: ").append(base.size()).append(" actions, ").append(baseUpdates)
                .append(" updates in the store after the runs above), grown two ways, each inserted directly into the store "
                + "as the application's own writes would leave it. *Status after a change*: the status question asked right "
                + "after an update to SP4.1 was applied (what people see; the change recomputed the status before it "
                + "returned). *Update applied*: that update, store write and recomputation. *Computed afresh*: the status "
                + "question with the cache cleared first (what the first question about a plan after a start would cost "
                + "if the start had not computed it).\n\n"
                + "| Data | Actions | Updates | Status after a change ms | Status cached µs | Update applied ms "
                + "| Computed afresh ms | Digest composition ms |\n|---|---|---|---|---|---|---|---|\n");
        double first = measure(report, app, "×1", strategy);
        double worstHistory = 1;
        for (int factor : new int[] {10, 100}) {
            // years of updates: the same actions, the history ×factor (what a long-running plan accumulates)
            insertHistory(mongo, strategy, base, (int) (baseUpdates * factor - currentUpdates(mongo)));
            worstHistory = Math.max(worstHistory, measure(report, app, "×" + factor + " updates", strategy) / first);
        }
        mongo.remove(Query.query(Criteria.where("author").is("History generator")), ProgressUpdate.class);
        double worstBoth = 1;
        int generated = 0;
        for (int factor : new int[] {10, 100}) {
            generated += insertActions(mongo, strategy, base, generated, base.size() * factor - base.size() - generated);
            worstBoth = Math.max(worstBoth, measure(report, app, "×" + factor + " actions and updates", strategy) / first);
        }
        report.append('\n');
        report.verdict("Status latency within 2× from ×1 to ×100 years of updates (asked right after a change)",
                worstHistory <= 2, "worst " + f(worstHistory) + "× of ×1");
        report.verdict("Status latency within 2× from ×1 to ×100 actions and updates (asked right after a change)",
                worstBoth <= 2, "worst " + f(worstBoth) + "× of ×1");
    }

    private static long currentUpdates(MongoOperations mongo) {
        return mongo.count(new Query(), ProgressUpdate.class);
    }

    /** Older updates spread over the shipped actions: history before the trend window, which items do not keep. */
    private static void insertHistory(MongoOperations mongo, Strategy strategy, List<Action> base, int count) {
        List<ProgressUpdate> updates = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            Action a = base.get(i % base.size());
            Instant at = now.minus(Duration.ofDays(30 + (i / base.size()) % 1500)).minusSeconds(i % 86_400);
            updates.add(new ProgressUpdate(UUID.randomUUID().toString(), strategy.id(), a.code(), a.priority(),
                    "History generator", null, at, "Older note " + i, new ProgressUpdate.State(Rag.AMBER, 40, null),
                    new ProgressUpdate.State(Rag.GREEN, 45, null), false));
        }
        for (int i = 0; i < updates.size(); i += 1000) {
            mongo.insert(updates.subList(i, Math.min(updates.size(), i + 1000)), ProgressUpdate.class);
        }
    }

    /** New actions modelled on the shipped ones, each with three years of monthly updates. */
    private static int insertActions(MongoOperations mongo, Strategy strategy, List<Action> base, int already, int count) {
        GeneratedPlan plan = new GeneratedPlan(strategy);
        for (int n = 0; n < count; n++) {
            int k = already + n;
            Action model = base.get(k % base.size());
            plan.add(k, model.priority() + "." + (100 + k), model.priority(), "Generated action " + k, model.businessArea(),
                    model.owner());
        }
        return plan.insert(mongo);
    }

    /** One row of the scale table; returns the time of the status question asked right after a change, in ms. */
    private static double measure(Report report, ConfigurableApplicationContext app, String label, Strategy strategy) {
        MongoOperations mongo = app.getBean(MongoOperations.class);
        Answers answers = app.getBean(Answers.class);
        ActionPlan plan = app.getBean(ActionPlan.class);
        Digests digests = app.getBean(Digests.class);
        Cache cache = app.getBean(CacheManager.class).getCache("status");
        long actionCount = mongo.count(new Query(), Action.class);
        long updateCount = currentUpdates(mongo);
        Runnable ask = () -> answers.ask(EndToEnd.STATUS, Asker.anonymous(null));
        AtomicInteger changes = new AtomicInteger();
        Runnable change = () -> {
            int n = changes.incrementAndGet();
            plan.apply(strategy, new Change(UUID.randomUUID().toString(), "SP4.1",
                    new ProgressUpdate.State(n % 2 == 0 ? Rag.GREEN : Rag.AMBER, 50 + n % 40, null),
                    "Benchmark change " + n, "Bench Lead", "bench-lead"));
        };
        // first, before this row's changes add to the week's updates the digest lists
        double digest = InProcess.perCall(() -> digests.preview(strategy), null, 50, 50);
        // warmed well, so that the first row (run alone with -Dbench.only=scale) is not measured on a cold JIT
        double afterChange = InProcess.perCall(ask, change, 200, 100);
        double applied = InProcess.perCall(change, null, 50, 50);
        double cached = InProcess.perCall(ask, null, 2000, 5000);
        double afresh = InProcess.perCall(ask, cache::clear, 100, 50);
        report.append("| ").append(label).append(" | ").append(actionCount).append(" | ").append(updateCount).append(" | ")
                .append(f(afterChange)).append(" | ").append(f(cached * 1000)).append(" | ").append(f(applied))
                .append(" | ").append(f(afresh)).append(" | ").append(f(digest)).append(" |\n");
        System.out.printf("%s: %d actions %d updates: after a change %.2f ms, cached %.1f µs, update applied %.2f ms, "
                + "afresh %.2f ms, digest %.2f ms%n", label, actionCount, updateCount, afterChange, cached * 1000,
                applied, afresh, digest);
        return afterChange;
    }
}
