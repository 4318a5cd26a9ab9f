package org.strategybot.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.strategybot.ask.Answer.Citation;
import org.strategybot.ask.Answer.Line;
import org.strategybot.search.Definition;
import org.strategybot.search.Found;
import org.strategybot.search.Search;
import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.Intent;

/**
 * What the strategy's documents say: what a term is ("what is the Education Partnership?", "what does NEET stand
 * for?"), what they say about something, and the passages that best answer a question no known intent does;
 * quoted with each quote's document, section and date. When nothing answers, a plain statement saying so.
 */
final class SearchAnswers implements Handler {

    private static final int ECHO_LIMIT = 80;

    private final Search search;
    private final Suggestions suggestions;
    private final RelatedItems related;

    SearchAnswers(Search search, Suggestions suggestions, RelatedItems related) {
        this.search = search;
        this.suggestions = suggestions;
        this.related = related;
    }

    @Override
    public Set<Intent> intents() {
        return EnumSet.of(Intent.DEFINITION, Intent.SEARCH, Intent.UNKNOWN);
    }

    @Override
    public Optional<Answer> answer(Question question) {
        String subject = question.understanding().subject();
        return switch (question.understanding().intent()) {
            case DEFINITION -> search.define(question.strategy().id(), subject).map(d -> defined(question, d))
                    .or(() -> passages(question, subject));
            case SEARCH -> passages(question, subject != null ? subject : question.text());
            // no intent applies: perhaps the documents answer it; if not, it was not understood
            default -> passages(question, question.text()).or(() -> Optional.of(unknown(question.strategy())));
        };
    }

    private Optional<Answer> passages(Question question, String asked) {
        List<Found> found = search.find(question.strategy().id(), asked);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = found.stream().map(f -> new Line(where(f), "“" + f.quote() + "”")).toList();
        Found top = found.get(0);
        return Optional.of(new Answer(Intent.SEARCH, Wording.of("search.title"), null, lines,
                new Citation(question.strategy().title(), top.document(), top.section()), suggestions.forStrategy(question.strategy())));
    }

    /** A term as the documents define or describe it, with the plan's items that are about it. */
    private Answer defined(Question question, Definition definition) {
        String title = definition.expansion() != null ? Wording.of("term.acronym.title", definition.term(), definition.expansion())
                : Wording.of(definition.defines() ? "term.title" : "term.mentioned.title", definition.term());
        List<String> texts = new ArrayList<>();
        if (!definition.defines()) {
            texts.add(Wording.of("term.mentioned"));
        }
        // several documents may name different people or things under one term ("the director"); an acronym's
        // letters mean the same wherever they stand
        if (definition.expansion() == null && definition.uses().stream().map(Found::documentId).distinct().count() > 1) {
            texts.add(Wording.of("term.several", definition.uses().stream().map(Found::documentId).distinct().count()));
        }
        List<Line> lines = new ArrayList<>(definition.uses().stream().map(f -> new Line(where(f), "“" + f.quote() + "”")).toList());
        RelatedItems.Found plan = related.of(question);
        lines.addAll(plan.lines());
        Found top = definition.uses().get(0);
        Answer answer = new Answer(Intent.DEFINITION, title, texts.isEmpty() ? null : String.join(" ", texts), lines,
                new Citation(question.strategy().title(), top.document(), top.section()), suggestions.forStrategy(question.strategy()));
        return plan.context() == null ? answer : answer.withContext(plan.context());
    }

    /** The document, section and date a quote comes from: documents of different dates may say different things. */
    private static String where(Found found) {
        String where = found.section() == null ? found.document() : found.document() + " — " + found.section();
        return where + " (" + (found.date() == null ? Wording.of("search.undated") : found.date()) + ")";
    }

    /** The documents were asked and hold nothing on it. */
    Answer nothing(Question question) {
        String asked = question.understanding().subject() != null ? question.understanding().subject() : question.text();
        // as written: the recognizer's typo correction would echo "Reading" as "leading"
        // mentions and tags end at the next '<': one pass over text full of unclosed tags, not one per tag
        asked = asked.replaceAll("(?i)<at>[^<]*</at>", " ").replaceAll("<[^<>]*>", " ").replaceAll("\\s+", " ").strip();
        if (asked.length() > ECHO_LIMIT) {
            asked = asked.substring(0, ECHO_LIMIT).strip() + "…";
        }
        Strategy strategy = question.strategy();
        return new Answer(Intent.SEARCH, Wording.of("search.none.title"), Wording.of("search.none", strategy.title(), asked),
                suggestions.forStrategy(strategy).stream().map(Line::of).toList(), null, List.of()).as(Answer.Kind.NOTHING_FOUND);
    }

    private Answer unknown(Strategy strategy) {
        return new Answer(Intent.UNKNOWN, Wording.of("unknown.title"), Wording.of("unknown", strategy.title()),
                suggestions.forStrategy(strategy).stream().map(Line::of).toList(), null, List.of());
    }
}
