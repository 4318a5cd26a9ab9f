package org.strategybot.bench;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark's sections, in the order they run, by the names {@code -Dbench.only} takes (comma-separated; empty
 * runs them all).
 */
enum Section {
    /** Cold start of the packaged jar and of the container image's layout, first, while nothing else runs. */
    COLD_START,
    /** The status question end to end against the trivial endpoint, the relay and the fixed-reply bot. */
    STATUS,
    /** What conversation context costs: follow-ups that read and write what a conversation is about. */
    CONTEXT,
    /** The status answer in-process with the status cache on and off. */
    CACHE,
    /** A confirmed update, then the status read after it. */
    UPDATE_READ,
    /** The digest sent to many channels under Teams-like throttling. */
    FANOUT,
    /** Heap and RSS after load, the jar alone under load. */
    FOOTPRINT,
    /** The shipped plan grown ×10 and ×100 in updates and in actions. */
    SCALE,
    /** Ten strategies, 100 priorities, 10,000 actions with years of updates, 5,000 subscribed channels. */
    LARGE_SCALE;

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The sections a {@code -Dbench.only} value names; all of them for an empty value. */
    static Set<Section> parse(String only) {
        if (only == null || only.isBlank()) {
            return EnumSet.allOf(Section.class);
        }
        Set<Section> chosen = EnumSet.noneOf(Section.class);
        for (String name : only.split(",")) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            chosen.add(Arrays.stream(values()).filter(s -> s.key().equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No benchmark section '" + wanted + "'; the sections are "
                            + Arrays.stream(values()).map(Section::key).collect(Collectors.joining(", ")))));
        }
        return chosen;
    }
}
