package org.strategybot.ask;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * What the bot says in the answers that have no wording of the strategy's own, kept together in
 * {@code ask/wording.properties} so that it can be read, reviewed and changed in one place. {@code {0}},
 * {@code {1}}... stand for the values filled in.
 */
final class Wording {

    private static final Properties WORDS = load();
    private static final String[] PLACEHOLDERS = {"{0}", "{1}", "{2}", "{3}", "{4}", "{5}", "{6}", "{7}"};

    private Wording() {
    }

    static String of(String key, Object... values) {
        String text = WORDS.getProperty(key);
        if (text == null) {
            throw new NoSuchElementException("No wording for " + key);
        }
        for (int i = 0; i < values.length; i++) {
            String placeholder = i < PLACEHOLDERS.length ? PLACEHOLDERS[i] : "{" + i + "}";
            if (text.contains(placeholder)) {
                text = text.replace(placeholder, String.valueOf(values[i]));
            }
        }
        return text;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = new ClassPathResource("ask/wording.properties").getInputStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
