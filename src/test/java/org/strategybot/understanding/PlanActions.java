package org.strategybot.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.strategybot.strategy.StrategyFixtures;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The shipped sample plan's actions as the recognizer takes them, read from the plan file itself, and questions
 * read against them in the Wokingham strategy.
 */
final class PlanActions {

    static final List<NamedAction> WOKINGHAM = load("strategies/wokingham-2021-24.plan.yaml");
    private static final Recognizer recognizer = new Recognizer(java.time.Clock.systemDefaultZone());

    private PlanActions() {
    }

    /** A question asked on its own, in the Wokingham strategy with its sample plan. */
    static Understanding understand(String text) {
        return understand(text, Context.NONE);
    }

    static Understanding understand(String text, Context context) {
        return recognizer.understand(text, StrategyFixtures.wokingham(), WOKINGHAM, context);
    }

    private static List<NamedAction> load(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            JsonNode plan = YAMLMapper.builder().build().readTree(in);
            List<NamedAction> actions = new ArrayList<>();
            for (JsonNode priority : plan.path("priorities")) {
                for (JsonNode action : priority.path("actions")) {
                    actions.add(new NamedAction(action.path("code").asString(), priority.path("code").asString(),
                            action.path("title").asString()));
                }
            }
            return List.copyOf(actions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
