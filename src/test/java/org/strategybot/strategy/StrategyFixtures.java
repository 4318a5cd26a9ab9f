package org.strategybot.strategy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The strategies shipped in the application, read straight from their files, for tests of other features. */
public final class StrategyFixtures {

    private static final Map<String, Strategy> SHIPPED = new StrategyFiles().readAll(null).stream()
            .collect(Collectors.toMap(Strategy::id, Function.identity()));

    private StrategyFixtures() {
    }

    public static Strategy shipped(String id) {
        Strategy strategy = SHIPPED.get(id);
        if (strategy == null) {
            throw new IllegalArgumentException("No shipped strategy " + id + "; there are " + SHIPPED.keySet());
        }
        return strategy;
    }

    public static Strategy wokingham() {
        return shipped("wokingham-2021-24");
    }
}
