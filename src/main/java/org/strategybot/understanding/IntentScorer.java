package org.strategybot.understanding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores every intent of the vocabulary against a message: the evidence for each reading, from its cues
 * and the items named. Every score is kept, so that the best can win and the decision be seen.
 */
final class IntentScorer {

    private final Vocabulary vocabulary;
    private final ItemFinder items;

    IntentScorer(Vocabulary vocabulary, ItemFinder items) {
        this.vocabulary = vocabulary;
        this.items = items;
    }

    /** The candidates in the vocabulary's order, each with its score; a tie goes to the one listed first. */
    List<Candidate> score(Reading r) {
        boolean[] beforeCues = r.used.clone();
        Set<EntityKind> named = EnumSet.noneOf(EntityKind.class);
        r.named.forEach(n -> named.add(n.kind()));
        boolean itemAlone = onlyItems(r);
        // a cue whose first word the message lacks is not searched for: most of the vocabulary's cues, every time
        Set<String> present = new HashSet<>(r.stems);
        List<Candidate> candidates = new ArrayList<>();
        double searchScore = 0;
        for (Vocabulary.Rule rule : vocabulary.rules) {
            if (rule.needs() != null && !named.contains(rule.needs()) || rule.statement() && r.question
                    || ruledOut(rule, r)) {
                continue;
            }
            // a command's cue in a note or deep in a long paste is part of what was written, not a command
            int limit = rule.intent() == Intent.UPDATE ? r.size() : r.head;
            double score = 0;
            boolean cued = false;
            for (Vocabulary.Cue cue : rule.cues()) {
                int at = cue.stems().isEmpty() || !present.contains(cue.stems().get(0)) ? -1
                        : ItemFinder.indexOf(r.stems, cue.stems(), limit);
                if (at >= 0) {
                    cued = true;
                    score += cue.score();
                    for (int i = at; i < at + cue.stems().size(); i++) {
                        r.used[i] = true;
                        r.cue[i] |= rule.intent() != Intent.SEARCH;
                    }
                }
            }
            boolean with = rule.with() != null && named.contains(rule.with());
            // a word naming an item is not a question about it: "what is the Education Partnership?" is not
            // asking which priority it sits under, unless the message is only the item's name ("SP3")
            if (rule.statement() && !cued && !with || rule.needs() != null && !cued && !itemAlone && !(rule.statement() && with)) {
                continue;
            }
            if (rule.needs() != null && !cued) {
                // only the item's name: asking what it is, whatever else could be asked of it
                score = 2;
            } else {
                boolean derived = onlyDerived(r, rule.needs()) && !rule.takesActions();
                score += (rule.needs() != null ? 2 + (items.mentionsKind(r, rule.needs()) ? 1 : 0) - (derived ? 1 : 0) : 0)
                        + (with ? 2 : 0);
            }
            if (rule.intent() == Intent.SEARCH) {
                searchScore = score;
            } else if (score > 0) {
                candidates.add(new Candidate(rule.intent(), score));
            }
        }
        if (searchScore >= vocabulary.threshold && hasSubject(r, beforeCues)) {
            candidates.add(new Candidate(Intent.SEARCH, searchScore));
        }
        return candidates;
    }

    /**
     * Whether the items of a kind are named only through another ("the corporate parenting work" names SP5.2, and so
     * SP5): a question about SP5.2, more than about SP5.
     */
    private static boolean onlyDerived(Reading r, EntityKind kind) {
        return kind != null && r.named.stream().filter(n -> n.kind() == kind).allMatch(n -> n.how() == Reading.How.DERIVED);
    }

    /** Words that rule an intent out ("how many actions are red?" counts the plan, it asks no figure). */
    private static boolean ruledOut(Vocabulary.Rule rule, Reading r) {
        if (rule.unless().isEmpty()) {
            return false;
        }
        return r.words.stream().anyMatch(rule.unless()::contains) || r.named.stream().anyMatch(n -> n.own()
                && (n.kind() == EntityKind.PRIORITY || n.kind() == EntityKind.ACTION || n.kind() == EntityKind.RAG));
    }

    /**
     * Whether the message is nothing but items' names and words that shape a question ("SP3", "what is SP3?"), and not
     * a "how", "why" or "when" question, which asks more than what an item is ("how do we hear the voice of the child?").
     */
    private boolean onlyItems(Reading r) {
        if (!r.namesAnItem() || r.words.stream().anyMatch(vocabulary.openQuestions::contains)) {
            return false;
        }
        for (int i = 0; i < r.size(); i++) {
            if (!r.used[i] && !vocabulary.isStopword(r.words.get(i)) && !vocabulary.isGeneric(r.stems.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a search has something to search for: words no intent's cue took, a priority code or RAG word
     * excepted. Words naming a strategy item count, so that "what does the strategy say about exploitation?"
     * can search when its cue outscores the item's own intent.
     */
    private boolean hasSubject(Reading r, boolean[] beforeCues) {
        boolean[] itemWords = new boolean[r.size()];
        r.named.stream().filter(n -> n.how() == Reading.How.NAME && n.kind() != EntityKind.RAG)
                .forEach(n -> n.span().stream().filter(i -> i < itemWords.length).forEach(i -> itemWords[i] = true));
        for (int i = 0; i < r.size(); i++) {
            boolean cue = r.used[i] && !beforeCues[i];
            if (!cue && (!beforeCues[i] || itemWords[i]) && !vocabulary.isStopword(r.words.get(i))
                    && !vocabulary.isGeneric(r.stems.get(i))) {
                return true;
            }
        }
        return false;
    }
}
