package org.strategybot.understanding;

import java.util.List;
import java.util.Optional;

/**
 * What a question asks for and which strategy items it names.
 *
 * @param intent          the recognised intent, {@link Intent#UNKNOWN} when nothing fits
 * @param candidates      every reading with evidence enough (the vocabulary's threshold), best first; the intent
 *                        is the first's. Kept so that a routing decision can be seen and tested
 * @param mentions        the strategy items named, strongest first within each kind (those a follow-up points
 *                        at included)
 * @param unknownPriority a priority code that looks deliberate but is not in the strategy ("SP9")
 * @param yesNoQuestion   the question asks whether something is so ("is X one of ...?")
 * @param otherWords      content words that matched neither the vocabulary nor any item
 * @param update          what a progress update says, for {@link Intent#UPDATE}; null otherwise
 * @param schedule        the day and time asked for, for {@link Intent#DIGEST_SUBSCRIBE}; null otherwise
 * @param subject         what a definitional question asks about, as written ("extra-familial harm"), when it
 *                        names no strategy item; null otherwise
 * @param followUp        how the question leaned on what the conversation was last about
 * @param scope           the items a list question is narrowed to ("which of those are overdue?"); empty for all
 */
public record Understanding(
        Intent intent,
        List<Candidate> candidates,
        List<Mention> mentions,
        String unknownPriority,
        boolean yesNoQuestion,
        List<String> otherWords,
        UpdateRequest update,
        ScheduleRequest schedule,
        String subject,
        FollowUp followUp,
        List<Mention> scope) {

    public Understanding {
        candidates = List.copyOf(candidates);
        mentions = List.copyOf(mentions);
        otherWords = List.copyOf(otherWords);
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    public Optional<Mention> first(EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).findFirst();
    }

    public List<Mention> all(EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).toList();
    }
}
