package org.strategybot.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What a newer revision of a strategy changes, in words for the log: which blocks, and which priorities. */
final class StrategyChanges {

    private StrategyChanges() {
    }

    static List<String> between(Strategy old, Strategy changed) {
        List<String> changes = new ArrayList<>();
        Map<String, Function<Strategy, Object>> blocks = new LinkedHashMap<>();
        blocks.put("title", Strategy::title);
        blocks.put("organisation", Strategy::organisation);
        blocks.put("sources", Strategy::sources);
        blocks.put("period", Strategy::period);
        blocks.put("vision", Strategy::vision);
        blocks.put("mission", Strategy::mission);
        blocks.put("primary strategy", Strategy::strategy);
        blocks.put("values", Strategy::values);
        blocks.put("business areas", Strategy::businessAreas);
        blocks.put("principles", Strategy::principles);
        blocks.put("cohorts", Strategy::cohorts);
        blocks.put("governance", Strategy::governance);
        blocks.put("successes", Strategy::successes);
        blocks.put("legislation", Strategy::legislation);
        blocks.put("practice", Strategy::practice);
        blocks.forEach((name, block) -> {
            if (!Objects.equals(block.apply(old), block.apply(changed))) {
                changes.add(name + " changed");
            }
        });
        Map<String, Strategy.Priority> before = priorities(old);
        Map<String, Strategy.Priority> after = priorities(changed);
        after.forEach((code, p) -> {
            Strategy.Priority was = before.get(code);
            if (was == null) {
                changes.add("priority " + code + " added");
            } else if (!was.equals(p)) {
                changes.add("priority " + code + (was.title().equals(p.title()) ? " topics" : " title") + " changed");
            }
        });
        before.keySet().stream().filter(code -> !after.containsKey(code)).forEach(code -> changes.add("priority " + code + " removed"));
        return changes;
    }

    private static Map<String, Strategy.Priority> priorities(Strategy s) {
        Map<String, Strategy.Priority> byCode = new LinkedHashMap<>();
        if (s.priorities() != null) {
            s.priorities().items().forEach(p -> byCode.put(p.code(), p));
        }
        return byCode;
    }
}
