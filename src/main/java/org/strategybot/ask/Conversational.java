package org.strategybot.ask;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.strategybot.ask.Answer.Line;
import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.Intent;

/** Greetings, thanks and help: what the bot can be asked, with examples the strategy can answer. */
final class Conversational implements Handler {

    private final Suggestions suggestions;

    Conversational(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public Set<Intent> intents() {
        return EnumSet.of(Intent.GREETING, Intent.THANKS, Intent.HELP);
    }

    @Override
    public Optional<Answer> answer(Question question) {
        Strategy strategy = question.strategy();
        return Optional.of(switch (question.understanding().intent()) {
            case GREETING -> help(strategy, Intent.GREETING, Wording.of("greeting.title"));
            case THANKS -> new Answer(Intent.THANKS, Wording.of("thanks.title"), Wording.of("thanks", strategy.title()),
                    List.of(), null, suggestions.forStrategy(strategy));
            default -> help(strategy, Intent.HELP, Wording.of("help.title"));
        });
    }

    Answer help(Strategy strategy, Intent intent, String title) {
        String text = Wording.of("help", strategy.title(), strategy.organisation());
        List<Line> examples = suggestions.examples(strategy).values().stream().map(Line::of).toList();
        return new Answer(intent, title, text, examples, null, List.of());
    }
}
