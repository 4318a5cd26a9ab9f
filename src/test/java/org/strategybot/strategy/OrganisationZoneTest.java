package org.strategybot.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The organisation has one time zone, {@code strategy-bot.zone}. The two it had before (the actions' and the
 * digest's) still set it when a deployment's environment gives them and not the new one.
 */
class OrganisationZoneTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            nothing set                        | -                | -             | -               | Europe/London
            the one zone                       | America/New_York | -             | -               | America/New_York
            the actions' zone, deprecated      | -                | Asia/Tokyo    | -               | Asia/Tokyo
            the digest's zone, deprecated      | -                | -             | Europe/Dublin   | Europe/Dublin
            both old ones: the actions' first  | -                | Asia/Tokyo    | Europe/Dublin   | Asia/Tokyo
            the one zone over the old ones     | America/New_York | Asia/Tokyo    | Europe/Dublin   | America/New_York
            """)
    void theOrganisationsZoneIsReadFromItsSettingOrTheOldOnes(String what, String zone, String actionsZone,
            String digestZone, String expected) throws Exception {
        Map<String, Object> environment = new LinkedHashMap<>();
        put(environment, "STRATEGY_BOT_ZONE", zone);
        put(environment, "STRATEGY_BOT_ACTIONS_ZONE", actionsZone);
        put(environment, "STRATEGY_BOT_DIGEST_ZONE", digestZone);
        assertThat(bind(environment).zone()).as(what).isEqualTo(ZoneId.of(expected));
    }

    private static void put(Map<String, Object> environment, String name, String value) {
        if (value != null) {
            environment.put(name, value);
        }
    }

    /** The settings as the application binds them: the environment over application.yml, its placeholders resolved. */
    private static OrganisationSettings bind(Map<String, Object> environment) throws Exception {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                environment));
        for (PropertySource<?> yml : new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"))) {
            sources.addLast(yml);
        }
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
                .bindOrCreate("strategy-bot", OrganisationSettings.class);
    }
}
