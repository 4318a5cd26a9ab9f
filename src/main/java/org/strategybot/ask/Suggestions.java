package org.strategybot.ask;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.Intent;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Example questions, made from what a strategy actually holds so that every suggestion has an answer. */
final class Suggestions {

    private static final int AFTER_AN_ANSWER = 3;
    private static final int IN_A_FALLBACK = 4;

    /** Made once per strategy (a new revision is a new instance), rather than for every answer that suggests. */
    private final Cache<Strategy, Map<Intent, String>> examples = Caffeine.newBuilder().weakKeys().maximumSize(64).build();

    /** Every example this strategy can answer, keyed by the intent it exercises. */
    Map<Intent, String> examples(Strategy s) {
        return examples.get(s, Suggestions::make);
    }

    private static Map<Intent, String> make(Strategy s) {
        Map<Intent, String> examples = new LinkedHashMap<>();
        if (s.vision() != null) {
            examples.put(Intent.VISION, "What is our vision?");
        }
        if (s.mission() != null) {
            examples.put(Intent.MISSION, "What is our mission?");
        }
        if (s.strategy() != null) {
            examples.put(Intent.STRATEGY_STATEMENT, "What is our primary strategy?");
        }
        if (s.values() != null && !s.values().isEmpty()) {
            examples.put(Intent.VALUES, "What are our values?");
            String name = s.values().items().get(Math.min(1, s.values().items().size() - 1)).name().replaceAll("[.]$", "");
            examples.put(Intent.VALUE, "What does “" + name + "” mean?");
        }
        if (s.priorities() != null && !s.priorities().isEmpty()) {
            List<Strategy.Priority> priorities = s.priorities().items();
            examples.put(Intent.PRIORITIES, "List the strategic priorities");
            examples.put(Intent.STATUS, "What's " + priorities.get(priorities.size() - 2 >= 0 ? priorities.size() - 2 : 0).code() + "'s status?");
            examples.put(Intent.BY_RAG, "Which actions are red?");
            examples.put(Intent.CHANGES, "What changed this week?");
            examples.put(Intent.PRIORITY, "What is " + priorities.get(Math.min(2, priorities.size() - 1)).code() + "?");
            priorities.stream().filter(p -> !p.topics().isEmpty()).reduce((a, b) -> b)
                    .ifPresent(p -> examples.put(Intent.PRIORITY_FOR_TOPIC, "Which priority is about " + p.topics().get(0) + "?"));
        }
        if (s.businessAreas() != null && !s.businessAreas().isEmpty()) {
            examples.put(Intent.BUSINESS_AREA, "What is the mission of " + s.businessAreas().items().get(0).name() + "?");
        }
        if (s.principles() != null && !s.principles().isEmpty()) {
            examples.put(Intent.PRINCIPLES, "What principles shaped the strategy?");
        }
        if (s.practice() != null && !s.practice().isEmpty()) {
            examples.put(Intent.PRACTICE, "What are our ways of working?");
        }
        if (s.cohorts() != null && !s.cohorts().isEmpty()) {
            examples.put(Intent.COHORTS, "Which children does the strategy focus on?");
        }
        if (s.governance() != null && !s.governance().isEmpty()) {
            examples.put(Intent.GOVERNANCE, "Who oversees delivery of the strategy?");
        }
        if (s.successes() != null && !s.successes().isEmpty()) {
            examples.put(Intent.SUCCESSES, "What have we delivered so far?");
        }
        if (s.legislation() != null && !s.legislation().isEmpty()) {
            examples.put(Intent.LEGISLATION, "What legislation does the strategy rest on?");
        }
        if (s.period() != null) {
            examples.put(Intent.PERIOD, "What period does the strategy cover?");
        }
        return Collections.unmodifiableMap(examples);
    }

    /** A few good first questions. */
    List<String> forStrategy(Strategy strategy) {
        return examples(strategy).values().stream().limit(IN_A_FALLBACK).toList();
    }

    /** What to ask next: the examples that follow this intent's own, wrapping round. */
    List<String> after(Strategy s, Intent intent) {
        List<Map.Entry<Intent, String>> all = new ArrayList<>(examples(s).entrySet());
        int at = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getKey() == intent) {
                at = i + 1;
            }
        }
        List<String> next = new ArrayList<>();
        for (int i = 0; i < all.size() && next.size() < AFTER_AN_ANSWER; i++) {
            Map.Entry<Intent, String> e = all.get((at + i) % all.size());
            if (e.getKey() != intent) {
                next.add(e.getValue());
            }
        }
        return next;
    }
}
