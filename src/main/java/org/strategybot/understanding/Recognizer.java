package org.strategybot.understanding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import org.springframework.stereotype.Component;
import org.strategybot.strategy.Strategy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Recognises what a question asks and which strategy items it names. The vocabulary is data
 * (understanding/vocabulary.yaml); the item names come from the strategy the conversation sees, so
 * another directorate's strategy is understood without code changes.
 *
 * <p>Every reading of a message is a scored {@link Candidate}: each intent by its cues and the items it needs,
 * a definitional question ("what is X?") by whether X is a strategy item or something to ask the documents,
 * and a follow-up ("and SP5?") by what the conversation was last about. The best wins.
 */
@Component
public class Recognizer {

    /** Words that may stand beside an item's code before its note: "SP4 update:", "progress on SP2.1 -". */
    private static final Set<String> POSTING_WORDS = Set.of("update", "progress", "latest", "news");
    /** The words of "which priority covers ...", besides stopwords and cues, that are not what is asked about. */
    private static final Set<String> WHICH_PRIORITY = Set.of("priority", "priorities", "strategic", "sp");

    /** Long pastes are cut: questions are short, and matching cost grows with length. */
    private static final int MAX_WORDS = 80;

    private final Vocabulary vocabulary = Vocabulary.load();
    private final UpdateParser updates = new UpdateParser(vocabulary);
    private final ItemFinder items = new ItemFinder(vocabulary);
    private final IntentScorer scorer = new IntentScorer(vocabulary, items);
    private final FollowUps followUps = new FollowUps(vocabulary);
    private final Definitions definitions = new Definitions(vocabulary);
    private final Cache<String, Lexicon> lexicons = Caffeine.newBuilder().maximumSize(64).build();
    private final Cache<List<NamedAction>, Lexicon> byActions = Caffeine.newBuilder().weakKeys().maximumSize(64).build();
    private final Clock clock;

    public Recognizer(Clock clock) {
        this.clock = clock;
    }

    public Understanding understand(String text, Strategy strategy) {
        return understand(text, strategy, List.of(), Context.NONE);
    }

    public Understanding understand(String text, Strategy strategy, List<NamedAction> actions) {
        return understand(text, strategy, actions, Context.NONE);
    }

    public Understanding understand(String text, Strategy strategy, List<NamedAction> actions, Context context) {
        return understand(text, strategy, actions, () -> context);
    }

    /**
     * @param actions the plan's actions, so that people can name one by its title
     * @param context what the conversation was last about, for follow-ups; asked for only when the message may lean
     *                on it ("it", "those", "the second one", "and SP5?"), since reading it costs a trip to the store
     */
    public Understanding understand(String text, Strategy strategy, List<NamedAction> actions, Supplier<Context> context) {
        Lexicon lexicon = lexicon(strategy, actions);
        List<String> written = Words.split(text);
        if (written.size() > MAX_WORDS) {
            written = written.subList(0, MAX_WORDS);
        }
        List<String> words = lexicon.correct(written);
        List<String> stems = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            words.set(i, vocabulary.itemSynonyms.getOrDefault(words.get(i), words.get(i)));
            stems.add(Words.stem(words.get(i)));
        }
        boolean question = text != null && text.trim().endsWith("?")
                || !words.isEmpty() && vocabulary.questionStarts.contains(words.get(0)) || asksAfterItsMarker(text);
        Reading r = new Reading(text, written, words, stems, head(text, words.size(), question), question);

        items.find(r, lexicon);
        Context before = followUps.mayLean(r) ? context.get() : Context.NONE;
        FollowUps.Resolved resolved = followUps.resolve(r, before);
        List<Candidate> candidates = new ArrayList<>(scorer.score(r));
        Optional<Definitions.Asked> asked = definitions.read(r);
        asked.ifPresent(a -> candidates.add(a.candidate()));
        if (postsANote(r)) {
            candidates.add(new Candidate(Intent.UPDATE, vocabulary.postedNoteScore));
        }
        FollowUp how = resolved.how();
        List<Mention> scope = resolved.scope().isEmpty() ? items(r) : resolved.scope();
        Optional<FollowUps.Ellipsis> ellipsis = followUps.ellipsis(r, before);
        if (ellipsis.isPresent()) {
            candidates.add(ellipsis.get().candidate());
            scope = ellipsis.get().scope().isEmpty() ? scope : ellipsis.get().scope();
            how = how == FollowUp.NONE ? FollowUp.ELLIPSIS : how;
        }
        // the best first; a tie goes to the reading found first (the vocabulary's order)
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        candidates.removeIf(c -> c.score() < vocabulary.threshold);
        Intent intent = candidates.isEmpty() ? Intent.UNKNOWN : candidates.get(0).intent();
        boolean yesNo = !words.isEmpty() && vocabulary.yesNoStarts.contains(words.get(0));
        UpdateRequest update = intent == Intent.UPDATE ? updates.parse(text, words, stems, LocalDate.now(clock)) : null;
        ScheduleRequest schedule = intent == Intent.DIGEST_SUBSCRIBE || intent == Intent.DIGEST_SEND ? ScheduleRequest.parse(text) : null;
        if (intent == Intent.DIGEST_SEND && schedule.said()) {
            // "send the digest every Monday at 8am" sets when it goes, rather than sending it now
            intent = Intent.DIGEST_SUBSCRIBE;
        } else if (intent == Intent.DIGEST_SEND) {
            schedule = null;
        }
        String subject = asked.map(Definitions.Asked::subject).orElse(null);
        List<String> asking = whichPriorityFor(r);
        if (!asking.isEmpty()) {
            // "which priority covers SEND?": the priority is asked for, whatever else the words name
            intent = Intent.PRIORITY_FOR_TOPIC;
            subject = String.join(" ", asking);
        }
        return new Understanding(intent, candidates, r.mentions(), r.unknownPriority, yesNo, otherWords(r), update,
                schedule, subject, how, scope);
    }

    /**
     * A plan's action list is made once per cached status (see ask.Answers), so it is known by identity first, rather
     * than by hashing thousands of titles on every question; by content only when the list is new (a change to the
     * plan seldom changes a title); the empty list may be shared, so it goes by content.
     */
    private Lexicon lexicon(Strategy strategy, List<NamedAction> actions) {
        return actions.isEmpty() ? byContent(strategy, actions)
                : byActions.asMap().compute(actions, (list, old) -> old != null && old.isFor(strategy) ? old
                        : byContent(strategy, list));
    }

    private Lexicon byContent(Strategy strategy, List<NamedAction> actions) {
        return lexicons.get(strategy.id() + "#" + strategy.revision() + "#" + actions.hashCode(),
                k -> new Lexicon(strategy, actions, vocabulary));
    }

    /**
     * How many words count for commands: in a statement, those before its note (the text after the first ":" or
     * " - ", where "audit" is part of what happened, not a request for the audit trail); never more than the
     * vocabulary's head-words, so a long paste is not taken for a command.
     */
    /**
     * "SP2.1: Family Hub opened at the Bradbury Centre": a statement that is nothing but an item's code before its ":"
     * or " - ", then at least two words saying what happened (not a question), posts progress on that item, whether
     * or not the note holds a word like "update" or "delivered".
     */
    private boolean postsANote(Reading r) {
        if (r.question || r.head == 0 || r.head >= r.size() || vocabulary.questionStarts.contains(r.words.get(r.head))) {
            return false;
        }
        BitSet codes = new BitSet();
        r.named.stream().filter(n -> n.how() == Reading.How.CODE).forEach(n -> codes.or(n.span()));
        if (codes.isEmpty() || codes.nextSetBit(0) >= r.head) {
            return false;
        }
        for (int i = 0; i < r.head; i++) {
            if (!codes.get(i) && !vocabulary.isStopword(r.words.get(i)) && !POSTING_WORDS.contains(r.words.get(i))) {
                return false;
            }
        }
        return r.words.subList(r.head, r.size()).stream().filter(w -> !vocabulary.isStopword(w)).count() >= 2;
    }

    /** "SP3: what's the status": a question after a ":" or " - " that only names what it is about. */
    private boolean asksAfterItsMarker(String text) {
        Matcher note = text == null ? null : UpdateParser.NOTE_START.matcher(text);
        if (note == null || !note.find()) {
            return false;
        }
        List<String> after = Words.split(text.substring(note.end(), Math.min(text.length(), note.end() + 40)));
        return !after.isEmpty() && vocabulary.questionStarts.contains(after.get(0));
    }

    private int head(String text, int size, boolean question) {
        int head = Math.min(size, vocabulary.headWords);
        if (question || text == null) {
            return head;
        }
        Matcher note = UpdateParser.NOTE_START.matcher(text);
        return note.find() ? Math.min(head, Words.split(text.substring(0, note.start())).size()) : head;
    }

    /**
     * The priorities and actions a list question is narrowed to: "is anything in it overdue?", "what's red in SP2?".
     * Those named through another (an action's priority) add nothing.
     */
    private static List<Mention> items(Reading r) {
        List<Mention> items = new ArrayList<>();
        for (Reading.Named n : r.named) {
            if (n.how() != Reading.How.DERIVED && (n.kind() == EntityKind.PRIORITY || n.kind() == EntityKind.ACTION)
                    && !items.contains(n.mention())) {
                items.add(n.mention());
            }
        }
        return items.isEmpty() ? List.of() : List.copyOf(items);
    }

    /**
     * The words a "which priority ..." question asks about when it names no priority or topic ("which priority covers
     * SEND?", "what priority deals with exploitation?"): they may name a focus group, an action's subject or
     * nothing the strategy has, and the answer looks for them in the priorities and the plan. Empty otherwise.
     */
    private List<String> whichPriorityFor(Reading r) {
        if (!r.words.contains("which") && !r.words.contains("what")
                || !r.words.contains("priority") && !r.words.contains("priorities")
                || r.named.stream().anyMatch(n -> n.kind() == EntityKind.TOPIC || n.kind() == EntityKind.PRIORITY
                        || n.kind() == EntityKind.RAG)) {
            return List.of();
        }
        // the question's own words ("covers", "deals with"), which it was not scored on as it names no topic
        boolean[] asks = r.cue.clone();
        for (Vocabulary.Cue cue : vocabulary.rule(Intent.PRIORITY_FOR_TOPIC).cues()) {
            int at = r.indexOf(cue.stems());
            for (int i = at; at >= 0 && i < at + cue.stems().size(); i++) {
                asks[i] = true;
            }
        }
        // what is asked about, from its first word to its last, as one phrase; a word for a kind of thing ("children",
        // "work") only inside a name ("children in care"), and something more than such words ("which priority covers
        // children?" asks nothing in particular)
        BitSet names = new BitSet();
        r.named.stream().filter(n -> n.own() && n.whole())
                .filter(n -> n.span().stream().anyMatch(i -> i < r.size() && !vocabulary.isGeneric(r.stems.get(i))))
                .forEach(n -> names.or(n.span()));
        int first = -1;
        int last = -1;
        boolean particular = false;
        for (int i = 0; i < r.size(); i++) {
            String w = r.words.get(i);
            boolean generic = vocabulary.isGeneric(r.stems.get(i));
            if (!asks[i] && !vocabulary.isStopword(w) && !WHICH_PRIORITY.contains(w) && (!generic || names.get(i))) {
                first = first < 0 ? i : first;
                last = i;
                particular |= !generic;
            }
        }
        return particular ? r.written.subList(first, last + 1) : List.of();
    }

    private List<String> otherWords(Reading r) {
        List<String> other = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            if (!r.used[i] && !vocabulary.isStopword(r.words.get(i)) && !vocabulary.isGeneric(r.stems.get(i))) {
                other.add(r.words.get(i));
            }
        }
        return other;
    }
}
