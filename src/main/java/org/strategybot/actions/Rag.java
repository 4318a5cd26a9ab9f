package org.strategybot.actions;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A red/amber/green rating, worst first. */
public enum Rag {
    RED, AMBER, GREEN;

    /** The word people read; it always appears beside the colour, for readers who cannot tell them apart. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public boolean worseThan(Rag other) {
        return ordinal() < other.ordinal();
    }

    /** Strict: "red", "Amber", "GREEN"; anything else is refused with the valid choices. */
    public static Rag of(String word) {
        if (word != null) {
            for (Rag rag : values()) {
                if (rag.name().equalsIgnoreCase(word.trim())) {
                    return rag;
                }
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not a RAG rating; use one of " + choices());
    }

    public static String choices() {
        return Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
