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
    public Optional<Answer> answer(Question q) {
        String subject = q.understanding().subject();
        return switch (q.understanding().intent()) {
            case DEFINITION -> search.define(q.strategy().id(), subject).map(d -> defined(q, d))
                    .or(() -> passages(q, subject));
            case SEARCH -> passages(q, subject != null ? subject : q.text());
            // no intent applies: perhaps the documents answer it; if not, it was not understood
            default -> passages(q, q.text()).or(() -> Optional.of(unknown(q.strategy())));
        };
    }

    private Optional<Answer> passages(Question q, String asked) {
        List<Found> found = search.find(q.strategy().id(), asked);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = found.stream().map(f -> new Line(where(f), "“" + f.quote() + "”")).toList();
        Found top = found.get(0);
        return Optional.of(new Answer(Intent.SEARCH, Wording.of("search.title"), null, lines,
                new Citation(q.strategy().title(), top.document(), top.section()), suggestions.forStrategy(q.strategy())));
    }

    /** A term as the documents define or describe it, with the plan's items that are about it. */
    private Answer defined(Question q, Definition d) {
        String title = d.expansion() != null ? Wording.of("term.acronym.title", d.term(), d.expansion())
                : Wording.of(d.defines() ? "term.title" : "term.mentioned.title", d.term());
        List<String> texts = new ArrayList<>();
        if (!d.defines()) {
            texts.add(Wording.of("term.mentioned"));
        }
        // several documents may name different people or things under one term ("the director"); an acronym's
        // letters mean the same wherever they stand
        if (d.expansion() == null && d.uses().stream().map(Found::documentId).distinct().count() > 1) {
            texts.add(Wording.of("term.several", d.uses().stream().map(Found::documentId).distinct().count()));
        }
        List<Line> lines = new ArrayList<>(d.uses().stream().map(f -> new Line(where(f), "“" + f.quote() + "”")).toList());
        RelatedItems.Found plan = related.of(q);
        lines.addAll(plan.lines());
        Found top = d.uses().get(0);
        Answer answer = new Answer(Intent.DEFINITION, title, texts.isEmpty() ? null : String.join(" ", texts), lines,
                new Citation(q.strategy().title(), top.document(), top.section()), suggestions.forStrategy(q.strategy()));
        return plan.context() == null ? answer : answer.withContext(plan.context());
    }

    /** The document, section and date a quote comes from: documents of different dates may say different things. */
    private static String where(Found f) {
        String where = f.section() == null ? f.document() : f.document() + " — " + f.section();
        return where + " (" + (f.date() == null ? Wording.of("search.undated") : f.date()) + ")";
    }

    /** The documents were asked and hold nothing on it. */
    Answer nothing(Question q) {
        String asked = q.understanding().subject() != null ? q.understanding().subject() : q.text();
        // as written: the recognizer's typo correction would echo "Reading" as "leading"
        // mentions and tags end at the next '<': one pass over text full of unclosed tags, not one per tag
        asked = asked.replaceAll("(?i)<at>[^<]*</at>", " ").replaceAll("<[^<>]*>", " ").replaceAll("\\s+", " ").strip();
        if (asked.length() > ECHO_LIMIT) {
            asked = asked.substring(0, ECHO_LIMIT).strip() + "…";
        }
        Strategy strategy = q.strategy();
        return new Answer(Intent.SEARCH, Wording.of("search.none.title"), Wording.of("search.none", strategy.title(), asked),
                suggestions.forStrategy(strategy).stream().map(Line::of).toList(), null, List.of()).as(Answer.Kind.NOTHING_FOUND);
    }

    private Answer unknown(Strategy strategy) {
        return new Answer(Intent.UNKNOWN, Wording.of("unknown.title"), Wording.of("unknown", strategy.title()),
                suggestions.forStrategy(strategy).stream().map(Line::of).toList(), null, List.of());
    }
}
