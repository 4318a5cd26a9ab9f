package org.strategybot.understanding;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.strategybot.understanding.Reading.How;

/**
 * Reads a message against what the conversation was last about: "it" and "that one" are the item last talked
 * about, "those" the list last shown, "the second one" an item of that list by its place, and "and SP5?" the
 * previous question asked of another item.
 */
final class FollowUps {

    /** Compiled once: every word of a message is tried as a place ("the 2nd one"). */
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}(st|nd|rd|th)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    /** Words before a place in a list: "number 3", "item 2". */
    private static final Set<String> NUMBERED_BY = Set.of("number", "no", "item");

    private static final List<EntityKind> ASKED_ABOUT = List.of(EntityKind.ACTION, EntityKind.PRIORITY, EntityKind.VALUE,
            EntityKind.PRINCIPLE, EntityKind.BUSINESS_AREA, EntityKind.GOVERNANCE_BODY, EntityKind.COHORT, EntityKind.RAG);

    private final Vocabulary vocabulary;

    FollowUps(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Adds the items a reference points at, before intents are scored, so that "who leads it?" is scored as
     * "who leads SP5?".
     *
     * @return how the message leaned on the context, and the items a plural reference means
     */
    Resolved resolve(Reading r, Context context) {
        if (context.isEmpty()) {
            return Resolved.NONE;
        }
        if (ordinal(r, context)) {
            return new Resolved(FollowUp.ORDINAL, List.of());
        }
        if (r.namesAnItem()) {
            return Resolved.NONE;
        }
        int plural = find(r, vocabulary.pluralReferences);
        if (plural >= 0 && !context.items().isEmpty()) {
            context.items().forEach(m -> point(r, m, new BitSet()));
            return new Resolved(FollowUp.LIST, context.items());
        }
        if (find(r, vocabulary.singularReferences) >= 0 || demonstrative(r) || vocabulary.asksOfAnItem(r)) {
            List<Mention> about = context.about().isEmpty() ? context.shown() : context.about();
            about.forEach(m -> point(r, m, new BitSet()));
            return about.isEmpty() ? Resolved.NONE : new Resolved(FollowUp.REFERENCE, List.of());
        }
        return Resolved.NONE;
    }

    /** Adds an item the message points at; an action brings its priority, as "SP4.2" written out does. */
    private static void point(Reading r, Mention m, BitSet span) {
        r.add(m, span, How.CONTEXT);
        int dot = m.key().indexOf('.');
        if (m.kind() == EntityKind.ACTION && dot > 0) {
            r.add(new Mention(EntityKind.PRIORITY, m.key().substring(0, dot), m.strength()), new BitSet(), How.DERIVED);
        }
    }

    /**
     * Whether the message may lean on what the conversation was about: it holds a reference ("it", "those", "that"),
     * a place in a list ("the second one", "number 3"), a word like "and" or "what about", nothing but an item's
     * name ("SP2?"), or a question asked of one item without naming any ("who's the owner?").
     */
    boolean mayLean(Reading r) {
        if (anyIn(r, vocabulary.singularReferences) || anyIn(r, vocabulary.pluralReferences) || anyIn(r, vocabulary.ellipsis)) {
            return true;
        }
        if (!r.namesAnItem() && vocabulary.asksOfAnItem(r)) {
            return true;
        }
        boolean onlyItems = r.namesAnItem();
        for (int i = 0; i < r.size(); i++) {
            String w = r.words.get(i);
            if (vocabulary.demonstratives.contains(w) || place(r, i) != null) {
                return true;
            }
            onlyItems &= r.used[i] || vocabulary.isStopword(w);
        }
        return onlyItems;
    }

    private static boolean anyIn(Reading r, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (r.indexOf(phrase) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** What a follow-up resolved to: how, and the items a plural reference scopes the answer to. */
    record Resolved(FollowUp how, List<Mention> scope) {
        static final Resolved NONE = new Resolved(FollowUp.NONE, List.of());
    }

    /**
     * "And SP5?": a message of nothing but an item and words like "and" or "what about" asks the previous
     * question again, of that item; a list question ("which actions are overdue?") asked again is narrowed to it.
     * Called once the intents are scored, so that a cue of its own ("and who leads SP5?") keeps the message apart.
     */
    Optional<Ellipsis> ellipsis(Reading r, Context context) {
        if (context.intent() == null || r.named.stream().noneMatch(n -> n.own() || n.how() == How.CONTEXT)) {
            return Optional.empty();
        }
        boolean[] ellipsisWord = new boolean[r.size()];
        boolean saysSo = false;
        for (List<String> phrase : vocabulary.ellipsis) {
            int at = r.indexOf(phrase);
            for (int i = at; at >= 0 && i < at + phrase.size(); i++) {
                ellipsisWord[i] = true;
                saysSo = true;
            }
        }
        for (int i = 0; i < r.size(); i++) {
            int word = i;
            boolean item = r.named.stream().anyMatch(n -> n.span().get(word));
            // a cue inside an item's name ("and the workforce priority?") counts only when "and", "what about"... says
            // the message leans on the last question; without them ("list the strategic priorities") it asks its own
            boolean ownCue = r.cue[i] && !ellipsisWord[i] && (!item || !saysSo);
            boolean content = !r.used[i] && !ellipsisWord[i] && !vocabulary.isStopword(r.words.get(i));
            if (ownCue || content) {
                return Optional.empty();
            }
        }
        EntityKind kind = ASKED_ABOUT.stream().filter(r::names).findFirst().orElse(null);
        if (kind == null) {
            return Optional.empty();
        }
        Intent previous = context.intent();
        Map<EntityKind, Intent> next = vocabulary.followUps.getOrDefault(previous, Map.of());
        Vocabulary.Rule rule = vocabulary.rule(previous);
        Intent intent;
        List<Mention> scope = List.of();
        if (next.containsKey(kind)) {
            intent = next.get(kind);
        } else if (rule != null && rule.needs() != null && r.names(rule.needs())) {
            intent = previous;
        } else if (scoped(previous)) {
            intent = previous;
            scope = r.named.stream().filter(n -> n.own() || n.how() == How.CONTEXT).map(Reading.Named::mention)
                    .filter(m -> m.kind() == EntityKind.PRIORITY || m.kind() == EntityKind.ACTION).toList();
        } else {
            intent = vocabulary.describe.get(kind);
        }
        if (intent == previous) {
            // what the previous question was about besides the item replaced: "and SP2?" after "which are red?"; a
            // priority replaces an action of the plan, and an action a priority ("and SP4?" after "why is SP3.2 amber?")
            boolean planItem = r.names(EntityKind.PRIORITY) || r.names(EntityKind.ACTION);
            context.about().stream().filter(m -> !r.names(m.kind()) && !(planItem && isPlanItem(m))).forEach(m -> point(r, m, new BitSet()));
        }
        return intent == null ? Optional.empty()
                : Optional.of(new Ellipsis(new Candidate(intent, vocabulary.followUpScore), scope));
    }

    private static boolean isPlanItem(Mention m) {
        return m.kind() == EntityKind.PRIORITY || m.kind() == EntityKind.ACTION;
    }

    /** The previous question asked of another item, and the items a list question is narrowed to. */
    record Ellipsis(Candidate candidate, List<Mention> scope) {
    }

    /** List questions that a named item narrows rather than replaces ("and in SP2?" after "what is overdue?"). */
    private static boolean scoped(Intent intent) {
        return intent == Intent.OVERDUE || intent == Intent.STALE || intent == Intent.BY_RAG;
    }

    /** "The second one", "number 3", "the last one": the item at that place in the list last shown. */
    private boolean ordinal(Reading r, Context context) {
        if (context.shown().isEmpty()) {
            return false;
        }
        for (int i = 0; i < r.size(); i++) {
            if (r.used[i]) {
                continue;
            }
            Integer place = place(r, i);
            if (place == null) {
                continue;
            }
            int last = i;
            boolean next = i + 1 < r.size() && vocabulary.ordinalWords.contains(r.words.get(i + 1)) && !r.used[i + 1];
            boolean end = i + 1 == r.size() || r.words.subList(i + 1, r.size()).stream().allMatch(vocabulary::isStopword);
            boolean numbered = i > 0 && NUMBERED_BY.contains(r.words.get(i - 1));
            if (!next && !end && !numbered) {
                continue;
            }
            if (next) {
                last = i + 1;
            }
            int index = place == -1 ? context.shown().size() - 1 : place - 1;
            if (index < 0 || index >= context.shown().size()) {
                continue;
            }
            point(r, context.shown().get(index), Reading.span(numbered ? i - 1 : i, last + 1));
            return true;
        }
        return false;
    }

    /** The place a word gives (1 for "first", "1st", or a number after "number"), -1 for "last", else null. */
    private Integer place(Reading r, int i) {
        String w = r.words.get(i);
        if ("last".equals(w)) {
            return -1;
        }
        if (vocabulary.ordinals.containsKey(w)) {
            return vocabulary.ordinals.get(w);
        }
        boolean digit = !w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9';
        if (digit && NUMBERED.matcher(w).matches()) {
            return Integer.valueOf(w.replaceAll("\\D", ""));
        }
        boolean afterNumber = i > 0 && NUMBERED_BY.contains(r.words.get(i - 1));
        if (afterNumber && NUMBER.matcher(w).matches()) {
            return Integer.valueOf(w);
        }
        return afterNumber ? vocabulary.numbers.get(w) : null;
    }

    private static int find(Reading r, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            int at = r.indexOf(phrase);
            if (at >= 0) {
                for (int i = at; i < at + phrase.size(); i++) {
                    r.used[i] = true;
                }
                return at;
            }
        }
        return -1;
    }

    /**
     * "That" or "this" standing for the item ("when was that last updated?", "who leads that?"), not tying a clause to
     * a noun ("the actions that are overdue"): not when a verb of such a clause follows.
     */
    private boolean demonstrative(Reading r) {
        for (int i = 0; i < r.size(); i++) {
            if (!r.used[i] && vocabulary.demonstratives.contains(r.words.get(i))
                    && (i + 1 == r.size() || !vocabulary.clauseVerbs.contains(r.words.get(i + 1)))) {
                r.used[i] = true;
                return true;
            }
        }
        return false;
    }
}
