package org.strategybot.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.strategybot.understanding.Intent;

/** The one table of intents to handlers. */
class RouterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Router router() {
        Suggestions suggestions = new Suggestions();
        // handlers only hold their services until a question comes, so the table can be built without them
        return Answers.router(suggestions, null, new UpdateAnswers(null, null, LONDON), null, null, LONDON, null, null, null,
                new Conversational(suggestions));
    }

    @Test
    void everyIntentHasExactlyOneHandler() {
        Router router = router();
        assertThat(router.table().keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Intent.class));
    }

    @Test
    void twoHandlersClaimingOneIntentAreRefusedAtStart() {
        Suggestions suggestions = new Suggestions();
        StrategyAnswers content = new StrategyAnswers(suggestions, null, null);
        assertThatThrownBy(() -> new Router(List.of(content, new StrategyAnswers(suggestions, null, null)), null, content))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has two handlers");
    }

    @Test
    void theUnknownPathHasAHandlerOfItsOwn() {
        assertThat(router().table().get(Intent.UNKNOWN)).isInstanceOf(SearchAnswers.class);
    }
}
