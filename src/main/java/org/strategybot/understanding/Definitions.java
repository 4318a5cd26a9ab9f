package org.strategybot.understanding;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategybot.understanding.Reading.How;

/**
 * Definitional questions: "what is X?", "what does X stand for?", "tell me about X", "what did the committee
 * say about X?". When X is exactly a strategy item with a description of its own (a priority, a value, a
 * principle...), that item is described; otherwise the documents are asked what X is, or what they say about it.
 * A question whose X holds a cue of another intent ("what is the status of SP4?") is not definitional.
 */
final class Definitions {

    /** What a definitional question asks about. */
    record Asked(Candidate candidate, String subject) {
    }

    private final Vocabulary vocabulary;

    Definitions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Optional<Asked> read(Reading r) {
        String joined = r.joined();
        boolean define = true;
        Matcher m = match(vocabulary.definePatterns, joined);
        if (m == null) {
            m = match(vocabulary.sayAboutPatterns, joined);
            define = false;
        }
        if (m == null) {
            return Optional.empty();
        }
        BitSet span = ItemFinder.wordsOf(joined, m.start(1), m.end(1));
        BitSet content = new BitSet();
        BitSet rag = new BitSet();
        BitSet names = new BitSet();
        r.named.stream().filter(n -> n.kind() == EntityKind.RAG).forEach(n -> rag.or(n.span()));
        r.named.stream().filter(n -> n.own() && n.whole()).forEach(n -> names.or(n.span()));
        for (int i = span.nextSetBit(0); i >= 0; i = span.nextSetBit(i + 1)) {
            boolean generic = vocabulary.isGeneric(r.stems.get(i));
            boolean endsName = generic || vocabulary.nameEnds.contains(r.stems.get(i));
            // another intent's cue makes it another question ("what are the actions under it?"), unless the word is
            // part of a name: a strategy item's ("the Health and Wellbeing Board"), or a kind of thing ending one
            // ("the Berkshire West Safeguarding Board", "the workforce group")
            if (r.cue[i] && !names.get(i) && !(endsName && !content.isEmpty())) {
                return Optional.empty();
            }
            // "what is on track?" asks for what is green, not what "on track" means
            if (!vocabulary.isStopword(r.words.get(i)) && !generic && !rag.get(i)) {
                content.set(i);
            }
        }
        Optional<Reading.Named> item = describedItem(r, span, content);
        if (item.isPresent()) {
            Intent describe = vocabulary.describe.get(item.get().kind());
            return Optional.of(new Asked(new Candidate(describe, vocabulary.definitionItemScore), null));
        }
        BitSet words = new BitSet();
        for (int i = span.nextSetBit(0); i >= 0; i = span.nextSetBit(i + 1)) {
            if (!vocabulary.functionWords.contains(r.words.get(i)) && !rag.get(i)) {
                words.set(i);
            }
        }
        // a name may be all common words ("One Wokingham"); a kind of thing alone ("the priorities") is not a name
        if (content.isEmpty() && (words.isEmpty() || words.stream().allMatch(i -> vocabulary.isGeneric(r.stems.get(i))))) {
            return Optional.empty();
        }
        return Optional.of(new Asked(new Candidate(define ? Intent.DEFINITION : Intent.SEARCH, vocabulary.definitionScore),
                subject(r, words)));
    }

    private static Matcher match(List<Pattern> patterns, String joined) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(joined);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The item X is, when it is one: named by every content word of X (or pointed at: "the second one"). An action
     * only by its code or when called an action: "what is extra-familial harm?" is not asking about the action
     * whose title holds those words.
     */
    private Optional<Reading.Named> describedItem(Reading r, BitSet span, BitSet content) {
        // "the ASYE programme" is a programme the documents describe; "the travel training action" is the plan's action
        boolean actionWord = span.stream().anyMatch(i -> r.stems.get(i).equals("action"));
        return r.named.stream()
                .filter(n -> vocabulary.describe.containsKey(n.kind()))
                .filter(n -> n.whole() && (n.kind() != EntityKind.ACTION || n.how() == How.CODE || n.how() == How.CONTEXT || actionWord))
                .filter(n -> n.how() == How.CONTEXT ? n.span().intersects(span) || content.isEmpty() : covers(n.span(), content))
                .findFirst();
    }

    private static boolean covers(BitSet itemWords, BitSet content) {
        if (content.isEmpty()) {
            return false;
        }
        BitSet rest = (BitSet) content.clone();
        rest.andNot(itemWords);
        return rest.isEmpty();
    }

    /**
     * X as written, from its first word to its last that is not a function word ("the Children and Young People's
     * Partnership" without its "the"): found again
     * in the message, so that its capitals and apostrophes are as typed; the words alone where it cannot be.
     */
    private static String subject(Reading r, BitSet content) {
        List<String> words = r.written.subList(content.nextSetBit(0), content.length());
        StringBuilder pattern = new StringBuilder();
        for (String w : words) {
            pattern.append(pattern.isEmpty() ? "" : "[^\\p{L}\\p{N}]+").append(Pattern.quote(w)).append("(?:['\u2019]s)?");
        }
        Matcher m = Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(r.text);
        return m.find() ? m.group() : String.join(" ", words);
    }
}
