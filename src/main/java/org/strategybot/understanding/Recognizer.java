package org.strategybot.understanding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.strategybot.strategy.Strategy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Recognises what a question asks and which strategy items it names. The vocabulary is data
 * (understanding/vocabulary.yaml); the item names come from the strategy the conversation sees, so
 * another directorate's strategy is understood without code changes.
 */
@Component
public class Recognizer {

    /** Long pastes are cut: questions are short, and matching cost grows with length. */
    private static final int MAX_WORDS = 80;
    private static final Set<String> PRIORITY_WORDS = Set.of("priority", "priorities", "sp", "sps");

    private final Vocabulary vocabulary = Vocabulary.load();
    private final UpdateParser updates = new UpdateParser(vocabulary);
    private final Cache<String, Lexicon> lexicons = Caffeine.newBuilder().maximumSize(64).build();
    private final Cache<List<NamedAction>, Lexicon> byActions = Caffeine.newBuilder().weakKeys().maximumSize(64).build();
    private final Clock clock;

    public Recognizer(Clock clock) {
        this.clock = clock;
    }

    public Understanding understand(String text, Strategy strategy) {
        return understand(text, strategy, List.of());
    }

    /** @param actions the plan's actions, so that people can name one by its title */
    public Understanding understand(String text, Strategy strategy, List<NamedAction> actions) {
        // a plan's action list is made once per cached status (see ask.Answers), so it is known by identity first,
        // rather than by hashing thousands of titles on every question; by content only when the list is new (a
        // change to the plan seldom changes a title); the empty list may be shared, so it goes by content
        Lexicon lexicon = actions.isEmpty() ? byContent(strategy, actions)
                : byActions.asMap().compute(actions, (list, old) -> old != null && old.isFor(strategy) ? old
                        : byContent(strategy, list));
        List<String> words = Words.split(text);
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        words = lexicon.correct(words);
        List<String> stems = words.stream().map(Words::stem).toList();
        boolean[] used = new boolean[words.size()];

        List<Mention> mentions = new ArrayList<>();
        String unknownPriority = findPriorities(words, lexicon, mentions, used);
        // a code written out ("SP4 update: ... ASYE ...") wins over an action guessed from words in the note
        boolean explicitCode = !mentions.isEmpty();
        boolean[] beforeItems = used.clone();
        findItems(stems, lexicon, mentions, used, explicitCode);
        boolean[] itemWords = new boolean[used.length];
        for (int i = 0; i < used.length; i++) {
            itemWords[i] = used[i] && !beforeItems[i];
        }
        // an action named by its title names its priority too
        Set<String> namedActions = new HashSet<>();
        mentions.stream().filter(m -> m.kind() == EntityKind.ACTION).forEach(m -> namedActions.add(m.key()));
        lexicon.actions(namedActions).forEach(e -> mentions.stream()
                .filter(m -> m.kind() == EntityKind.ACTION && m.key().equals(e.key())).findFirst()
                .ifPresent(m -> mentions.add(new Mention(EntityKind.PRIORITY, e.priority(), m.strength()))));
        findRagWords(stems, mentions, used);
        if (words.stream().anyMatch(PRIORITY_WORDS::contains)) {
            // "the workforce priority" names SP4 as surely as "SP4" does
            mentions.stream().filter(m -> m.kind() == EntityKind.TOPIC).toList()
                    .forEach(t -> mentions.add(new Mention(EntityKind.PRIORITY, t.key(), t.strength())));
        }
        mentions.sort(Comparator.comparing(Mention::kind).thenComparing(Comparator.comparingInt(Mention::strength).reversed()));

        boolean question = text != null && text.trim().endsWith("?")
                || !words.isEmpty() && vocabulary.questionStarts.contains(words.get(0));
        Intent intent = bestIntent(words, stems, mentions, used, itemWords, question);
        boolean yesNo = !words.isEmpty() && vocabulary.yesNoStarts.contains(words.get(0));
        List<String> other = otherWords(words, stems, used);
        UpdateRequest update = intent == Intent.UPDATE
                ? updates.parse(text, words, stems, LocalDate.now(clock)) : null;
        ScheduleRequest schedule = intent == Intent.DIGEST_SUBSCRIBE ? ScheduleRequest.parse(text) : null;
        return new Understanding(intent, dedupe(mentions), unknownPriority, yesNo, other, update, schedule);
    }

    private Lexicon byContent(Strategy strategy, List<NamedAction> actions) {
        return lexicons.get(strategy.id() + "#" + strategy.revision() + "#" + actions.hashCode(),
                k -> new Lexicon(strategy, actions, vocabulary));
    }

    /**
     * Whether a search has something to search for: words no intent's cue took, a priority code or RAG word
     * excepted. Words naming a strategy item count, so that "what does the strategy say about exploitation?"
     * can search when its cue outscores the item's own intent.
     */
    private boolean hasSubject(List<String> words, List<String> stems, boolean[] used, boolean[] beforeCues, boolean[] itemWords) {
        for (int i = 0; i < words.size(); i++) {
            boolean cue = used[i] && !beforeCues[i];
            if (!cue && (!beforeCues[i] || itemWords[i]) && !vocabulary.isStopword(words.get(i)) && !isGeneric(stems.get(i))) {
                return true;
            }
        }
        return false;
    }

    private List<String> otherWords(List<String> words, List<String> stems, boolean[] used) {
        List<String> other = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!used[i] && !vocabulary.isStopword(words.get(i)) && !isGeneric(stems.get(i))) {
                other.add(words.get(i));
            }
        }
        return other;
    }

    private Intent bestIntent(List<String> words, List<String> stems, List<Mention> mentions, boolean[] used,
            boolean[] itemWords, boolean question) {
        boolean[] beforeCues = used.clone();
        Intent best = Intent.UNKNOWN;
        double bestScore = 0;
        double searchScore = 0;
        Set<EntityKind> named = new HashSet<>();
        mentions.forEach(m -> named.add(m.kind()));
        for (Vocabulary.Rule rule : vocabulary.rules) {
            if (rule.needs() != null && !named.contains(rule.needs()) || rule.statement() && question) {
                continue;
            }
            double score = rule.needs() != null ? 2 : 0;
            boolean with = rule.with() != null && named.contains(rule.with());
            if (with) {
                score += 2;
            }
            boolean cued = false;
            for (Vocabulary.Cue cue : rule.cues()) {
                int at = indexOf(stems, cue.stems());
                if (at >= 0) {
                    cued = true;
                    score += cue.score();
                    for (int i = at; i < at + cue.stems().size(); i++) {
                        used[i] = true;
                    }
                }
            }
            if (rule.statement() && !cued && !with) {
                continue;
            }
            if (rule.intent() == Intent.SEARCH) {
                searchScore = score;
                continue;
            }
            if (score > bestScore) {
                best = rule.intent();
                bestScore = score;
            }
        }
        if (searchScore > bestScore && searchScore >= vocabulary.threshold
                && hasSubject(words, stems, used, beforeCues, itemWords)) {
            return Intent.SEARCH;
        }
        return bestScore >= vocabulary.threshold ? best : Intent.UNKNOWN;
    }

    /**
     * Priority codes and numbers: "SP4", "sp 4", "SP-4", "priority four", "the fourth priority".
     *
     * @return a code that looks deliberate but is not one of the strategy's, or null
     */
    private String findPriorities(List<String> words, Lexicon lexicon, List<Mention> mentions, boolean[] used) {
        List<Pattern> patterns = lexicon.priorityPatterns;
        String joined = String.join(" ", words);
        String unknown = null;
        for (int p = 0; p < patterns.size(); p++) {
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
                if (code != null) {
                    if (p == 0 && m.group(3) != null) {
                        // "SP4.2": an action, which also names its priority
                        mentions.add(new Mention(EntityKind.ACTION, code + "." + Integer.parseInt(m.group(3)), 4));
                    }
                    mentions.add(new Mention(EntityKind.PRIORITY, code, 3));
                } else {
                    unknown = (prefix + n).toUpperCase();
                }
                markWords(joined, m.start(), m.end(), used);
            }
        }
        return unknown;
    }

    private void findItems(List<String> stems, Lexicon lexicon, List<Mention> mentions, boolean[] used, boolean explicitCode) {
        Set<String> present = new HashSet<>(stems);
        for (Lexicon.Entry entry : lexicon.candidates(present)) {
            if (explicitCode && entry.kind() == EntityKind.ACTION) {
                continue;
            }
            int strength = 0;
            for (List<String> alias : entry.aliases()) {
                int at = indexOf(stems, alias);
                if (at >= 0 && alias.size() > strength) {
                    strength = alias.size();
                    for (int i = at; i < at + alias.size(); i++) {
                        used[i] = true;
                    }
                }
            }
            Set<String> name = entry.nameStems();
            long matched = name.stream().filter(present::contains).count();
            // action titles are long sentences: a few of their distinctive words name them
            double share = entry.kind() == EntityKind.ACTION ? 0.3 : 0.5;
            boolean byName = matched >= Math.min(2, name.size()) && (matched >= 3 || matched >= share * name.size());
            if (byName && matched > strength) {
                strength = (int) matched;
                for (int i = 0; i < stems.size(); i++) {
                    used[i] |= name.contains(stems.get(i));
                }
            }
            if (strength > 0) {
                mentions.add(new Mention(entry.kind(), entry.key(), strength));
            }
        }
    }

    private void findRagWords(List<String> stems, List<Mention> mentions, boolean[] used) {
        vocabulary.ragWords.forEach((rag, phrases) -> {
            for (List<String> phrase : phrases) {
                int at = indexOf(stems, phrase);
                if (at >= 0) {
                    mentions.add(new Mention(EntityKind.RAG, rag, phrase.size()));
                    for (int i = at; i < at + phrase.size(); i++) {
                        used[i] = true;
                    }
                }
            }
        });
    }

    private boolean isGeneric(String stem) {
        return vocabulary.generic.values().stream().anyMatch(g -> g.contains(stem));
    }

    private static int indexOf(List<String> stems, List<String> phrase) {
        if (phrase.isEmpty()) {
            return -1;
        }
        outer:
        for (int i = 0; i + phrase.size() <= stems.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!stems.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Marks the words covered by characters [start, end) of the space-joined text. */
    private static void markWords(String joined, int start, int end, boolean[] used) {
        int word = 0;
        for (int i = 0; i < joined.length() && word < used.length; i++) {
            if (i >= start && i < end && joined.charAt(i) != ' ') {
                used[word] = true;
            }
            if (joined.charAt(i) == ' ') {
                word++;
            }
        }
    }

    private static List<Mention> dedupe(List<Mention> mentions) {
        Map<String, Mention> strongest = new LinkedHashMap<>();
        for (Mention m : mentions) {
            strongest.merge(m.kind() + "|" + m.key(), m, (a, b) -> a.strength() >= b.strength() ? a : b);
        }
        return List.copyOf(strongest.values());
    }
}
