package org.strategybot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each feature package is a module: no cycles, and no reaching into another module's internals. */
class ModularityTest {

    @Test
    void modulesHaveNoCyclesAndUseEachOthersPublicFacesOnly() {
        ApplicationModules.of(StrategyBotApplication.class).verify();
    }
}
