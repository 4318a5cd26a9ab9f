package org.strategybot.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.strategybot.strategy.Strategy;

/**
 * Computes the plan's status from the store: three queries (actions, priority records, recent updates)
 * for the whole plan, cached until anything in the plan changes or the cache entry's time runs out
 * (the overdue and stale flags depend on the date, so entries do not live for ever).
 */
@Component
class StatusRollUp {

    static final String CACHE = "status";

    private final Actions actions;
    private final ProgressUpdates updates;
    private final PlanRecords records;
    private final ActionSettings settings;
    private final Clock clock;

    StatusRollUp(Actions actions, ProgressUpdates updates, PlanRecords records, ActionSettings settings, Clock clock) {
        this.actions = actions;
        this.updates = updates;
        this.records = records;
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
        List<ProgressUpdate> recent = updates.since(strategy.id(), windowStart);
        List<String> codes = strategy.priorities() == null ? List.of()
                : strategy.priorities().items().stream().map(Strategy.Priority::code).toList();
        Map<String, ProgressUpdate> latest = updates.latestPerPriority(strategy.id(), codes).stream()
                .collect(Collectors.toMap(ProgressUpdate::priority, Function.identity()));

        List<PriorityStatus> statuses = new ArrayList<>();
        boolean sample = false;
        for (Strategy.Priority p : strategy.priorities() == null ? List.<Strategy.Priority>of() : strategy.priorities().items()) {
            List<Action> own = byPriority.getOrDefault(p.code(), List.of());
            List<ActionView> views = own.stream().map(a -> ActionView.of(a, today, staleBefore)).toList();
            PriorityRecord record = priorityRecords.get(p.code());
            PriorityRecord.Override override = record == null ? null : record.override();
            Rag calculated = RagRollUp.of(views, settings.redOverdueShare());
            Rag previous = previousRag(own, override, recent, p.code(), windowStart);
            int percent = views.isEmpty() ? 0 : (int) Math.round(views.stream().mapToInt(ActionView::percent).average().orElse(0));
            boolean prioritySample = own.stream().anyMatch(Action::sample);
            sample |= prioritySample;
            statuses.add(new PriorityStatus(p.code(), p.title(), record == null ? null : record.lead(),
                    override != null && override.rag() != null ? override.rag() : calculated, calculated, override,
                    previous, override != null && override.percent() != null ? override.percent() : percent, percent,
                    PriorityStatus.Counts.of(views), views, latest.get(p.code()), prioritySample));
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
            Map<String, Rag> rags = new java.util.LinkedHashMap<>();
            for (Strategy.Priority p : strategy.priorities() == null ? List.<Strategy.Priority>of() : strategy.priorities().items()) {
                PriorityRecord record = priorityRecords.get(p.code());
                Rag rag = previousRag(byPriority.getOrDefault(p.code(), List.of()), record == null ? null : record.override(),
                        after, p.code(), moment);
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
            String priority, Instant windowStart) {
        if (override != null && override.rag() != null && override.at().isBefore(windowStart)) {
            return override.rag();
        }
        Map<String, ProgressUpdate> earliestSince = new HashMap<>();
        recent.stream().filter(u -> priority.equals(u.priority()))
                .sorted(Comparator.comparing(ProgressUpdate::at))
                .forEach(u -> earliestSince.putIfAbsent(u.target(), u));
        ProgressUpdate priorityLevel = earliestSince.get(priority);
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
