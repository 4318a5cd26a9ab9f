package org.strategybot.understanding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
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
        for (Reading.Named n : r.named) {
            named.add(n.kind());
        }
        boolean itemAlone = onlyItems(r);
        BitSet present = vocabulary.cuesStartingIn(r);
        List<Candidate> candidates = new ArrayList<>();
        Set<Intent> cuedIntents = EnumSet.noneOf(Intent.class);
        double searchScore = 0;
        for (int ruleAt = 0; ruleAt < vocabulary.rules.size(); ruleAt++) {
            Vocabulary.Rule rule = vocabulary.rules.get(ruleAt);
            if (rule.needs() != null && !named.contains(rule.needs()) || rule.statement() && r.question
                    || ruledOut(rule, r)) {
                continue;
            }
            // a command's cue in a note or deep in a long paste is part of what was written, not a command
            int limit = rule.intent() == Intent.UPDATE ? r.size() : r.head;
            double score = 0;
            boolean cued = false;
            int end = vocabulary.cuesFrom(ruleAt + 1);
            for (int c = present.nextSetBit(vocabulary.cuesFrom(ruleAt)); c >= 0 && c < end; c = present.nextSetBit(c + 1)) {
                Vocabulary.Cue cue = vocabulary.cue(c);
                int at = r.indexOf(cue.stems(), limit);
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
            if (cued) {
                cuedIntents.add(rule.intent());
            }
            if (rule.intent() == Intent.SEARCH) {
                searchScore = score;
            } else if (score > 0) {
                candidates.add(new Candidate(rule.intent(), score));
            }
        }
        // once every rule has been cued, as a narrowing intent may be listed after the one it narrows
        Set<Intent> narrowed = EnumSet.noneOf(Intent.class);
        for (Vocabulary.Rule rule : vocabulary.rules) {
            // most rules are narrowed by nothing: no set is walked for them on every message
            if (!rule.narrowedBy().isEmpty() && !Collections.disjoint(rule.narrowedBy(), cuedIntents)) {
                narrowed.add(rule.intent());
            }
        }
        candidates.removeIf(c -> narrowed.contains(c.intent()));
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
        if (kind == null) {
            return false;
        }
        for (Reading.Named n : r.named) {
            if (n.kind() == kind && n.how() != Reading.How.DERIVED) {
                return false;
            }
        }
        return true;
    }

    /** Words that rule an intent out ("how many actions are red?" counts the plan, it asks no figure). */
    private static boolean ruledOut(Vocabulary.Rule rule, Reading r) {
        if (rule.unless().isEmpty()) {
            return false;
        }
        for (String w : r.words) {
            if (rule.unless().contains(w)) {
                return true;
            }
        }
        for (Reading.Named n : r.named) {
            if (n.own() && (n.kind() == EntityKind.PRIORITY || n.kind() == EntityKind.ACTION || n.kind() == EntityKind.RAG)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the message is nothing but items' names and words that shape a question ("SP3", "what is SP3?"), and not
     * a "how", "why" or "when" question, which asks more than what an item is ("how do we hear the voice of the child?").
     */
    private boolean onlyItems(Reading r) {
        if (!r.namesAnItem()) {
            return false;
        }
        for (String w : r.words) {
            if (vocabulary.openQuestions.contains(w)) {
                return false;
            }
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
        for (Reading.Named n : r.named) {
            if (n.how() == Reading.How.NAME && n.kind() != EntityKind.RAG) {
                for (int i = n.span().nextSetBit(0); i >= 0 && i < itemWords.length; i = n.span().nextSetBit(i + 1)) {
                    itemWords[i] = true;
                }
            }
        }
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
