package org.strategybot.planadmin;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.strategybot.system.DataFiles;

/**
 * Words as data: a list file's lines of {@code KEY: variant, variant, ...}, each variant compared in its
 * {@link #normal} form.
 */
final class Vocabulary {

    private final Map<String, String> keyByVariant = new HashMap<>();

    private Vocabulary(String resource, boolean keepSlash) {
        for (String line : DataFiles.lines(resource)) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).trim();
            for (String variant : line.substring(colon + 1).split(",")) {
                String normal = keepSlash ? words(variant) : header(variant);
                String clash = keyByVariant.putIfAbsent(normal, key);
                if (clash != null && !clash.equals(key)) {
                    throw new IllegalStateException(resource + ": '" + variant.trim() + "' is listed for both " + clash + " and " + key);
                }
            }
        }
    }

    /** The spreadsheet columns a plan may have. */
    static final Vocabulary COLUMNS = new Vocabulary("plan-import/columns.txt", false);
    /** How people write a RAG status. */
    static final Vocabulary RAG_WORDS = new Vocabulary("plan-import/rag-words.txt", true);

    Optional<String> key(String text) {
        return Optional.ofNullable(keyByVariant.get(this == COLUMNS ? header(text) : words(text)));
    }

    /** A header compared: no brackets and what they hold, "%" as "percent", "&" as "and", letters and digits only. */
    static String header(String text) {
        return text.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ").replace("%", " percent ").replace("&", " and ")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Words compared: lower case, punctuation other than "/" as space, spacing collapsed. */
    static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}/]+", " ").trim();
    }
}
