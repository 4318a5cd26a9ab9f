package org.strategybot.ask;

import java.util.Optional;
import java.util.Set;

import org.strategybot.understanding.Intent;

/** Answers the intents it claims; the {@link Router}'s table holds exactly one handler for each intent. */
interface Handler {

    Set<Intent> intents();

    /** The answer, or empty when the documents were asked and hold nothing on it. */
    Optional<Answer> answer(Question question);
}
