package org.strategybot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The terms a strategy's documents define or describe, found in the documents themselves: acronyms with their
 * expansions ("Special Educational Needs and/or Disabilities (SEND)", "ASYE programme (... Assisted and Supported
 * Year in Employment ...)"), and for any name or phrase, the sentences that hold it, those that say what it is
 * first ("an Education Partnership for Wokingham, bringing together education providers ...", "Power BI was a data
 * management system"). Kept beside the passage index and rebuilt with it; a few hundred sentences per strategy.
 */
final class Glossary {

    /** A sentence of a document, with its terms as the index analyses them, for matching a phrase in order. */
    record Sentence(String strategyId, String documentId, String section, String text, List<Analysis.Term> terms) {
    }

    /** An acronym and what it stands for, with the sentence that says so. */
    record Acronym(String letters, String expansion, Sentence sentence) {
    }

    /** A sentence that holds what was asked about, and how surely it says what that is. */
    record Use(Sentence sentence, double score, boolean defines) {
    }

    private static final Pattern SENTENCES = Pattern.compile("(?U)(?<=[\\p{L})\"”'][.!?;])\\s+|\\s*\\n\\s*");
    /** "Long Form (LF)": the letters in brackets after the words they abbreviate. */
    private static final Pattern AFTER = Pattern.compile("\\(([A-Z][A-Za-z]?[A-Z][A-Z]{0,6})s?\\)");
    /** "LF programme (... Long Form ...)": the words in brackets after the letters. */
    private static final Pattern BEFORE = Pattern.compile("\\b([A-Z]{2,8})s?\\b[^()]{0,30}\\(([^()]{4,160})\\)");
    /** What follows a name when the sentence says what it is. */
    private static final Pattern DEFINING = Pattern.compile("^\\s*(?:\\(|:|\u2014| is | are | was | were | means | refers to "
            + "|, which |, who |, a |, an |, the |, providing |, bringing |, focussed |, focused |, driving |, including "
            + "| \u2013 | - )");
    private static final Set<String> MINOR = Set.of("and", "or", "of", "the", "in", "for", "to", "with", "on", "at", "a", "an",
            "&", "and/or", "by");
    private static final int FIRST_WORDS = 8;

    private final Analysis analysis;
    private final Map<String, List<Sentence>> sentences = new ConcurrentHashMap<>();
    private final Map<String, List<Acronym>> acronyms = new ConcurrentHashMap<>();

    Glossary(Analysis analysis) {
        this.analysis = analysis;
    }

    void replace(String documentId, List<StoredPassage> passages) {
        List<Sentence> found = new ArrayList<>();
        List<Acronym> letters = new ArrayList<>();
        for (StoredPassage p : passages) {
            for (String raw : SENTENCES.split(p.text())) {
                String text = Layout.clean(raw);
                if (text.isEmpty()) {
                    continue;
                }
                Sentence s = new Sentence(p.strategyId(), documentId, p.section(), text, analysis.documentTermsAt(text));
                found.add(s);
                acronyms(s, letters);
            }
        }
        sentences.put(documentId, List.copyOf(found));
        acronyms.put(documentId, List.copyOf(letters));
    }

    /** The best use, then the best of each other document, then the next best, up to {@code results}. */
    static List<Use> pick(List<Use> uses, int results) {
        List<Use> picked = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        Set<String> documentsSeen = new HashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Use use : uses) {
                boolean otherDocument = documentsSeen.add(use.sentence().documentId()) || pass == 1;
                if (picked.size() < results && otherDocument && texts.add(use.sentence().text())) {
                    picked.add(use);
                }
            }
        }
        return picked;
    }

    /** What the strategy's documents say an acronym stands for. */
    Optional<Acronym> acronym(String strategyId, String subject) {
        String letters = subject.strip().replaceAll("(?i)^(the|a|an|our) ", "").split("\\s+")[0];
        return acronyms.values().stream().flatMap(List::stream)
                .filter(a -> a.sentence().strategyId().equals(strategyId) && a.letters().equalsIgnoreCase(letters))
                .findFirst();
    }

    /**
     * The sentences of the strategy's documents that hold the phrase, its words in order (as the index analyses them:
     * "Children and Young People's Partnership" meets "children and young people's partnership"), those that say
     * what it is first, then those where it leads, then the shortest.
     */
    List<Use> uses(String strategyId, String phrase) {
        List<Analysis.Term> wanted = analysis.documentTermsAt(phrase);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Integer> lengths = wanted.stream().map(t -> t.end() - t.start()).toList();
        List<Use> uses = new ArrayList<>();
        for (List<Sentence> doc : sentences.values()) {
            for (Sentence s : doc) {
                if (s.strategyId().equals(strategyId)) {
                    at(s, wanted.stream().map(Analysis.Term::term).toList(), lengths).ifPresent(uses::add);
                }
            }
        }
        uses.sort(Comparator.comparingDouble(Use::score).reversed());
        return uses;
    }

    private static Optional<Use> at(Sentence s, List<String> wanted, List<Integer> lengths) {
        List<Analysis.Term> terms = s.terms();
        outer:
        for (int i = 0; i + wanted.size() <= terms.size(); i++) {
            for (int j = 0; j < wanted.size(); j++) {
                Analysis.Term t = terms.get(i + j);
                // the same stem, and nearly the same word: "directors" is "director", "directorate" is not
                if (!t.term().equals(wanted.get(j)) || Math.abs(t.end() - t.start() - lengths.get(j)) > 2) {
                    continue outer;
                }
            }
            int start = terms.get(i).start();
            int end = terms.get(i + wanted.size() - 1).end();
            boolean defines = DEFINING.matcher(s.text().substring(end)).find();
            boolean leads = i < FIRST_WORDS;
            boolean name = Character.isUpperCase(s.text().charAt(start));
            // "Assistant Director", "Community Vision": a longer name that holds the phrase is something else
            String before = start > 1 && s.text().charAt(start - 1) == ' ' ? previousWord(s.text(), start) : " ";
            boolean longer = i > 0 && Character.isUpperCase(before.charAt(0)) && Character.isLetter(before.charAt(before.length() - 1));
            double score = (defines ? 3 : 0) + (leads ? 2 : 0) + (name ? 1 : 0) - (longer ? 2 : 0) - s.text().length() / 400.0;
            return Optional.of(new Use(s, score, defines));
        }
        return Optional.empty();
    }

    private static String previousWord(String text, int start) {
        int from = text.lastIndexOf(' ', start - 2);
        String word = text.substring(from + 1, start - 1);
        return word.isEmpty() ? " " : word;
    }

    private static void acronyms(Sentence s, List<Acronym> found) {
        Matcher after = AFTER.matcher(s.text());
        while (after.find()) {
            String letters = after.group(1);
            List<String> before = List.of(s.text().substring(0, after.start()).strip().split("\\s+"));
            expansion(letters, before, true).ifPresent(e -> add(found, new Acronym(letters, e, s)));
        }
        Matcher inside = BEFORE.matcher(s.text());
        while (inside.find()) {
            String letters = inside.group(1);
            expansion(letters, List.of(inside.group(2).strip().split("\\s+")), false)
                    .ifPresent(e -> add(found, new Acronym(letters, e, s)));
        }
    }

    private static void add(List<Acronym> found, Acronym acronym) {
        if (found.stream().noneMatch(a -> a.letters().equalsIgnoreCase(acronym.letters()))) {
            found.add(acronym);
        }
    }

    /**
     * The run of words whose initials spell the letters, minor words ("and", "of", "or") aside: ending right before
     * the brackets when they follow it, anywhere inside them when they hold it.
     */
    private static Optional<String> expansion(String letters, List<String> words, boolean endsAtBracket) {
        String wanted = letters.toLowerCase();
        for (int end = words.size(); end > 0; end--) {
            for (int start = end - 1; start >= 0 && end - start <= wanted.length() * 2 + 2; start--) {
                String initials = initials(words.subList(start, end));
                if (initials.equals(wanted) && !MINOR.contains(clean(words.get(start))) && !MINOR.contains(clean(words.get(end - 1)))) {
                    return Optional.of(String.join(" ", words.subList(start, end)).replaceAll("[,;:.]+$", ""));
                }
            }
            if (endsAtBracket) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String initials(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            String c = clean(w);
            if (!c.isEmpty() && !MINOR.contains(c)) {
                Stream.of(c.split("-")).filter(part -> !part.isEmpty()).forEach(part -> s.append(part.charAt(0)));
            }
        }
        return s.toString();
    }

    private static String clean(String word) {
        return word.toLowerCase().replaceAll("^[^\\p{L}\\p{N}&/]+|[^\\p{L}\\p{N}&/]+$", "");
    }
}
