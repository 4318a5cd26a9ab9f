package org.strategybot.understanding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message as the recognizer works through it: its words, which of them are accounted for, and the items
 * they name with the words that name each. Lives for one message.
 */
final class Reading {

    /** How an item came to be named. */
    enum How {
        /** by its code ("SP4.2", "priority four") */
        CODE,
        /** by its name, an alias, or most of its title */
        NAME,
        /** named through another item (an action names its priority) */
        DERIVED,
        /** not named at all: what the conversation was about ("it", "the second one") */
        CONTEXT
    }

    /**
     * A strategy item named, with the words that name it.
     *
     * @param whole whether it is named in full: by code, an alias, all but a little of its name, or pointed at
     */
    record Named(Mention mention, BitSet span, How how, boolean whole) {
        EntityKind kind() {
            return mention.kind();
        }

        boolean own() {
            return how == How.CODE || how == How.NAME;
        }
    }

    /** The message, markup and mentions removed, for echoing what was asked as it was typed. */
    final String text;
    /** The words as written (lower case); {@link #words} are typo-corrected. */
    final List<String> written;
    final List<String> words;
    final List<String> stems;
    /** Words some item, RAG word, reference or cue has accounted for. */
    final boolean[] used;
    /** Words that some applicable intent's cue matched. */
    final boolean[] cue;
    final List<Named> named = new ArrayList<>();
    /** Commands' cues count only before this word: what follows is a note, or a long paste. */
    final int head;
    final boolean question;
    String unknownPriority;

    Reading(String text, List<String> written, List<String> words, List<String> stems, int head, boolean question) {
        this.text = Words.withoutMarkup(text);
        this.written = written;
        this.words = words;
        this.stems = stems;
        this.used = new boolean[words.size()];
        this.cue = new boolean[words.size()];
        this.head = head;
        this.question = question;
    }

    void add(Mention mention, BitSet span, How how) {
        add(mention, span, how, how != How.DERIVED);
    }

    void add(Mention mention, BitSet span, How how, boolean whole) {
        named.add(new Named(mention, span, how, whole));
        span.stream().filter(i -> i < used.length).forEach(i -> used[i] = true);
    }

    static BitSet span(int from, int to) {
        BitSet span = new BitSet();
        span.set(from, to);
        return span;
    }

    boolean names(EntityKind kind) {
        return named.stream().anyMatch(n -> n.kind() == kind);
    }

    /** Whether the message names an item people ask about by itself, rather than only a RAG word or topic. */
    boolean namesAnItem() {
        return named.stream().anyMatch(n -> n.own() && n.kind() != EntityKind.RAG);
    }

    /** The items named, strongest first within each kind; each once, at its strongest. */
    List<Mention> mentions() {
        Map<String, Mention> strongest = new LinkedHashMap<>();
        named.stream().map(Named::mention)
                .sorted(Comparator.comparing(Mention::kind).thenComparing(Comparator.comparingInt(Mention::strength).reversed()))
                .forEach(m -> strongest.merge(m.kind() + "|" + m.key(), m, (a, b) -> a.strength() >= b.strength() ? a : b));
        return List.copyOf(strongest.values());
    }

    int size() {
        return words.size();
    }
}
