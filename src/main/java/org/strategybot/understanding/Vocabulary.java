package org.strategybot.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The vocabulary file (understanding/vocabulary.yaml), ready for matching. */
final class Vocabulary {

    /** A cue: consecutive stems and the score they add. */
    record Cue(List<String> stems, double score) {
    }

    /** @param statement the intent changes something, so it never applies to a question */
    record Rule(Intent intent, EntityKind needs, EntityKind with, boolean statement, List<Cue> cues) {
    }

    /** The file's shape. */
    record File(double threshold, List<String> stopwords, Map<String, List<String>> generic,
            List<String> yesNoStarts, List<String> questionStarts, List<String> notRagWords,
            Map<String, List<String>> ragWords, Map<String, Integer> numbers,
            Map<String, Integer> ordinals, List<RuleEntry> intents) {
    }

    record RuleEntry(String intent, String needs, String with, Boolean statement, Double weight, List<String> cues) {
    }

    final double threshold;
    final Set<String> stopwords;
    final Map<EntityKind, Set<String>> generic = new EnumMap<>(EntityKind.class);
    final Set<String> yesNoStarts;
    final Set<String> questionStarts;
    final Set<String> notRagWords;
    final Map<String, Integer> numbers;
    final Map<String, Integer> ordinals;
    /** RAG ("RED") to the stem sequences of its words. */
    final Map<String, List<List<String>>> ragWords = new LinkedHashMap<>();
    final List<Rule> rules = new ArrayList<>();
    /** Every word the vocabulary knows, as written: typo correction aims at these. */
    final Set<String> words = new HashSet<>();

    private Vocabulary(File file) {
        threshold = file.threshold();
        stopwords = Set.copyOf(file.stopwords());
        yesNoStarts = Set.copyOf(file.yesNoStarts());
        questionStarts = Set.copyOf(file.questionStarts());
        notRagWords = Set.copyOf(file.notRagWords());
        numbers = Map.copyOf(file.numbers());
        ordinals = Map.copyOf(file.ordinals());
        file.generic().forEach((kind, list) -> generic.put(EntityKind.fromKey(kind), stems(list)));
        file.ragWords().forEach((rag, phrases) -> ragWords.put(rag.toUpperCase(), phrases.stream().map(phrase -> {
            List<String> split = Words.split(phrase);
            words.addAll(split);
            return split.stream().map(Words::stem).toList();
        }).toList()));
        words.addAll(stopwords);
        words.addAll(numbers.keySet());
        words.addAll(ordinals.keySet());
        for (RuleEntry entry : file.intents()) {
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
            rules.add(new Rule(Intent.fromKey(entry.intent()), kind(entry.needs()), kind(entry.with()),
                    Boolean.TRUE.equals(entry.statement()), List.copyOf(cues.values())));
        }
    }

    static Vocabulary load() {
        try (InputStream in = new ClassPathResource("understanding/vocabulary.yaml").getInputStream()) {
            return new Vocabulary(YAMLMapper.builder()
                    .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.KEBAB_CASE)
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

    private static Set<String> stems(List<String> words) {
        Set<String> stems = new HashSet<>();
        words.forEach(w -> stems.add(Words.stem(w)));
        return stems;
    }
}
