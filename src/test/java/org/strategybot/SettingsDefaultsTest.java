package org.strategybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * A setting's default is written beside its record ({@code @DefaultValue}) and shown in application.yml, which the
 * README's settings table mirrors: the two must say the same, or a deployment would run on a value nobody documented.
 * application.yml alone may add two things a record's default cannot: the entries of a map (the caches' specs) and
 * the environment variables of another name that an empty setting is read from (Microsoft's MicrosoftAppId).
 */
class SettingsDefaultsTest {

    static Stream<Class<?>> settings() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.strategybot")) {
            found.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(found).as("the settings records").hasSizeGreaterThan(10);
        return found.stream().filter(Class::isRecord);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void theRecordsDefaultsAreTheOnesApplicationYmlShows(Class<?> type) throws Exception {
        String prefix = type.getAnnotation(ConfigurationProperties.class).value();
        MutablePropertySources yml = new MutablePropertySources();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"))) {
            yml.addLast(source);
        }
        Object fromYml = new Binder(ConfigurationPropertySources.from(yml), new PropertySourcesPlaceholdersResolver(yml))
                .bindOrCreate(prefix, type);
        Object fromRecord = new Binder(ConfigurationPropertySources.from(new MutablePropertySources()))
                .bindOrCreate(prefix, type);
        assertThat(components(fromYml, fromRecord)).isEqualTo(components(fromRecord, fromRecord));
    }

    /** The record's values by name, an empty text as none, leaving out the maps whose entries only application.yml has. */
    private static Map<String, Object> components(Object settings, Object defaults) throws Exception {
        Map<String, Object> values = new TreeMap<>();
        for (RecordComponent c : settings.getClass().getRecordComponents()) {
            // some records are package-private to their feature
            c.getAccessor().setAccessible(true);
            Object value = c.getAccessor().invoke(settings);
            Object byDefault = c.getAccessor().invoke(defaults);
            if (!(byDefault instanceof Map<?, ?> map && map.isEmpty())) {
                values.put(c.getName(), "".equals(value) ? Optional.empty() : Optional.ofNullable(value));
            }
        }
        return values;
    }
}
