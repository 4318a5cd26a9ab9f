package org.strategybot.digest;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.strategybot.access.Access;
import org.strategybot.access.Person;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.Lead;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;

/** The digest's public face: what the bot does when added or removed, subscription commands, previews. */
@Service
public class Digests {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

    /** What to tell the person; with a digest to show, for previews and "send now". */
    public record Reply(boolean ok, String message, Digest digest) {
    }

    private final DigestStore store;
    private final DigestBuilder builder;
    private final DigestRunner runner;
    private final StrategyCatalog catalog;
    private final ActionPlan plan;
    private final Access access;
    private final DigestSettings settings;
    private final Clock clock;

    Digests(DigestStore store, DigestBuilder builder, DigestRunner runner, StrategyCatalog catalog, ActionPlan plan,
            Access access, DigestSettings settings, Clock clock) {
        this.store = store;
        this.builder = builder;
        this.runner = runner;
        this.catalog = catalog;
        this.plan = plan;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** The bot was added to a conversation: remember how to post there. */
    public void installed(Conversation c) {
        store.install(new Installation(c.id(), c.tenantId(), c.kind(), c.title(), c.reference(), clock.instant()));
    }

    /** The bot was removed: forget the conversation and its subscription. */
    public void removed(String conversationId) {
        store.uninstall(conversationId);
    }

    public Reply subscribe(Conversation c, Person who, DayOfWeek day, LocalTime time) {
        Optional<Reply> refused = mayManage(c, who, "subscribe this conversation to the digest");
        if (refused.isPresent()) {
            return refused.get();
        }
        Subscription existing = store.subscription(c.id()).orElse(null);
        DayOfWeek d = day != null ? day : existing != null && existing.day() != null ? existing.day() : settings.day();
        LocalTime t = time != null ? time : existing != null && existing.time() != null ? existing.time() : settings.time();
        store.install(new Installation(c.id(), c.tenantId(), c.kind(), c.title(), c.reference(), clock.instant()));
        Subscription s = new Subscription(c.id(), c.tenantId(), c.title(), c.reference(), d, t, who.name(),
                existing != null ? existing.subscribedAt() : clock.instant(), false, c.teamId(), null);
        store.subscribe(s);
        return new Reply(true, (existing == null ? "Subscribed" : "Updated") + ": the weekly digest comes here every "
                + label(d) + " at " + t + " (" + plan.zone() + "), moved to the next working day after a bank holiday. "
                + "Next: " + next(s) + ".", null);
    }

    public Reply unsubscribe(Conversation c, Person who) {
        Optional<Reply> refused = mayManage(c, who, "unsubscribe this conversation");
        if (refused.isPresent()) {
            return refused.get();
        }
        return new Reply(true, store.unsubscribe(c.id()) ? "Unsubscribed: no more weekly digests here."
                : "This conversation was not subscribed to the digest.", null);
    }

    public Reply when(Conversation c) {
        return store.subscription(c.id()).filter(s -> !s.gone())
                .map(s -> new Reply(true, "The next digest here is on " + next(s) + " (every " + label(s.day()) + " at "
                        + s.time() + ").", null))
                .orElse(new Reply(true, "This conversation is not subscribed to the weekly digest. An admin or a priority "
                        + "lead can say \"subscribe this channel to the weekly digest\".", null));
    }

    public Digest preview(Strategy strategy) {
        return builder.build(strategy);
    }

    /** "Send the digest now": the digest to post here, for those allowed to send it. */
    public Reply sendNow(Conversation c, Person who) {
        Optional<Reply> refused = mayManage(c, who, "send the digest");
        return refused.orElseGet(() -> new Reply(true, "Here is this week's digest.", builder.build(catalog.forConversation(c.tenantId(), c.teamId()))));
    }

    public List<Subscription> subscriptions() {
        return store.activeSubscriptions();
    }

    public List<DeliveryRecord> deliveries(DeliveryRecord.Status status, int limit) {
        return store.deliveries(status, limit);
    }

    /**
     * Sends what is due at {@code at}, as the scheduler does every tick; for operators and tests.
     *
     * @return how many digests this call sent (0 when another run holds the lock)
     */
    public int runAt(Instant at) {
        return runner.runDue(at).sent();
    }

    private Optional<Reply> mayManage(Conversation c, Person who, String what) {
        if (access.isAdmin(who.aadObjectId())) {
            return Optional.empty();
        }
        Strategy strategy = catalog.forConversation(c.tenantId(), c.teamId());
        boolean lead = who.known() && plan.leads(strategy).stream().map(Lead::aadObjectId).anyMatch(who.aadObjectId()::equals);
        return lead ? Optional.empty() : Optional.of(new Reply(false, "Only an administrator or a priority lead can "
                + what + ". Nothing was changed.", null));
    }

    private String next(Subscription s) {
        Instant next = runner.schedule(s).next(clock.instant());
        return WHEN.format(next.atZone(plan.zone()));
    }

    private static String label(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
