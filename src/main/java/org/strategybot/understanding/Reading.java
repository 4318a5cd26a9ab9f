package org.strategybot.understanding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
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

    private static final Comparator<Mention> BY_KIND_STRONGEST_FIRST = Comparator.comparing(Mention::kind)
            .thenComparing(Comparator.comparingInt(Mention::strength).reversed());

    /** The message, markup and mentions removed, for echoing what was asked as it was typed. */
    final String text;
    /** The words as written (lower case); {@link #words} are typo-corrected. */
    final List<String> written;
    final List<String> words;
    final List<String> stems;
    /**
     * Each stem's first place in the message: a phrase is looked for only where its first stem is, rather than at
     * every word, and most of the vocabulary's phrases are not there at all.
     */
    private final Map<String, Integer> firstAt;
    /** Words some item, RAG word, reference or cue has accounted for. */
    final boolean[] used;
    /** Words that some applicable intent's cue matched. */
    final boolean[] cue;
    final List<Named> named = new ArrayList<>();
    /** Commands' cues count only before this word: what follows is a note, or a long paste. */
    final int head;
    final boolean question;
    String unknownPriority;
    private String joined;

    Reading(String text, List<String> written, List<String> words, List<String> stems, int head, boolean question) {
        this.text = Words.withoutMarkup(text);
        this.written = written;
        this.words = words;
        this.stems = stems;
        this.firstAt = new HashMap<>(stems.size() * 2);
        for (int i = stems.size() - 1; i >= 0; i--) {
            firstAt.put(stems.get(i), i);
        }
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
        for (int i = span.nextSetBit(0); i >= 0 && i < used.length; i = span.nextSetBit(i + 1)) {
            used[i] = true;
        }
    }

    /** The words, one space between each, for the patterns that read them as a line. */
    String joined() {
        if (joined == null) {
            joined = String.join(" ", words);
        }
        return joined;
    }

    /** Whether the message has this stem. */
    boolean has(String stem) {
        return firstAt.containsKey(stem);
    }

    /** Where the phrase (of stems) first starts in the message; -1 if nowhere. */
    int indexOf(List<String> phrase) {
        return indexOf(phrase, stems.size());
    }

    /** Where the phrase first starts, if it starts before {@code limit}; -1 if not. */
    int indexOf(List<String> phrase, int limit) {
        if (phrase.isEmpty()) {
            return -1;
        }
        Integer first = firstAt.get(phrase.get(0));
        if (first == null) {
            return -1;
        }
        String start = phrase.get(0);
        for (int i = first; i + phrase.size() <= stems.size() && i < limit; i++) {
            if (stems.get(i).equals(start) && ItemFinder.startsAt(stems, i, phrase)) {
                return i;
            }
        }
        return -1;
    }

    static BitSet span(int from, int to) {
        BitSet span = new BitSet();
        span.set(from, to);
        return span;
    }

    boolean names(EntityKind kind) {
        for (Named n : named) {
            if (n.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Whether the message names an item people ask about by itself, rather than only a RAG word or topic. */
    boolean namesAnItem() {
        for (Named n : named) {
            if (n.own() && n.kind() != EntityKind.RAG) {
                return true;
            }
        }
        return false;
    }

    /** The items named, strongest first within each kind; each once, at its strongest. */
    List<Mention> mentions() {
        if (named.size() <= 1) {
            return named.isEmpty() ? List.of() : List.of(named.get(0).mention());
        }
        List<Mention> sorted = new ArrayList<>(named.size());
        for (Named n : named) {
            sorted.add(n.mention());
        }
        sorted.sort(BY_KIND_STRONGEST_FIRST);
        Map<String, Mention> strongest = new LinkedHashMap<>();
        for (Mention m : sorted) {
            strongest.merge(m.kind() + "|" + m.key(), m, (a, b) -> a.strength() >= b.strength() ? a : b);
        }
        return List.copyOf(strongest.values());
    }

    int size() {
        return words.size();
    }
}
