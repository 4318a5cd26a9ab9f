package org.strategybot.ask;

import java.util.List;
import java.util.Optional;

import org.strategybot.ask.Answer.Citation;
import org.strategybot.ask.Answer.Line;
import org.strategybot.search.Found;
import org.strategybot.search.Search;
import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.Understanding;

/**
 * Questions no known intent answers: the best passages of the strategy's documents, quoted with their
 * document and section, or a plain statement that the documents do not cover it.
 */
final class SearchAnswers {

    private static final int ECHO_LIMIT = 80;

    private final Search search;
    private final Suggestions suggestions;

    SearchAnswers(Search search, Suggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
    }

    Optional<Answer> answer(Strategy strategy, Understanding u, String question) {
        if (u.intent() != Intent.SEARCH && u.intent() != Intent.UNKNOWN) {
            return Optional.empty();
        }
        List<Found> found = search.find(strategy.id(), question);
        if (found.isEmpty()) {
            return Optional.of(nothing(strategy, question));
        }
        List<Line> lines = found.stream().map(f -> new Line(f.section() == null ? f.document() : f.document() + " — " + f.section(),
                "“" + f.quote() + "”")).toList();
        Found top = found.get(0);
        return Optional.of(new Answer("search", "What the strategy documents say", null, lines,
                new Citation(strategy.title(), top.document(), top.section()), suggestions.forStrategy(strategy)));
    }

    private Answer nothing(Strategy strategy, String question) {
        // as written: the recognizer's typo correction would echo "Reading" as "leading"
        // mentions and tags end at the next '<': one pass over text full of unclosed tags, not one per tag
        String asked = question.replaceAll("(?i)<at>[^<]*</at>", " ").replaceAll("<[^<>]*>", " ").replaceAll("\\s+", " ").strip();
        if (asked.length() > ECHO_LIMIT) {
            asked = asked.substring(0, ECHO_LIMIT).strip() + "…";
        }
        return new Answer("search-none", "Not in the strategy documents",
                "I searched the documents of " + strategy.title() + " and found nothing on “" + asked + "”. "
                        + "I answer questions about its vision, values, priorities and progress. Try one of these, or type “help”:",
                suggestions.forStrategy(strategy).stream().map(Line::of).toList(), null, List.of());
    }
}
