package org.strategybot.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.CacheManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.strategybot.strategy.OrganisationSettings;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * The plan's status: every priority's RAG, counts, trend and latest update, computed from two queries (actions,
 * priority records) whatever the length of the history, because each item carries its recent updates.
 *
 * <p>People asking never wait for that computation once a plan has been asked about: its cost follows the number
 * of actions (about 40 ms at 1,800 on the embedded store, README "Benchmark"), so it is paid by whoever changes
 * the plan, before the change returns, and by a background refresh, which keeps the date-dependent flags (overdue,
 * stale) and other instances' changes from being older than {@code strategy-bot.actions.status-refresh}.
 */
@Component
class StatusRollUp {

    static final String CACHE = "status";
    private static final Logger log = LoggerFactory.getLogger(StatusRollUp.class);

    private final Actions actions;
    private final PlanRecords records;
    /** Read only to rebuild the past for reports; the status itself does not read the history. */
    private final ProgressUpdates updates;
    private final StrategyCatalog catalog;
    private final ActionSettings settings;
    private final ZoneId zone;
    private final Clock clock;
    /** Caffeine's own cache behind Spring's "status": its loads pass the store's exceptions on unwrapped. */
    private final Cache<Object, Object> cache;
    /**
     * The same entries, for computing one in place: a computation holds its plan's entry, so one that read the
     * store before a change cannot overwrite the status computed after it, while readers keep getting the entry
     * that is there.
     */
    private final ConcurrentMap<Object, Object> entries;

    @SuppressWarnings("unchecked")
    StatusRollUp(Actions actions, PlanRecords records, ProgressUpdates updates, StrategyCatalog catalog,
            ActionSettings settings, OrganisationSettings organisation, Clock clock, CacheManager caches) {
        this.actions = actions;
        this.records = records;
        this.updates = updates;
        this.catalog = catalog;
        this.settings = settings;
        this.zone = organisation.zone();
        this.clock = clock;
        this.cache = (Cache<Object, Object>) Objects.requireNonNull(caches.getCache(CACHE),
                "no cache '" + CACHE + "' configured").getNativeCache();
        this.entries = cache.asMap();
    }

    /** The cached status, computed here only the first time the plan is asked about. */
    PlanStatus status(Strategy strategy) {
        return (PlanStatus) cache.get(strategy.id(), id -> compute(strategy));
    }

    /**
     * Recomputes the plan's status after a change, so that the next answer on this instance shows it. Should the
     * store fail meanwhile, the entry is dropped rather than left stale, and the next reader computes it.
     */
    void refresh(Strategy strategy) {
        try {
            entries.compute(strategy.id(), (id, old) -> compute(strategy));
        } catch (RuntimeException e) {
            entries.remove(strategy.id());
            log.warn("Status of {} not recomputed ({}); the next question computes it", strategy.id(), e.toString());
        }
    }

    /** Every cached plan recomputed in turn: today's overdue and stale flags, and changes made on other instances. */
    @Scheduled(initialDelayString = "${strategy-bot.actions.status-refresh}",
            fixedDelayString = "${strategy-bot.actions.status-refresh}")
    void refreshAll() {
        for (Object id : List.copyOf(entries.keySet())) {
            catalog.find((String) id).ifPresentOrElse(this::refresh, () -> entries.remove(id));
        }
    }

    /** The status as the store has it now, not cached. */
    PlanStatus compute(Strategy strategy) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant staleBefore = now.minus(settings.staleAfter());
        Instant windowStart = now.minus(settings.trendWindow());

        Map<String, List<Action>> byPriority = actions.forStrategy(strategy.id()).stream()
                .collect(Collectors.groupingBy(Action::priority));
        Map<String, PriorityRecord> priorityRecords = records.priorities(strategy.id()).stream()
                .collect(Collectors.toMap(PriorityRecord::code, Function.identity()));

        List<PriorityStatus> statuses = new ArrayList<>();
        boolean sample = false;
        for (Strategy.Priority p : strategy.priorities() == null ? List.<Strategy.Priority>of() : strategy.priorities().items()) {
            List<Action> own = byPriority.getOrDefault(p.code(), List.of());
            List<ActionView> views = own.stream().map(a -> ActionView.of(a, today, staleBefore)).toList();
            PriorityRecord record = priorityRecords.get(p.code());
            PriorityRecord.StoredOverride override = record == null ? null : record.override();
            List<List<ProgressUpdate>> kept = new ArrayList<>();
            own.forEach(a -> kept.add(a.recent()));
            kept.add(record == null ? List.of() : record.recent());
            List<ProgressUpdate> recent = kept.stream().flatMap(List::stream).filter(u -> !u.at().isBefore(windowStart))
                    .toList();
            ProgressUpdate latest = kept.stream().map(RecentUpdates::newest).filter(u -> u != null)
                    .max(Comparator.comparing(ProgressUpdate::at)).orElse(null);
            Rag calculated = RagRollUp.of(views, settings.redOverdueShare());
            Rag previous = previousRag(own, override, recent, windowStart);
            int percent = views.isEmpty() ? 0 : (int) Math.round(views.stream().mapToInt(ActionView::percent).average().orElse(0));
            boolean prioritySample = own.stream().anyMatch(Action::sample);
            sample |= prioritySample;
            statuses.add(new PriorityStatus(p.code(), p.title(), record == null ? null : record.lead(),
                    override != null && override.rag() != null ? override.rag() : calculated, calculated, override == null ? null : override.view(),
                    previous, override != null && override.percent() != null ? override.percent() : percent, percent,
                    PriorityStatus.Counts.of(views), views, UpdateView.of(latest), prioritySample));
        }
        PlanInfo info = records.plan(strategy.id()).orElse(null);
        return new PlanStatus(strategy.id(), sample || info != null && info.sample(), info == null ? null : info.note(),
                statuses, now);
    }

    /**
     * Each priority's RAG at each of the moments, rebuilt from the history as the trend is: three queries
     * however many moments, since every moment reads the same actions, records and updates.
     */
    public List<RagAt> ragAt(Strategy strategy, List<Instant> moments) {
        if (moments.isEmpty()) {
            return List.of();
        }
        Instant earliest = moments.stream().min(Comparator.naturalOrder()).orElseThrow();
        Map<String, List<Action>> byPriority = actions.forStrategy(strategy.id()).stream()
                .collect(Collectors.groupingBy(Action::priority));
        Map<String, PriorityRecord> priorityRecords = records.priorities(strategy.id()).stream()
                .collect(Collectors.toMap(PriorityRecord::code, Function.identity()));
        List<ProgressUpdate> history = updates.since(strategy.id(), earliest);
        List<RagAt> result = new ArrayList<>();
        for (Instant moment : moments) {
            List<ProgressUpdate> after = history.stream().filter(u -> !u.at().isBefore(moment)).toList();
            Map<String, Rag> rags = new LinkedHashMap<>();
            for (Strategy.Priority p : strategy.priorities() == null ? List.<Strategy.Priority>of() : strategy.priorities().items()) {
                PriorityRecord record = priorityRecords.get(p.code());
                Rag rag = previousRag(byPriority.getOrDefault(p.code(), List.of()), record == null ? null : record.override(),
                        after.stream().filter(u -> p.code().equals(u.priority())).toList(), moment);
                if (rag != null) {
                    rags.put(p.code(), rag);
                }
            }
            result.add(new RagAt(moment, rags));
        }
        return result;
    }

    /**
     * The RAG at the start of the window, reconstructed rather than stored: an action changed since then
     * was as its earliest later update's "before" says; one unchanged is as it is now. An override set
     * before the window was already in force.
     */
    private Rag previousRag(List<Action> own, PriorityRecord.StoredOverride override, List<ProgressUpdate> recent,
            Instant windowStart) {
        if (override != null && override.rag() != null && override.at().isBefore(windowStart)) {
            return override.rag();
        }
        Map<String, ProgressUpdate> earliestSince = new HashMap<>();
        recent.stream().sorted(Comparator.comparing(ProgressUpdate::at))
                .forEach(u -> earliestSince.putIfAbsent(u.target(), u));
        ProgressUpdate priorityLevel = recent.stream().filter(u -> !ItemCode.of(u.target()).isAction())
                .min(Comparator.comparing(ProgressUpdate::at)).orElse(null);
        if (priorityLevel != null && priorityLevel.before() != null && priorityLevel.before().rag() != null) {
            return priorityLevel.before().rag();
        }
        LocalDate then = LocalDate.ofInstant(windowStart, zone);
        Instant staleBefore = windowStart.minus(settings.staleAfter());
        List<ActionView> thenViews = new ArrayList<>();
        for (Action a : own) {
            if (a.createdAt() != null && a.createdAt().isAfter(windowStart)) {
                continue;
            }
            ProgressUpdate first = earliestSince.get(a.code());
            Action past = first == null || first.before() == null ? a : a.with(first.before(), first.at());
            thenViews.add(ActionView.of(past, then, staleBefore));
        }
        return RagRollUp.of(thenViews, settings.redOverdueShare());
    }
}
