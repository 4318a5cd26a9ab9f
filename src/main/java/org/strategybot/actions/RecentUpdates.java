package org.strategybot.actions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The updates an item keeps on its own document: those inside the trend window when it was last written, and
 * always its newest. The status reads its "latest update" and its trend from these, so working out the status
 * costs the same after years of history as after a week; the history collection is read only when someone asks
 * for history. (The embedded store ignores indexes, and with MongoDB proper it saves a query per priority.)
 */
final class RecentUpdates {

    /** More updates than this to one item inside one trend window keep only the newest. */
    static final int LIMIT = 100;

    private RecentUpdates() {
    }

    /** What an item keeps after {@code added}: its updates since {@code windowStart}, oldest first, and the newest. */
    static List<ProgressUpdate> after(List<ProgressUpdate> kept, ProgressUpdate added, Instant windowStart) {
        List<ProgressUpdate> next = new ArrayList<>();
        for (ProgressUpdate u : kept == null ? List.<ProgressUpdate>of() : kept) {
            if (!u.at().isBefore(windowStart) && !u.id().equals(added.id())) {
                next.add(u);
            }
        }
        next.add(added);
        next.sort(Comparator.comparing(ProgressUpdate::at));
        return next.size() > LIMIT ? List.copyOf(next.subList(next.size() - LIMIT, next.size())) : List.copyOf(next);
    }

    /** The newest of an item's kept updates, or null. */
    static ProgressUpdate newest(List<ProgressUpdate> kept) {
        return kept == null || kept.isEmpty() ? null : kept.get(kept.size() - 1);
    }
}
