package org.strategybot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.Map.entry;
import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Each feature package is a module: no cycles, no reaching into another module's internals, and each module
 * depends only on the modules declared for it below. The table is the architecture in one place: a new arrow
 * between modules is a design decision, made here on purpose, not one that creeps in through an import.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(StrategyBotApplication.class);

    /**
     * What each module may use. {@code bot} is the Teams edge and sits on top; {@code system},
     * {@code privacy} and {@code access} are at the bottom and use no other module.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("system", Set.of()),
            entry("privacy", Set.of()),
            entry("access", Set.of()),
            entry("retention", Set.of("system")),
            entry("strategy", Set.of("access", "system")),
            entry("understanding", Set.of("strategy", "actions")),
            entry("conversation", Set.of("understanding")),
            entry("finder", Set.of("actions", "strategy", "understanding")),
            entry("people", Set.of("access", "strategy", "system")),
            entry("actions", Set.of("access", "people", "retention", "strategy", "system")),
            entry("search", Set.of("people", "privacy", "retention", "strategy", "system")),
            entry("updates", Set.of("access", "actions", "people", "privacy", "retention", "strategy", "system")),
            entry("digest", Set.of("access", "actions", "people", "retention", "strategy", "system")),
            entry("planadmin", Set.of("access", "actions", "privacy", "strategy", "system")),
            entry("reports", Set.of("access", "actions", "strategy")),
            entry("ask", Set.of("access", "actions", "conversation", "digest", "finder", "reports", "search", "strategy",
                    "understanding", "updates")),
            entry("bot", Set.of("access", "actions", "ask", "digest", "finder", "reports", "strategy", "updates")));

    @Test
    void modulesHaveNoCyclesAndUseEachOthersPublicFacesOnly() {
        MODULES.verify();
    }

    @Test
    void everyModuleIsDeclared() {
        assertThat(MODULES.stream().map(ModularityTest::name).toList())
                .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void eachModuleUsesOnlyTheModulesDeclaredForIt() {
        for (ApplicationModule module : MODULES) {
            Set<String> used = module.getDirectDependencies(MODULES).uniqueModules()
                    .map(ModularityTest::name).collect(toCollection(TreeSet::new));
            assertThat(used).as("modules that %s uses", name(module))
                    .isSubsetOf(ALLOWED.getOrDefault(name(module), Set.of()));
        }
    }

    @Test
    void onlyTheBotPackageUsesTheBotFramework() {
        noClasses().that().resideOutsideOfPackage("org.strategybot.bot..")
                .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..")
                .because("features take and return plain records; bot/ turns them into activities and cards")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.strategybot"));
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
