package org.strategybot.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The vocabulary file (understanding/vocabulary.yaml), ready for matching. */
final class Vocabulary {

    /** A cue: consecutive stems and the score they add. */
    record Cue(List<String> stems, double score) {
    }

    /**
     * @param statement    the intent changes something, so it never applies to a question
     * @param takesActions it needs a priority, or an action (which names its priority): asked of an action, it is
     *                     about that action ("who owns the practice model work?")
     * @param unless       words that rule the intent out
     * @param narrowedBy   intents that, cued in the same message, ask for part of what this one lists ("which SP1
     *                     actions are overdue?" asks for the overdue ones among SP1's actions, not for all of them)
     */
    record Rule(Intent intent, EntityKind needs, EntityKind with, boolean statement, boolean takesActions, Set<String> unless,
            Set<Intent> narrowedBy, List<Cue> cues) {
    }

    /** The file's shape. */
    record File(double threshold, Map<String, Double> scores, List<String> stopwords, Map<String, List<String>> generic,
            Map<String, List<String>> kindWords, List<String> topicAsPriority, Map<String, String> itemSynonyms, List<String> nameEnds, List<String> functionWords,
            List<String> yesNoStarts, List<String> openQuestions,
            List<String> questionStarts, Map<String, List<String>> references, List<String> ellipsis,
            List<String> ordinalWords, Map<String, Map<String, String>> followUps, Map<String, String> describe,
            Map<String, List<String>> definitions, List<String> notRagWords, Map<String, List<String>> ragWords,
            Map<String, Integer> numbers, Map<String, Integer> ordinals, Map<String, Integer> numberWords,
            Map<String, Integer> fractions, List<String> completionWords, List<String> hedges, List<String> vagueDates,
            List<RuleEntry> intents) {
    }

    record RuleEntry(String intent, String needs, String with, Boolean statement, Boolean takesActions, Double weight,
            List<String> unless, List<String> narrowedBy, List<String> cues) {
    }

    final double threshold;
    final double definitionScore;
    final double definitionItemScore;
    final double followUpScore;
    final double postedNoteScore;
    final int headWords;
    final Set<String> stopwords;
    final Map<EntityKind, Set<String>> generic = new EnumMap<>(EntityKind.class);
    /** Every kind's generic stems in one set: asked of most words of every message. */
    private final Set<String> anyGeneric = new HashSet<>();
    /** Stem sequences that say which kind of item is meant ("principle", "business area"). */
    final Map<EntityKind, List<List<String>>> kindWords = new EnumMap<>(EntityKind.class);
    /** Words that name a priority right after one of its topics ("the partnerships one"). */
    final Set<String> topicAsPriority;
    final Map<String, String> itemSynonyms;
    final Set<String> yesNoStarts;
    final Set<String> openQuestions;
    final Set<String> functionWords;
    /** Stems of the words that end a name of a body or programme ("the workforce group"). */
    final Set<String> nameEnds;
    final Set<String> questionStarts;
    final List<List<String>> singularReferences;
    final Set<String> demonstratives;
    final Set<String> clauseVerbs;
    final List<List<String>> pluralReferences;
    final List<List<String>> ellipsis;
    final Set<String> ordinalWords;
    final Map<Intent, Map<EntityKind, Intent>> followUps = new EnumMap<>(Intent.class);
    final Map<EntityKind, Intent> describe = new EnumMap<>(EntityKind.class);
    final List<Pattern> definePatterns;
    final List<Pattern> sayAboutPatterns;
    final Set<String> notRagWords;
    final Map<String, Integer> numbers;
    final Map<String, Integer> ordinals;
    final Map<String, Integer> numberWords;
    /** Fractions as word sequences ("three quarters") to percent. */
    final Map<List<String>, Integer> fractions = new LinkedHashMap<>();
    final List<List<String>> completionWords;
    final Set<String> hedges;
    final List<List<String>> vagueDates;
    /** RAG ("RED") to the stem sequences of its words. */
    final Map<String, List<List<String>>> ragWords = new LinkedHashMap<>();
    final List<Rule> rules = new ArrayList<>();
    private final Map<Intent, Rule> byIntent = new HashMap<>();
    /**
     * Every intent's cues, by their first stem: a message is looked up word by word rather than every cue searched
     * for in it, which cost most of understanding a message.
     */
    private final Map<String, List<List<String>>> cuesByFirstStem = new HashMap<>();
    /** Every rule's cues in one list, rule after rule: cue {@code c} of rule {@code i} is at {@code ruleStart[i] + c}. */
    private final List<Cue> allCues = new ArrayList<>();
    private final int[] ruleStart;
    /** Where in {@link #allCues} the cues starting with each stem are. */
    private final Map<String, int[]> cuePlacesByFirstStem = new HashMap<>();
    /** Every word the vocabulary knows, as written: typo correction aims at these. */
    final Set<String> words = new HashSet<>();
    /** The cues of intents asked of one item (who leads it, when it was last updated, why it has its RAG). */
    private final List<List<String>> itemQuestionCues;

    private Vocabulary(File file) {
        threshold = file.threshold();
        definitionScore = file.scores().get("definition");
        definitionItemScore = file.scores().get("definition-item");
        followUpScore = file.scores().get("follow-up");
        postedNoteScore = file.scores().get("posted-note");
        headWords = file.scores().get("head-words").intValue();
        stopwords = Set.copyOf(file.stopwords());
        yesNoStarts = Set.copyOf(file.yesNoStarts());
        openQuestions = Set.copyOf(file.openQuestions());
        functionWords = Set.copyOf(file.functionWords());
        nameEnds = stems(file.nameEnds());
        questionStarts = Set.copyOf(file.questionStarts());
        notRagWords = Set.copyOf(file.notRagWords());
        numbers = Map.copyOf(file.numbers());
        ordinals = Map.copyOf(file.ordinals());
        numberWords = Map.copyOf(file.numberWords());
        itemSynonyms = Map.copyOf(file.itemSynonyms());
        topicAsPriority = Set.copyOf(file.topicAsPriority());
        words.addAll(topicAsPriority);
        file.generic().forEach((kind, list) -> generic.put(EntityKind.fromKey(kind), stems(list)));
        generic.values().forEach(anyGeneric::addAll);
        file.kindWords().forEach((kind, list) -> kindWords.put(EntityKind.fromKey(kind), phrases(list)));
        singularReferences = phrases(file.references().get("singular"));
        demonstratives = Set.copyOf(file.references().get("demonstratives"));
        clauseVerbs = Set.copyOf(file.references().get("not-before"));
        pluralReferences = phrases(file.references().get("plural"));
        ellipsis = phrases(file.ellipsis());
        ordinalWords = Set.copyOf(file.ordinalWords());
        file.followUps().forEach((intent, byKind) -> {
            Map<EntityKind, Intent> map = new EnumMap<>(EntityKind.class);
            byKind.forEach((kind, next) -> map.put(EntityKind.fromKey(kind), Intent.fromKey(next)));
            followUps.put(Intent.fromKey(intent), map);
        });
        file.describe().forEach((kind, intent) -> describe.put(EntityKind.fromKey(kind), Intent.fromKey(intent)));
        definePatterns = file.definitions().get("define").stream().map(Pattern::compile).toList();
        sayAboutPatterns = file.definitions().get("say-about").stream().map(Pattern::compile).toList();
        file.fractions().forEach((phrase, percent) -> fractions.put(Words.split(phrase), percent));
        completionWords = file.completionWords().stream().map(Words::split).toList();
        hedges = Set.copyOf(file.hedges());
        words.addAll(hedges);
        vagueDates = file.vagueDates().stream().map(Words::split).toList();
        // known, so that typo correction leaves them be ("thirds" is not a typo for "third")
        fractions.keySet().forEach(words::addAll);
        completionWords.forEach(words::addAll);
        vagueDates.forEach(words::addAll);
        file.ragWords().forEach((rag, phrases) -> ragWords.put(rag.toUpperCase(), phrases(phrases)));
        words.addAll(stopwords);
        words.addAll(numbers.keySet());
        words.addAll(ordinals.keySet());
        words.addAll(numberWords.keySet());
        for (RuleEntry entry : file.intents()) {
            Rule rule = rule(entry);
            rules.add(rule);
            byIntent.putIfAbsent(rule.intent(), rule);
            rule.cues().stream().map(Cue::stems).filter(stems -> !stems.isEmpty()).distinct().forEach(stems -> {
                List<List<String>> same = cuesByFirstStem.computeIfAbsent(stems.get(0), first -> new ArrayList<>());
                if (!same.contains(stems)) {
                    same.add(stems);
                }
            });
        }
        ruleStart = new int[rules.size() + 1];
        Map<String, List<Integer>> places = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleStart[i] = allCues.size();
            for (Cue cue : rules.get(i).cues()) {
                if (!cue.stems().isEmpty()) {
                    places.computeIfAbsent(cue.stems().get(0), first -> new ArrayList<>()).add(allCues.size());
                }
                allCues.add(cue);
            }
        }
        ruleStart[rules.size()] = allCues.size();
        places.forEach((first, at) -> cuePlacesByFirstStem.put(first, at.stream().mapToInt(Integer::intValue).toArray()));
        itemQuestionCues = rules.stream().filter(Rule::takesActions).flatMap(rule -> rule.cues().stream())
                .map(Cue::stems).distinct().toList();
    }

    private Rule rule(RuleEntry entry) {
        double weight = entry.weight() == null ? 1.0 : entry.weight();
        // a stem sequence counts once: "achieved" and "achievements" are one cue, not two
        Map<List<String>, Cue> cues = new LinkedHashMap<>();
        for (String cue : entry.cues()) {
            String text = cue;
            Double explicit = null;
            int caret = cue.lastIndexOf('^');
            if (caret > 0) {
                text = cue.substring(0, caret);
                explicit = Double.valueOf(cue.substring(caret + 1));
            }
            List<String> split = Words.split(text);
            words.addAll(split);
            double score = explicit != null ? explicit : split.size() > 1 ? 2 : 1;
            List<String> stems = split.stream().map(Words::stem).toList();
            cues.merge(stems, new Cue(stems, score * weight), (a, b) -> a.score() >= b.score() ? a : b);
        }
        Set<String> unless = entry.unless() == null ? Set.of() : Set.copyOf(entry.unless());
        Set<Intent> narrowedBy = entry.narrowedBy() == null ? Set.of()
                : entry.narrowedBy().stream().map(Intent::fromKey).collect(Collectors.toUnmodifiableSet());
        return new Rule(Intent.fromKey(entry.intent()), kind(entry.needs()), kind(entry.with()),
                Boolean.TRUE.equals(entry.statement()), Boolean.TRUE.equals(entry.takesActions()), unless, narrowedBy,
                List.copyOf(cues.values()));
    }

    /**
     * The stems of the message that belong to an intent's cue it contains ("last updated", "audit trail"): a word
     * asking something does not by itself name an item, while the same word outside its cue ("the audit work") may.
     */
    Set<String> cueWordsIn(List<String> stems) {
        Set<String> asking = new HashSet<>();
        for (int i = 0; i < stems.size(); i++) {
            List<List<String>> cues = cuesByFirstStem.get(stems.get(i));
            for (int c = 0; cues != null && c < cues.size(); c++) {
                List<String> cue = cues.get(c);
                if (ItemFinder.startsAt(stems, i, cue)) {
                    asking.addAll(cue);
                }
            }
        }
        return asking;
    }

    /**
     * The cues (by place in {@link #cue(int)}) whose first stem the message has: a cue whose first word the message
     * lacks is not there, and that is most of the vocabulary's cues, every time.
     */
    BitSet cuesStartingIn(Reading r) {
        BitSet found = new BitSet(allCues.size());
        for (String stem : r.stems) {
            int[] at = cuePlacesByFirstStem.get(stem);
            for (int i = 0; at != null && i < at.length; i++) {
                found.set(at[i]);
            }
        }
        return found;
    }

    /** A cue by its place among every rule's cues. */
    Cue cue(int place) {
        return allCues.get(place);
    }

    /** Where the cues of the {@code rule}-th rule start among every rule's cues; {@code rules.size()} gives the end. */
    int cuesFrom(int rule) {
        return ruleStart[rule];
    }

    /**
     * Whether the message asks something of one item (who leads or owns it, when it was last updated, why it has its
     * RAG) by a cue it contains: "who's the owner?" after an item asks it of that item.
     */
    boolean asksOfAnItem(Reading r) {
        for (List<String> cue : itemQuestionCues) {
            if (r.indexOf(cue) >= 0) {
                return true;
            }
        }
        return false;
    }

    static Vocabulary load() {
        try (InputStream in = new ClassPathResource("understanding/vocabulary.yaml").getInputStream()) {
            return new Vocabulary(YAMLMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, File.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EntityKind kind(String key) {
        return key == null ? null : EntityKind.fromKey(key);
    }

    boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    Set<String> generic(EntityKind kind) {
        return generic.getOrDefault(kind, Set.of());
    }

    boolean isGeneric(String stem) {
        return anyGeneric.contains(stem);
    }

    /** The rule of an intent, if it has one (some intents come from readings other than cues). */
    Rule rule(Intent intent) {
        return byIntent.get(intent);
    }

    private List<List<String>> phrases(List<String> list) {
        return list.stream().map(phrase -> {
            List<String> split = Words.split(phrase);
            words.addAll(split);
            return split.stream().map(Words::stem).toList();
        }).toList();
    }

    private static Set<String> stems(List<String> words) {
        Set<String> stems = new HashSet<>();
        words.forEach(w -> stems.add(Words.stem(w)));
        return stems;
    }
}
