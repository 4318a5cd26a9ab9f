package org.strategybot.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strategybot.actions.ActionView;
import org.strategybot.search.Synonyms;
import org.strategybot.strategy.Strategy;

/**
 * Which priorities speak of a topic ("which priority is about care leavers?"): through their own words, their
 * actions' titles, and the search's synonyms.
 */
final class PriorityTopics {

    private final Synonyms synonyms;
    private final Strategy strategy;
    private final List<ActionView> actions;

    PriorityTopics(Synonyms synonyms, Strategy strategy, List<ActionView> actions) {
        this.synonyms = synonyms;
        this.strategy = strategy;
        this.actions = actions;
    }

    /** The priorities, by code, that speak of what was asked, each with the titles of its actions that do. */
    Map<String, List<String>> speakingOf(String asked) {
        List<Set<String>> readings = synonyms.readings(asked);
        Map<String, List<String>> found = speakingOfAny(readings);
        // a word most priorities share ("children in care") says nothing of which one is meant
        return found.isEmpty() ? speakingOfAny(withoutCommonTerms(readings)) : found;
    }

    /** The priorities, by code, whose title or topics or whose actions' titles hold a reading, with those actions. */
    private Map<String, List<String>> speakingOfAny(List<Set<String>> readings) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        if (readings.isEmpty()) {
            return found;
        }
        if (strategy.priorities() != null) {
            strategy.priorities().items().stream().filter(p -> synonyms.holds(ownWords(p), readings))
                    .forEach(p -> found.computeIfAbsent(p.code(), k -> new ArrayList<>()));
        }
        actions.stream().filter(a -> synonyms.holds(a.title(), readings))
                .forEach(a -> found.computeIfAbsent(a.priority(), k -> new ArrayList<>()).add(a.code() + " " + a.title()));
        return found;
    }

    /** The readings without the terms that more than half of the priorities' own words and actions hold. */
    private List<Set<String>> withoutCommonTerms(List<Set<String>> readings) {
        List<Strategy.Priority> priorities = strategy.priorities() == null ? List.of() : strategy.priorities().items();
        Map<String, String> texts = new LinkedHashMap<>();
        priorities.forEach(p -> texts.put(p.code(), ownWords(p)));
        actions.forEach(a -> texts.merge(a.priority(), a.title(), (x, y) -> x + ". " + y));
        List<Set<String>> narrower = new ArrayList<>();
        for (Set<String> reading : readings) {
            Set<String> kept = new LinkedHashSet<>(reading);
            kept.removeIf(term -> texts.values().stream().filter(t -> synonyms.holds(t, List.of(Set.of(term)))).count()
                    > priorities.size() / 2);
            if (!kept.isEmpty() && !kept.equals(reading)) {
                narrower.add(kept);
            }
        }
        return narrower;
    }

    private static String ownWords(Strategy.Priority p) {
        return p.title() + ". " + String.join(". ", p.topics());
    }
}
