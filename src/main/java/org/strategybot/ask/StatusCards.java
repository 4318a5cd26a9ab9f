package org.strategybot.ask;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.PlanStatus;
import org.strategybot.digest.Digest;
import org.strategybot.finder.PlanFinder;
import org.strategybot.reports.ReportSettings;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.understanding.EntityKind;
import org.strategybot.understanding.FollowUp;
import org.strategybot.understanding.Intent;
import org.strategybot.understanding.Mention;
import org.strategybot.understanding.Understanding;

/**
 * Status cards that live on outside the chat that asked for them: found by search and shared into any conversation,
 * shown as the preview of a dashboard link, and refreshed when someone views one. Each is the same answer as "what's
 * SP4's status?" in chat, within the strategy the conversation sees, and shows only what {@link Disclosure} allows.
 * Everything here only reads.
 */
@Component
public class StatusCards {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("'As of' HH:mm 'on' d MMM yyyy", Locale.UK);

    private final StrategyCatalog catalog;
    private final ActionPlan plan;
    private final PlanFinder finder;
    private final Disclosure disclosure;
    private final ReportSettings site;
    private final ItemStatusAnswers items;

    StatusCards(StrategyCatalog catalog, ActionPlan plan, PlanFinder finder, Disclosure disclosure, ReportSettings site) {
        this.catalog = catalog;
        this.plan = plan;
        this.finder = finder;
        this.disclosure = disclosure;
        this.site = site;
        this.items = new ItemStatusAnswers(plan, new Suggestions());
    }

    /** Priorities and actions of the asker's strategy that the words name, a page at a time. */
    public PlanFinder.Page search(String query, Asker asker, int skip, int count) {
        return finder.find(strategy(asker), query, skip, count);
    }

    /**
     * A card to post where others read it (a shared card, a link preview): it shows what a channel may see, whatever
     * the conversation, since the person sharing it may be in a chat with anyone.
     *
     * @return empty when the asker's strategy has no such priority or action
     */
    public Optional<StatusCard> toShare(String code, Asker asker) {
        return card(strategy(asker), code, true, asker);
    }

    /**
     * The card again, as it stands now, for the person viewing it. Refused (empty) when the viewer's conversation sees
     * another strategy than the card's, or a later period of it that no longer has the item: a card forwarded into
     * another organisation's chat shows nothing of this one's plan.
     *
     * @param shared whether the card was made to be shared; a 1:1 chat then sees no more than a channel
     */
    public Optional<StatusCard> refresh(String strategyId, String code, boolean shared, Asker viewer) {
        return code == null ? Optional.empty() : refreshableIn(strategyId, viewer).flatMap(s -> card(s, code, shared, viewer));
    }

    /** The viewer's strategy, where a card made in {@code strategyId} (or an earlier period of it) may be refreshed. */
    public Optional<Strategy> refreshableIn(String strategyId, Asker viewer) {
        Strategy strategy = strategy(viewer);
        return strategyId != null && catalog.leadsTo(strategyId, strategy.id()) ? Optional.of(strategy) : Optional.empty();
    }

    /** The weekly digest as a card that refreshes to the plan as it stands: it goes to channels, so as they see it. */
    public StatusCard digest(Digest digest) {
        return new StatusCard(digest.strategyId(), null, disclosure.shared(DigestAnswers.of(digest, plan.zone())),
                AS_OF.format(digest.at().atZone(plan.zone())), true);
    }

    /**
     * The refreshable card of a chat answer about one priority's or one action's status; empty for any other answer.
     * The item is the one the answer says the conversation is now about, looked up in the plan rather than trusted.
     *
     * @param strategy the strategy the answer was made in, as the turn looked it up
     */
    Optional<StatusCard> of(Answer answer, Asker asker, Strategy strategy) {
        List<Mention> about = answer.context() == null ? List.of() : answer.context().about();
        if (answer.intent() != Intent.STATUS && answer.intent() != Intent.ACTION_STATUS || about.size() != 1) {
            return Optional.empty();
        }
        PlanStatus status = plan.status(strategy);
        String code = about.get(0).key();
        boolean known = status.priority(code).isPresent() || status.actions().stream().anyMatch(a -> a.code().equals(code));
        return known ? Optional.of(new StatusCard(strategy.id(), code, linked(answer, code), asOf(status),
                !Disclosure.oneToOne(asker.conversation()))) : Optional.empty();
    }

    private Optional<StatusCard> card(Strategy strategy, String code, boolean shared, Asker asker) {
        PlanStatus status = plan.status(strategy);
        Optional<String> priority = status.priority(code).map(p -> p.code());
        Optional<String> action = status.actions().stream().filter(a -> a.code().equalsIgnoreCase(code)).findFirst()
                .map(a -> a.code());
        if (priority.isEmpty() && action.isEmpty()) {
            return Optional.empty();
        }
        Understanding about = priority.isPresent()
                ? understanding(Intent.STATUS, List.of(new Mention(EntityKind.PRIORITY, priority.get(), 3)))
                : understanding(Intent.ACTION_STATUS, List.of(new Mention(EntityKind.ACTION, action.get(), 4)));
        Answer answer = items.answer(new Question(strategy, about, asker, code)).orElseThrow();
        Answer shown = shared ? disclosure.shared(answer) : disclosure.in(asker.conversation(), answer);
        String found = priority.orElseGet(action::get);
        return Optional.of(new StatusCard(strategy.id(), found, linked(shown, found), asOf(status), shared));
    }

    /** The card opens the item on the dashboard; that link, pasted into a chat, unfurls as this card again. */
    private Answer linked(Answer a, String code) {
        return a.withLink(new Answer.Link("Open in the dashboard", site.dashboardPage() + "#" + code));
    }

    private static Understanding understanding(Intent intent, List<Mention> mentions) {
        return new Understanding(intent, List.of(), mentions, null, false, List.of(), null, null, null, FollowUp.NONE, List.of());
    }

    private String asOf(PlanStatus status) {
        return AS_OF.format(status.at().atZone(plan.zone()));
    }

    private Strategy strategy(Asker asker) {
        return catalog.forConversation(asker.tenantId(), asker.conversation() == null ? null : asker.conversation().teamId());
    }
}
