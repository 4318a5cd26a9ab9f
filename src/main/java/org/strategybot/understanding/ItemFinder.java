package org.strategybot.understanding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategybot.understanding.Reading.How;

/** Finds the strategy items a message names: priority and action codes, items by name or alias, RAG words. */
final class ItemFinder {

    private static final Set<String> PRIORITY_WORDS = Set.of("priority", "priorities", "sp", "sps");
    /** Of an action title's distinctive words, the share (by weight) that names it without more evidence. */
    private static final double TITLE_SHARE = 0.3;
    /** Of a name's distinctive words, the share that names it in full, for describing it ("what is X?"). */
    private static final double WHOLE = 0.75;

    private final Vocabulary vocabulary;

    ItemFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void find(Reading r, Lexicon lexicon) {
        findPriorities(r, lexicon);
        // a code written out ("SP4 update: ... ASYE ...") wins over an action guessed from words in the note
        boolean explicitCode = !r.named.isEmpty();
        findItems(r, lexicon, explicitCode);
        // an action named by its title names its priority too
        for (Reading.Named n : List.copyOf(r.named)) {
            if (n.kind() == EntityKind.ACTION && n.how() == How.NAME) {
                lexicon.actions(Set.of(n.mention().key())).forEach(e -> r.add(
                        new Mention(EntityKind.PRIORITY, e.priority(), n.mention().strength()), new BitSet(), How.DERIVED));
            }
        }
        findRagWords(r);
        BitSet priorityWords = new BitSet();
        for (int i = 0; i < r.size(); i++) {
            if (PRIORITY_WORDS.contains(r.words.get(i))) {
                priorityWords.set(i);
            }
        }
        for (Reading.Named n : List.copyOf(r.named)) {
            if (n.kind() != EntityKind.TOPIC) {
                continue;
            }
            // "the workforce priority" names SP4 as surely as "SP4" does, with both its words; so does "the workforce one"
            int after = n.span().length();
            boolean oneAfter = after > 0 && after < r.size() && vocabulary.topicAsPriority.contains(r.words.get(after));
            if (!priorityWords.isEmpty() || oneAfter) {
                BitSet span = (BitSet) n.span().clone();
                span.or(priorityWords);
                if (oneAfter) {
                    span.set(after);
                }
                r.add(new Mention(EntityKind.PRIORITY, n.mention().key(), n.mention().strength()), span, How.NAME);
            }
        }
    }

    /** Priority codes and numbers: "SP4", "sp 4", "SP-4", "priority four", "the fourth priority". */
    private void findPriorities(Reading r, Lexicon lexicon) {
        List<Pattern> patterns = lexicon.priorityPatterns;
        String joined = r.joined();
        for (int p = 0; p < patterns.size(); p++) {
            if (p > 0 && !Lexicon.mayNameInWords(joined)) {
                break;
            }
            Matcher m = patterns.get(p).matcher(joined);
            while (m.find()) {
                String number = p == 2 ? m.group(1) : m.group(2);
                Integer n = number.chars().allMatch(Character::isDigit) ? Integer.valueOf(number)
                        : vocabulary.numbers.getOrDefault(number, vocabulary.ordinals.get(number.replaceAll("\\d", "")));
                if (n == null) {
                    n = Integer.valueOf(number.replaceAll("\\D", ""));
                }
                String prefix = p == 0 ? m.group(1).replace(" ", "") : lexicon.codePrefixes.iterator().next();
                String code = lexicon.priorityCodes.get(prefix + n);
                BitSet span = wordsOf(joined, m.start(), m.end());
                if (code != null) {
                    if (p == 0 && m.group(3) != null) {
                        // "SP4.2": an action, which also names its priority
                        r.add(new Mention(EntityKind.ACTION, code + "." + Integer.parseInt(m.group(3)), 4), span, How.CODE);
                    }
                    r.add(new Mention(EntityKind.PRIORITY, code, 3), span, How.CODE);
                } else {
                    r.unknownPriority = (prefix + n).toUpperCase();
                    span.stream().forEach(i -> r.used[i] = true);
                }
            }
        }
    }

    private void findItems(Reading r, Lexicon lexicon, boolean explicitCode) {
        List<String> sequence = new ArrayList<>(r.size());
        for (String stem : r.stems) {
            if (!vocabulary.isStopword(stem)) {
                sequence.add(stem);
            }
        }
        boolean actionWord = mentionsKind(r, EntityKind.ACTION);
        Set<String> asking = vocabulary.cueWordsIn(r.stems);
        for (Lexicon.Entry entry : lexicon.candidates(r.stems)) {
            if (explicitCode && entry.kind() == EntityKind.ACTION) {
                continue;
            }
            int strength = 0;
            BitSet span = new BitSet();
            boolean whole = false;
            for (List<String> alias : entry.aliases()) {
                int at = r.indexOf(alias);
                if (at >= 0 && alias.size() > strength) {
                    strength = alias.size();
                    span = Reading.span(at, at + alias.size());
                    whole = true;
                }
            }
            Set<String> name = entry.nameStems();
            Set<String> matched = new HashSet<>(name);
            matched.removeIf(stem -> !r.has(stem));
            boolean byName = entry.kind() == EntityKind.ACTION ? namesAction(entry, matched, sequence, lexicon, actionWord, asking)
                    : matched.size() >= Math.min(2, name.size()) && (matched.size() >= 3 || matched.size() >= 0.5 * name.size());
            if (byName && matched.size() > strength) {
                strength = matched.size();
                // "the strategic priorities" shares two words of "Strategic Priority Leads" but does not name it
                // an action is "the X action": its title is a sentence no one says whole
                whole = entry.kind() == EntityKind.ACTION || matched.size() >= WHOLE * name.size();
                span = new BitSet();
                for (int i = 0; i < r.stems.size(); i++) {
                    if (name.contains(r.stems.get(i))) {
                        span.set(i);
                    }
                }
            }
            if (strength > 0) {
                r.add(new Mention(entry.kind(), entry.key(), strength), span, How.NAME, whole);
            }
        }
    }

    /**
     * Action titles are long sentences that share their verbs ("embed", "deliver"): an action is named by two of its
     * words in a row ("corporate parenting"), by words only its title has ("travel training"), by a good share of its
     * title's weight, or by one word only its title has when the question says it means an action ("the Unicef work").
     */
    private static boolean namesAction(Lexicon.Entry entry, Set<String> matched, List<String> sequence, Lexicon lexicon,
            boolean actionWord, Set<String> asking) {
        if (matched.isEmpty()) {
            return false;
        }
        boolean unique = matched.stream().anyMatch(lexicon::unique);
        if (matched.size() == 1) {
            // one word asking something ("when was it last updated?") does not name the action whose title has it
            String word = matched.iterator().next();
            return unique && actionWord && word.length() >= 3 && !asking.contains(word);
        }
        double total = entry.nameStems().stream().mapToDouble(lexicon::weight).sum();
        double got = matched.stream().mapToDouble(lexicon::weight).sum();
        return matched.size() >= 3 || unique || got >= TITLE_SHARE * total || inARow(entry.sequence(), sequence, matched);
    }

    private static boolean inARow(List<String> title, List<String> question, Set<String> matched) {
        for (int i = 0; i + 1 < question.size(); i++) {
            String a = question.get(i);
            String b = question.get(i + 1);
            if (matched.contains(a) && matched.contains(b)) {
                for (int j = 0; j + 1 < title.size(); j++) {
                    if (title.get(j).equals(a) && title.get(j + 1).equals(b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void findRagWords(Reading r) {
        vocabulary.ragWords.forEach((rag, phrases) -> {
            for (List<String> phrase : phrases) {
                int at = r.indexOf(phrase);
                if (at >= 0) {
                    r.add(new Mention(EntityKind.RAG, rag, phrase.size()), Reading.span(at, at + phrase.size()), How.NAME);
                }
            }
        });
    }

    /** Whether the message says which kind of item it means ("the travel training action", "which principle"). */
    boolean mentionsKind(Reading r, EntityKind kind) {
        for (List<String> words : vocabulary.kindWords.getOrDefault(kind, List.of())) {
            if (r.indexOf(words) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the phrase starts; -1 if nowhere. */
    static int indexOf(List<String> stems, List<String> phrase) {
        if (phrase.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + phrase.size() <= stems.size(); i++) {
            if (startsAt(stems, i, phrase)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the phrase is there, starting at word {@code at}. */
    static boolean startsAt(List<String> stems, int at, List<String> phrase) {
        if (phrase.isEmpty() || at + phrase.size() > stems.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!stems.get(at + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** The words covered by characters [start, end) of the space-joined text. */
    static BitSet wordsOf(String joined, int start, int end) {
        BitSet span = new BitSet();
        int word = 0;
        for (int i = 0; i < joined.length(); i++) {
            if (i >= start && i < end && joined.charAt(i) != ' ') {
                span.set(word);
            }
            if (joined.charAt(i) == ' ') {
                word++;
            }
        }
        return span;
    }
}
