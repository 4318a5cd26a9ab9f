package org.strategybot.understanding;

import java.util.List;
import java.util.Optional;

/**
 * What a question asks for and which strategy items it names.
 *
 * @param intent          the recognised intent, {@link Intent#UNKNOWN} when nothing fits
 * @param mentions        the strategy items named, strongest first within each kind
 * @param unknownPriority a priority code that looks deliberate but is not in the strategy ("SP9")
 * @param yesNoQuestion   the question asks whether something is so ("is X one of ...?")
 * @param otherWords      content words that matched neither the vocabulary nor any item
 * @param update          what a progress update says, for {@link Intent#UPDATE}; null otherwise
 * @param schedule        the day and time asked for, for {@link Intent#DIGEST_SUBSCRIBE}; null otherwise
 */
public record Understanding(
        Intent intent,
        List<Mention> mentions,
        String unknownPriority,
        boolean yesNoQuestion,
        List<String> otherWords,
        UpdateRequest update,
        ScheduleRequest schedule) {

    public Understanding {
        mentions = List.copyOf(mentions);
        otherWords = List.copyOf(otherWords);
    }

    public Optional<Mention> first(EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).findFirst();
    }

    public List<Mention> all(EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).toList();
    }
}
