package org.strategybot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The shipped first-name list ({@code privacy/first-names.txt}) is exactly what Datafaker's locale files hold: the
 * list is derived here, at build time, so a start reads one small file instead of parsing 36 YAML files (about a
 * second of CPU). After a Datafaker upgrade this fails and writes the new list to {@code target/first-names.txt}.
 */
class FirstNamesListTest {

    /** Datafaker's files that hold first names in Latin script; a missing one means Datafaker changed its layout. */
    private static final List<String> SOURCES = List.of("en/name.yml", "en-AU.yml", "en-IE.yml", "en-IN.yml", "en-NG.yml",
            "en-NZ.yml", "en-PAK.yml", "en-ZA.yml", "en-SG.yml", "en-MS.yml", "en-NEP.yml", "en-PH.yml", "ca.yml", "cs-CZ.yml",
            "da-DK.yml", "de.yml", "es.yml", "es-AR.yml", "et.yml", "fi-FI.yml", "fr.yml", "hr.yml", "hu.yml", "id.yml", "it.yml",
            "lv.yml", "nb-NO.yml", "nl.yml", "pl.yml", "pt.yml", "pt-BR.yml", "ro-MD.yml", "sk.yml", "sq.yml", "sv.yml", "tr.yml");

    @Test
    void theShippedListIsWhatDatafakersLocaleFilesHold() throws IOException {
        Set<String> derived = new TreeSet<>();
        for (String source : SOURCES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(source)) {
                assertThat(in).as("Datafaker's name list %s", source).isNotNull();
                collect(new Yaml(new LoaderOptions()).load(in), derived);
            }
        }
        List<String> shipped = Names.lines(Names.FIRST_NAMES);
        if (!shipped.equals(new ArrayList<>(derived))) {
            Path fresh = Path.of("target", "first-names.txt");
            List<String> file = new ArrayList<>(Files.readAllLines(Path.of("src/main/resources", Names.FIRST_NAMES),
                    StandardCharsets.UTF_8).stream().takeWhile(l -> l.startsWith("#")).toList());
            file.addAll(derived);
            Files.write(fresh, file, StandardCharsets.UTF_8);
            assertThat(shipped).as("the shipped list is stale: copy %s to src/main/resources/%s", fresh, Names.FIRST_NAMES)
                    .containsExactlyElementsOf(derived);
        }
    }

    /** {@code <locale>: faker: name: *first_name*: [names]}; entries like "#{male_first_name}" are references. */
    private static void collect(Object yaml, Set<String> names) {
        if (!(yaml instanceof Map<?, ?> root)) {
            return;
        }
        for (Object locale : root.values()) {
            Object faker = locale instanceof Map<?, ?> m ? m.get("faker") : null;
            Object name = faker instanceof Map<?, ?> m ? m.get("name") : null;
            if (!(name instanceof Map<?, ?> lists)) {
                continue;
            }
            lists.forEach((key, value) -> {
                if (String.valueOf(key).contains("first_name") && value instanceof List<?> list) {
                    for (Object entry : list) {
                        if (entry instanceof String s && !s.contains("#{") && s.codePoints().allMatch(FirstNamesListTest::latin)) {
                            names.add(Names.fold(s));
                        }
                    }
                }
            });
        }
    }

    private static boolean latin(int cp) {
        return cp == ' ' || cp == '-' || cp == '\'' || (Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }
}
