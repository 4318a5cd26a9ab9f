package org.strategybot.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A first-name gazetteer: the first names Datafaker keeps for its locales in Latin script (English-speaking
 * countries from the UK to Nigeria and Pakistan, and the European languages most spoken in English schools).
 * They are taken from Datafaker's YAML files at build time ({@code FirstNamesListTest} derives the list and checks
 * the shipped one against it), so a start reads one plain list instead of parsing 36 YAML files. Names are
 * compared without case and accents ("Wiśniewski", "Zoë").
 */
final class Names {

    /** Folded first names, one a line: generated from Datafaker's files, see {@code FirstNamesListTest}. */
    static final String FIRST_NAMES = "privacy/first-names.txt";

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
        return new Names(Set.copyOf(lines(FIRST_NAMES)), Set.copyOf(lines("privacy/name-words.txt")));
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
