package org.strategybot.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.strategybot.ask.Answer.Line;
import org.strategybot.search.Found;
import org.strategybot.search.Search;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Intent;

/**
 * Honest limits. The strategy and its documents hold no figures about children (how many are in care, NEET rates):
 * said so, with what the strategy does say on the subject, rather than a focus statement that reads like an answer.
 * Deleting, renaming or restructuring priorities and actions is not done in chat: said so, with who can.
 */
final class LimitAnswers implements Handler {

    private final Search search;
    private final Suggestions suggestions;

    LimitAnswers(Search search, Suggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
    }

    @Override
    public Set<Intent> intents() {
        return EnumSet.of(Intent.FIGURES, Intent.RESTRUCTURE);
    }

    @Override
    public Optional<Answer> answer(Question question) {
        return Optional.of(question.understanding().intent() == Intent.FIGURES ? figures(question) : restructure(question));
    }

    private Answer figures(Question question) {
        List<Line> lines = new ArrayList<>();
        question.understanding().first(EntityKind.COHORT)
                .ifPresent(c -> lines.add(new Line(Wording.of("figures.cohort"), "“" + c.key() + "”")));
        String subject = String.join(" ", question.understanding().otherWords());
        if (!subject.isBlank()) {
            List<Found> found = search.find(question.strategy().id(), subject);
            found.stream().limit(1).forEach(f -> lines.add(new Line(f.document() + (f.section() == null ? "" : " — " + f.section()),
                    "“" + f.quote() + "”")));
        }
        String text = Wording.of("figures", question.strategy().title()) + " "
                + Wording.of(lines.isEmpty() ? "figures.nothing" : "figures.what");
        return new Answer(Intent.FIGURES, Wording.of("figures.title"), text, lines, null, suggestions.forStrategy(question.strategy()));
    }

    private Answer restructure(Question question) {
        return new Answer(Intent.RESTRUCTURE, Wording.of("restructure.title"), Wording.of("restructure", question.strategy().title()),
                List.of(Line.of(Wording.of("restructure.chat")), Line.of(Wording.of("restructure.who"))), null,
                List.of(Wording.of("restructure.suggest.status"), Wording.of("restructure.suggest.undo")));
    }
}
