package org.strategybot.ask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.ask.Answer.Line;
import org.strategybot.understanding.Context;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.Mention;

/**
 * The strategy's own items that a term the documents describe is about: the actions whose titles name it ("the
 * Education Partnership" is SP5.1's), the priority it sits under, the focus group it is. Shown under the documents'
 * words, and remembered, so that "who leads it?" and "how is it going?" can follow.
 */
final class RelatedItems {

    /** Lines for an answer, and what the conversation is then about (null for nothing). */
    record Found(List<Line> lines, Context context) {
    }

    private static final int MAX_ACTIONS = 3;

    private final ActionPlan plan;

    RelatedItems(ActionPlan plan) {
        this.plan = plan;
    }

    Found of(Question question) {
        List<Line> lines = new ArrayList<>();
        List<Mention> about = new ArrayList<>();
        List<Mention> actions = question.understanding().all(EntityKind.ACTION).stream().limit(MAX_ACTIONS).toList();
        if (!actions.isEmpty()) {
            List<ActionView> all = plan.status(question.strategy()).actions();
            for (Mention m : actions) {
                all.stream().filter(a -> a.code().equals(m.key())).findFirst().ifPresent(a -> {
                    lines.add(new Line(Wording.of("related.action", a.code()), a.title() + " — " + StatusWords.label(a.rag())
                            + (a.sample() ? " " + Wording.of("related.sample") : ""), StatusWords.tone(a.rag())));
                    about.add(m);
                });
            }
        }
        Set<String> priorities = new LinkedHashSet<>();
        question.understanding().all(EntityKind.TOPIC).forEach(t -> priorities.add(t.key()));
        for (String code : priorities) {
            question.strategy().priority(code).ifPresent(p -> lines.add(new Line(Wording.of("related.priority", p.code()), p.title())));
        }
        question.understanding().first(EntityKind.COHORT).ifPresent(c -> lines.add(new Line(Wording.of("related.cohort"), "“" + c.key() + "”")));
        if (about.isEmpty()) {
            priorities.stream().findFirst().ifPresent(code -> about.add(new Mention(EntityKind.PRIORITY, code, 1)));
        }
        Context context = about.isEmpty() ? null
                : new Context(about.get(0).kind() == EntityKind.ACTION ? Intent.ACTION_STATUS : Intent.STATUS, about, List.of());
        return new Found(lines, context);
    }
}
