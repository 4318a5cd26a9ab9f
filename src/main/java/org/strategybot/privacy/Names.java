package org.strategybot.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A first-name gazetteer: the first names Datafaker keeps for its locales in Latin script (English-speaking
 * countries from the UK to Nigeria and Pakistan, and the European languages most spoken in English schools),
 * read from its YAML files as data. Names are compared without case and accents ("Wiśniewski", "Zoë").
 */
final class Names {

    /** Datafaker's files that hold first names in Latin script; a missing one means Datafaker changed its layout. */
    private static final List<String> SOURCES = List.of("en/name.yml", "en-AU.yml", "en-IE.yml", "en-IN.yml", "en-NG.yml",
            "en-NZ.yml", "en-PAK.yml", "en-ZA.yml", "en-SG.yml", "en-MS.yml", "en-NEP.yml", "en-PH.yml", "ca.yml", "cs-CZ.yml",
            "da-DK.yml", "de.yml", "es.yml", "es-AR.yml", "et.yml", "fi-FI.yml", "fr.yml", "hr.yml", "hu.yml", "id.yml", "it.yml",
            "lv.yml", "nb-NO.yml", "nl.yml", "pl.yml", "pt.yml", "pt-BR.yml", "ro-MD.yml", "sk.yml", "sq.yml", "sv.yml", "tr.yml");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    enum Sort {
        /** Not a first name we know. */
        NONE,
        /** A first name that is also an ordinary word ("Grace", "Mark", "Ruby"). */
        WORD,
        /** A first name and nothing else ("Jayden", "Agnieszka"). */
        NAME
    }

    private final Set<String> firstNames;
    private final Set<String> words;

    private Names(Set<String> firstNames, Set<String> words) {
        this.firstNames = firstNames;
        this.words = words;
    }

    static Names load() {
        Set<String> names = new HashSet<>();
        ClassLoader loader = Names.class.getClassLoader();
        for (String source : SOURCES) {
            try (InputStream in = loader.getResourceAsStream(source)) {
                if (in == null) {
                    throw new IllegalStateException("Datafaker's name list " + source + " is not on the classpath");
                }
                collect(new Yaml(new LoaderOptions()).load(in), names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Names(Set.copyOf(names), Set.copyOf(lines("privacy/name-words.txt")));
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
                        if (entry instanceof String s && !s.contains("#{") && s.codePoints().allMatch(Names::latin)) {
                            names.add(fold(s));
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

    static List<String> lines(String resource) {
        InputStream in = Names.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower case without accents: the key names are kept and looked up by. */
    static String fold(String s) {
        if (s.chars().allMatch(c -> c < 0x80)) {
            return s.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** What a word is as a first name; a hyphenated one ("Ava-Mae") is a name when each part is one. */
    Sort sort(String word) {
        String key = fold(word);
        if (firstNames.contains(key)) {
            return words.contains(key) ? Sort.WORD : Sort.NAME;
        }
        if (key.indexOf('-') > 0) {
            String[] parts = key.split("-", 4);
            boolean all = true;
            for (String part : parts) {
                all &= firstNames.contains(part);
            }
            if (all) {
                return Sort.NAME;
            }
        }
        return Sort.NONE;
    }

    int size() {
        return firstNames.size();
    }
}
