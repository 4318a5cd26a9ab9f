package org.strategybot.ask;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.PlanStatus;
import org.strategybot.conversation.ConversationMemory;
import org.strategybot.digest.Conversation;
import org.strategybot.digest.Digests;
import org.strategybot.reports.CommitteeReports;
import org.strategybot.reports.ReportSettings;
import org.strategybot.search.Search;
import org.strategybot.search.Synonyms;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.understanding.Context;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.NamedAction;
import org.strategybot.understanding.Recognizer;
import org.strategybot.understanding.Understanding;
import org.strategybot.updates.Edits;
import org.strategybot.updates.Updates;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers a person's question about the strategy their organisation uses, in the light of what their conversation
 * was last about.
 */
@Service
public class Answers {

    private final StrategyCatalog catalog;
    private final Recognizer recognizer;
    private final ActionPlan plan;
    private final ConversationMemory memory;
    private final UpdateAnswers updates;
    private final Updates updateService;
    private final Disclosure disclosure;
    private final Conversational conversational;
    private final Router router;
    private final StatusCards statusCards;
    /**
     * The plan's action titles as the recognizer takes them, made once per cached plan status rather than per
     * question (held by identity: a new status after any change makes a new list).
     */
    private final Cache<PlanStatus, List<NamedAction>> named = Caffeine.newBuilder().weakKeys().maximumSize(64).build();

    Answers(StrategyCatalog catalog, Recognizer recognizer, ActionPlan plan, Updates updates, Digests digests,
            CommitteeReports reports, ReportSettings reportSettings, Search search, ConversationMemory memory,
            Disclosure disclosure, StatusCards statusCards) {
        this.catalog = catalog;
        this.statusCards = statusCards;
        this.recognizer = recognizer;
        this.plan = plan;
        this.memory = memory;
        this.updateService = updates;
        this.disclosure = disclosure;
        Suggestions suggestions = new Suggestions();
        this.updates = new UpdateAnswers(updates, plan, plan.zone());
        this.conversational = new Conversational(suggestions);
        this.router = router(suggestions, plan, this.updates, digests, disclosure, plan.zone(), reports, reportSettings,
                search, conversational);
    }

    /** Every handler in the one table; the services are only held until a question comes. */
    static Router router(Suggestions suggestions, ActionPlan plan, UpdateAnswers updates, Digests digests, Disclosure disclosure,
            ZoneId zone, CommitteeReports reports, ReportSettings reportSettings, Search search, Conversational conversational) {
        StrategyAnswers content = new StrategyAnswers(suggestions, plan, new Synonyms());
        SearchAnswers documents = new SearchAnswers(search, suggestions, new RelatedItems(plan));
        return new Router(List.of(content, updates, new DigestAnswers(digests, disclosure, zone),
                new ReportAnswers(reports, reportSettings, plan), new ItemStatusAnswers(plan, suggestions),
                new PlanListAnswers(plan, suggestions), documents, new LimitAnswers(search, suggestions), conversational),
                documents, content);
    }

    /**
     * @param question what the person wrote, mentions and markup included
     * @param asker    who asks; their tenant decides the strategy, their conversation what "it" means
     */
    public Answer ask(String question, Asker asker) {
        return answer(question, asker, strategy(asker.tenantId(), asker.conversation()));
    }

    /**
     * A question asked in a chat: the answer, and where it is about one item's status the card that keeps it current.
     * Both within the one strategy, looked up once for the turn.
     */
    public ChatAnswer askInChat(String question, Asker asker) {
        Strategy strategy = strategy(asker.tenantId(), asker.conversation());
        Answer answer = answer(question, asker, strategy);
        return new ChatAnswer(answer, statusCards.of(answer, asker, strategy));
    }

    private Answer answer(String question, Asker asker, Strategy strategy) {
        List<NamedAction> actions = named.get(plan.status(strategy), status -> status.actions().stream()
                .map(a -> new NamedAction(a.code(), a.priority(), a.title())).toList());
        // read only for a message that may lean on it ("it", "and SP5?"): most questions stand on their own
        AtomicReference<ConversationMemory.Recollection> before = new AtomicReference<>(ConversationMemory.Recollection.NOTHING);
        Supplier<Context> context = () -> {
            before.set(memory.recall(asker.thread(), strategy.id()));
            return before.get().context();
        };
        Understanding understanding = recognizer.understand(question, strategy, actions, context);
        Answer answer = router.route(new Question(strategy, understanding, asker, question));
        memory.remember(asker.thread(), strategy.id(), before.get(), answer.context());
        return disclosure.in(asker.conversation(), answer);
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
        return conversational.help(strategy(conversation.tenantId(), conversation), Intent.HELP, Wording.of("welcome.title"))
                .as(Answer.Kind.WELCOME);
    }

    /** The strategy a conversation sees: its team's, else its tenant's, else the default. */
    private Strategy strategy(String tenantId, Conversation conversation) {
        return catalog.forConversation(tenantId, conversation == null ? null : conversation.teamId());
    }
}
