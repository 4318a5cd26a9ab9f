package org.strategybot.system;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

/**
 * Runs what must happen once per deployment (sending the digest, removing expired records) on one instance of
 * the bot at a time, by a lock in the store. ShedLock's MongoDB provider takes it with one findOneAndUpdate with
 * upsert on its {@code shedLock} collection, which MongoDB, Cosmos DB and the embedded server all have; a holder
 * that dies lets go when its lease runs out. Leases are timed by ShedLock's clock (the system's).
 */
@Component
public class OneInstance {

    private final LockingTaskExecutor executor;

    OneInstance(MongoDatabaseFactory store) {
        this.executor = new DefaultLockingTaskExecutor(new MongoLockProvider(store.getMongoDatabase()));
    }

    /**
     * Runs {@code task} if no other holder has the lock {@code name}, holding it for at most {@code atMost} (a
     * holder that dies) and at least {@code atLeast} from now: a run that must not come again soon after, on an
     * instance whose clock ticks a little later, keeps it after finishing. Reentrant within one thread.
     *
     * @return the task's result; empty when another holder has the lock, or had it within its {@code atLeast}
     */
    public <T> Optional<T> run(String name, Duration atMost, Duration atLeast, Supplier<T> task) {
        TaskResult<T> result;
        try {
            result = executor.executeWithLock(task::get, new LockConfiguration(ClockProvider.now(), name, atMost, atLeast));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable unreachable) {
            // a Supplier throws nothing checked
            throw new IllegalStateException(unreachable);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }
}
