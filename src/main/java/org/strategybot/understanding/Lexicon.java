package org.strategybot.understanding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.Strategy.Named;
import org.strategybot.strategy.Strategy.Section;

/** The names one strategy gives its items, with the vocabulary's words, ready for matching. */
final class Lexicon {

    /**
     * One item people may name: by most of the distinctive words of its printed name (in any order),
     * or by one of its aliases (as consecutive words).
     *
     * @param sequence the stems of its name's words in order, less stop words, for matching two words in a row
     */
    record Entry(EntityKind kind, String key, Set<String> nameStems, List<List<String>> aliases, String priority,
            List<String> sequence) {
    }

    final List<Entry> entries = new ArrayList<>();
    /** Action codes to their entries' positions. */
    private final Map<String, Integer> actionIndex = new HashMap<>();
    /** Which entries each stem appears in (by position in {@link #entries}), so a question meets only those. */
    private final Map<String, int[]> entriesByStem;
    /** Lower-case priority codes ("sp4") to codes as printed ("SP4"). */
    final Map<String, String> priorityCodes = new HashMap<>();
    /** The letters that start priority codes ("sp"). */
    final Set<String> codePrefixes = new LinkedHashSet<>();
    /**
     * How people name a priority: by code ("SP4", "sp 4", "SP4.2" for an action), as "priority four", and as "the
     * fourth priority"; built with the lexicon, since they depend on its code prefixes. Empty without priorities.
     */
    final List<Pattern> priorityPatterns;
    private final Set<String> known = new HashSet<>();
    /** The known words by their length (the list at index n holds those of n characters), for typo correction. */
    private final List<List<String>> knownByLength = new ArrayList<>();
    /** In how many action titles each stem appears: a word in one title names it more surely than one in many. */
    private final Map<String, Integer> actionTitles = new HashMap<>();
    private int actionCount;
    private final Vocabulary vocabulary;
    private final String strategyId;
    private final int revision;

    Lexicon(Strategy strategy, List<NamedAction> actions, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.strategyId = strategy.id();
        this.revision = strategy.revision();
        known.addAll(vocabulary.words);
        addNamed(EntityKind.VALUE, strategy.values());
        addNamed(EntityKind.BUSINESS_AREA, strategy.businessAreas());
        addNamed(EntityKind.PRINCIPLE, strategy.principles());
        addNamed(EntityKind.COHORT, strategy.cohorts());
        addNamed(EntityKind.GOVERNANCE_BODY, strategy.governance());
        if (strategy.priorities() != null) {
            for (Strategy.Priority p : strategy.priorities().items()) {
                String code = p.code().toLowerCase();
                priorityCodes.put(code, p.code());
                codePrefixes.add(code.replaceAll("[^a-z]", ""));
                add(EntityKind.TOPIC, p.code(), p.title(), p.topics(), null);
            }
        }
        actions.forEach(a -> add(EntityKind.ACTION, a.code(), a.title(), List.of(), a.priority()));
        entriesByStem = entriesByStem(entries);
        for (String word : known) {
            while (knownByLength.size() <= word.length()) {
                knownByLength.add(new ArrayList<>());
            }
            knownByLength.get(word.length()).add(word);
        }
        priorityPatterns = codePrefixes.isEmpty() ? List.of() : priorityPatterns(codePrefixes, vocabulary);
    }

    private static List<Pattern> priorityPatterns(Set<String> codePrefixes, Vocabulary vocabulary) {
        String numberWords = String.join("|", vocabulary.numbers.keySet());
        String ordinalWords = String.join("|", vocabulary.ordinals.keySet());
        String prefixes = String.join("|", codePrefixes.stream().map(p -> String.join(" ?", p.split(""))).toList());
        return List.of(
                // "SP4s status": the possessive without its apostrophe
                Pattern.compile("\\b(" + prefixes + ") ?(\\d{1,2}|" + numberWords + ")(?:\\.(\\d{1,2}))?s?\\b"),
                Pattern.compile("\\b(?:strategic )?(priority|priorities) (?:number |no |num )?(\\d{1,2}|" + numberWords + ")\\b"),
                Pattern.compile("\\b(" + ordinalWords + "|\\d{1,2}(?:st|nd|rd|th)) (?:strategic )?(priority)\\b"));
    }

    /**
     * Whether a message may name a priority in words ("priority four", "the fourth priority"): every pattern above but
     * the first (the codes) is written with the word, so a message without it need not be tried against them.
     */
    static boolean mayNameInWords(String joined) {
        return joined.contains("priorit");
    }

    private static Map<String, int[]> entriesByStem(List<Entry> entries) {
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Set<String> stems = new HashSet<>(entry.nameStems());
            entry.aliases().forEach(stems::addAll);
            for (String stem : stems) {
                byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> arrays = new HashMap<>();
        byStem.forEach((stem, at) -> arrays.put(stem, at.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    private <T extends Named> void addNamed(EntityKind kind, Section<T> section) {
        if (section != null) {
            section.items().forEach(item -> add(kind, item.name(), item.name(), item.aliases(), null));
        }
    }

    private void add(EntityKind kind, String key, String name, List<String> aliases, String priority) {
        List<String> nameWords = Words.split(name);
        known.addAll(nameWords);
        Set<String> generic = vocabulary.generic(kind);
        Set<String> nameStems = new HashSet<>();
        List<String> sequence = nameWords.stream().filter(w -> !vocabulary.isStopword(w)).map(Words::stem).toList();
        sequence.stream().filter(s -> !generic.contains(s)).forEach(nameStems::add);
        if (kind == EntityKind.ACTION) {
            actionCount++;
            nameStems.forEach(stem -> actionTitles.merge(stem, 1, Integer::sum));
        }
        List<List<String>> aliasStems = new ArrayList<>();
        for (String alias : aliases == null ? List.<String>of() : aliases) {
            List<String> words = Words.split(alias);
            known.addAll(words);
            // a lone common word ("in", "one") would name the item in almost every question
            if (!(words.size() == 1 && vocabulary.isStopword(words.get(0)))) {
                aliasStems.add(words.stream().map(Words::stem).toList());
            }
        }
        int index = entries.size();
        entries.add(new Entry(kind, key, nameStems, aliasStems, priority, sequence));
        if (kind == EntityKind.ACTION) {
            actionIndex.putIfAbsent(key, index);
        }
    }

    /** How much a stem of an action's title says about which action is meant: more, the fewer titles have it. */
    double weight(String stem) {
        return Math.log(1 + (double) actionCount / actionTitles.getOrDefault(stem, actionCount));
    }

    /** Whether only one action's title has this stem. */
    boolean unique(String stem) {
        return actionTitles.getOrDefault(stem, 0) == 1;
    }

    boolean isFor(Strategy strategy) {
        return strategyId.equals(strategy.id()) && revision == strategy.revision();
    }

    /** The action entries with these codes, in the lexicon's order. */
    List<Entry> actions(Set<String> codes) {
        return codes.stream().map(actionIndex::get).filter(i -> i != null).sorted().map(entries::get).toList();
    }

    /**
     * The entries that share a stem with the question, in the lexicon's order: no other can be named by it, and a
     * plan with thousands of actions would otherwise cost every question a pass over all their titles.
     */
    List<Entry> candidates(List<String> stems) {
        BitSet found = new BitSet(entries.size());
        for (String stem : stems) {
            int[] at = entriesByStem.get(stem);
            for (int i = 0; at != null && i < at.length; i++) {
                found.set(at[i]);
            }
        }
        List<Entry> candidates = new ArrayList<>(found.cardinality());
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            candidates.add(entries.get(i));
        }
        return candidates;
    }

    private static boolean allLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Replaces each word the lexicon does not know by the nearest one it does, within the typo allowance. */
    List<String> correct(List<String> words) {
        List<String> corrected = new ArrayList<>(words.size());
        for (String word : words) {
            corrected.add(correct(word));
        }
        return corrected;
    }

    private String correct(String word) {
        int allowance = Words.typoAllowance(word.length());
        if (allowance == 0 || known.contains(word) || !allLetters(word)) {
            return word;
        }
        String best = word;
        int bestDistance = allowance + 1;
        // a word longer or shorter by more than the allowance is too far: only the lengths in reach are compared
        int from = Math.max(0, word.length() - allowance);
        int to = Math.min(knownByLength.size() - 1, word.length() + allowance);
        for (int length = from; length <= to; length++) {
            for (String candidate : knownByLength.get(length)) {
                int d = Words.distance(word, candidate, allowance);
                if (d < bestDistance || d == bestDistance && best != word && candidate.compareTo(best) < 0) {
                    best = candidate;
                    bestDistance = d;
                }
            }
        }
        return bestDistance <= allowance ? best : word;
    }
}
