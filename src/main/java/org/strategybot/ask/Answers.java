package org.strategybot.ask;

import java.util.List;

import org.springframework.stereotype.Service;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.PlanStatus;
import org.strategybot.ask.Answer.Line;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.digest.Conversation;
import org.strategybot.digest.Digests;
import org.strategybot.reports.CommitteeReports;
import org.strategybot.reports.ReportSettings;
import org.strategybot.search.Search;
import org.strategybot.updates.Edits;
import org.strategybot.updates.Updates;
import org.strategybot.understanding.NamedAction;
import org.strategybot.understanding.Recognizer;
import org.strategybot.understanding.Understanding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Answers a person's question about the strategy their organisation uses. */
@Service
public class Answers {

    private final StrategyCatalog catalog;
    private final Recognizer recognizer;
    private final ActionPlan plan;
    private final UpdateAnswers updates;
    private final Updates updateService;
    private final DigestAnswers digestAnswers;
    private final ReportAnswers reportAnswers;
    private final SearchAnswers searchAnswers;
    private final Disclosure disclosure;
    private final Suggestions suggestions = new Suggestions();
    /**
     * The plan's action titles as the recognizer takes them, made once per cached plan status rather than per
     * question (held by identity: a new status after any change makes a new list).
     */
    private final Cache<PlanStatus, List<NamedAction>> named = Caffeine.newBuilder().weakKeys().maximumSize(64).build();

    Answers(StrategyCatalog catalog, Recognizer recognizer, ActionPlan plan, Updates updates, Digests digests,
            CommitteeReports reports, ReportSettings reportSettings, Search search, Disclosure disclosure) {
        this.catalog = catalog;
        this.recognizer = recognizer;
        this.plan = plan;
        this.updateService = updates;
        this.updates = new UpdateAnswers(updates, plan);
        this.digestAnswers = new DigestAnswers(digests, disclosure);
        this.reportAnswers = new ReportAnswers(reports, reportSettings);
        this.searchAnswers = new SearchAnswers(search, suggestions);
        this.disclosure = disclosure;
    }

    /**
     * @param question what the person wrote, mentions and markup included
     * @param asker    who asks; their tenant decides the strategy
     */
    public Answer ask(String question, Asker asker) {
        Strategy strategy = strategy(asker.tenantId(), asker.conversation());
        List<NamedAction> actions = named.get(plan.status(strategy), status -> status.actions().stream()
                .map(a -> new NamedAction(a.code(), a.priority(), a.title())).toList());
        Understanding understanding = recognizer.understand(question, strategy, actions);
        return disclosure.in(asker.conversation(), new StrategyAnswers(strategy, understanding, suggestions).answer()
                .or(() -> updates.answer(strategy, understanding, asker, question))
                .or(() -> digestAnswers.answer(strategy, understanding, asker, plan.settings().zone()))
                .or(() -> reportAnswers.answer(strategy, understanding, plan.status(strategy).sample()))
                .or(() -> new StatusAnswers(strategy, understanding, asker, plan, suggestions).answer())
                .or(() -> searchAnswers.answer(strategy, understanding, question))
                .orElseGet(() -> conversational(understanding, strategy)));
    }

    /** The author pressed Confirm on an update card, with the card's values as they were. */
    public Answer confirm(String proposalId, Edits edits, Asker asker) {
        return disclosure.in(asker.conversation(), updates.render(updateService.confirm(proposalId,
                strategy(asker.tenantId(), asker.conversation()), asker.person(), edits)));
    }

    /** The author pressed Cancel on an update card. */
    public Answer cancel(String proposalId, Asker asker) {
        return updates.render(updateService.cancel(proposalId, strategy(asker.tenantId(), asker.conversation()), asker.person()));
    }

    /** What the bot says when it joins a conversation. */
    public Answer welcome(Conversation conversation) {
        return help(strategy(conversation.tenantId(), conversation), "welcome", "Hello! I'm strategy-bot");
    }

    /** The strategy a conversation sees: its team's, else its tenant's, else the default. */
    private Strategy strategy(String tenantId, Conversation conversation) {
        return catalog.forConversation(tenantId, conversation == null ? null : conversation.teamId());
    }

    private Answer conversational(Understanding understanding, Strategy strategy) {
        return switch (understanding.intent()) {
            case GREETING -> help(strategy, "greeting", "Hello!");
            case THANKS -> new Answer("thanks", "You're welcome.", "Ask me anything else about " + strategy.title() + ".",
                    List.of(), null, suggestions.forStrategy(strategy));
            case HELP -> help(strategy, "help", "What I can do");
            default -> new Answer("unknown", "I'm not sure I understood that.",
                    "I answer questions about " + strategy.title() + ". Try one of these, or type “help” for more:",
                    suggestions.forStrategy(strategy).stream().map(Line::of).toList(), null, List.of());
        };
    }

    private Answer help(Strategy strategy, String intent, String title) {
        String text = "I answer questions about " + strategy.title() + " (" + strategy.organisation()
                + ") in your own words: its vision, values, priorities and more. In a channel, @mention me. For example:";
        List<Line> examples = suggestions.examples(strategy).values().stream().map(Line::of).toList();
        return new Answer(intent, title, text, examples, null, List.of());
    }
}
