package org.strategybot.ask;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Intent;

/**
 * One table of intents to the handlers that answer them. The question goes to the handler of its best-scored
 * reading (see {@link org.strategybot.understanding.Recognizer}); when that reading asks the documents and they
 * hold nothing on it, the answer says so rather than answering another question. A question no reading fits is
 * searched in the documents, and failing that is not understood, which is counted (by its intent, "unknown") like
 * every other answer.
 */
final class Router {

    private final Map<Intent, Handler> table;
    private final SearchAnswers search;
    private final StrategyAnswers strategy;

    Router(List<Handler> handlers, SearchAnswers search, StrategyAnswers strategy) {
        Map<Intent, Handler> map = new EnumMap<>(Intent.class);
        for (Handler h : handlers) {
            for (Intent intent : h.intents()) {
                Handler other = map.put(intent, h);
                if (other != null) {
                    throw new IllegalStateException(intent + " has two handlers: " + other.getClass().getSimpleName()
                            + " and " + h.getClass().getSimpleName());
                }
            }
        }
        this.table = Collections.unmodifiableMap(map);
        this.search = search;
        this.strategy = strategy;
    }

    /** Every intent's handler, for the test that each intent has exactly one. */
    Map<Intent, Handler> table() {
        return table;
    }

    Answer route(Question question) {
        if (question.understanding().unknownPriority() != null && question.understanding().first(EntityKind.PRIORITY).isEmpty()) {
            return strategy.noSuchPriority(question);
        }
        Optional<Answer> answer = handler(question.understanding().intent()).answer(question);
        return answer.orElseGet(() -> search.nothing(question));
    }

    private Handler handler(Intent intent) {
        Handler h = table.get(intent);
        if (h == null) {
            throw new IllegalStateException("No handler for " + intent);
        }
        return h;
    }
}
