package org.strategybot.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.strategybot.strategy.Strategy;

/**
 * Computes the plan's status from the store: two queries (actions, priority records) for the whole plan,
 * whatever the length of its history, because each item carries its recent updates. Cached until anything in
 * the plan changes or the cache entry's time runs out (the overdue and stale flags depend on the date, so
 * entries do not live for ever).
 */
@Component
class StatusRollUp {

    static final String CACHE = "status";

    private final Actions actions;
    private final PlanRecords records;
    /** Read only to rebuild the past for reports; the status itself does not read the history. */
    private final ProgressUpdates updates;
    private final ActionSettings settings;
    private final Clock clock;

    StatusRollUp(Actions actions, PlanRecords records, ProgressUpdates updates, ActionSettings settings, Clock clock) {
        this.actions = actions;
        this.records = records;
        this.updates = updates;
        this.settings = settings;
        this.clock = clock;
    }

    @Cacheable(cacheNames = CACHE, key = "#strategy.id()")
    public PlanStatus compute(Strategy strategy) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
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
            PriorityRecord.Override override = record == null ? null : record.override();
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
                    override != null && override.rag() != null ? override.rag() : calculated, calculated, override,
                    previous, override != null && override.percent() != null ? override.percent() : percent, percent,
                    PriorityStatus.Counts.of(views), views, latest, prioritySample));
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

    @CacheEvict(cacheNames = CACHE, key = "#strategyId")
    public void evict(String strategyId) {
        // the annotation does the work: everything that changes the plan calls this
    }

    /**
     * The RAG at the start of the window, reconstructed rather than stored: an action changed since then
     * was as its earliest later update's "before" says; one unchanged is as it is now. An override set
     * before the window was already in force.
     */
    private Rag previousRag(List<Action> own, PriorityRecord.Override override, List<ProgressUpdate> recent,
            Instant windowStart) {
        if (override != null && override.rag() != null && override.at().isBefore(windowStart)) {
            return override.rag();
        }
        Map<String, ProgressUpdate> earliestSince = new HashMap<>();
        recent.stream().sorted(Comparator.comparing(ProgressUpdate::at))
                .forEach(u -> earliestSince.putIfAbsent(u.target(), u));
        ProgressUpdate priorityLevel = recent.stream().filter(u -> !u.target().contains("."))
                .min(Comparator.comparing(ProgressUpdate::at)).orElse(null);
        if (priorityLevel != null && priorityLevel.before() != null && priorityLevel.before().rag() != null) {
            return priorityLevel.before().rag();
        }
        LocalDate then = LocalDate.ofInstant(windowStart, settings.zone());
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
