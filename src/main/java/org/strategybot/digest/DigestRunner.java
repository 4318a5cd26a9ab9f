package org.strategybot.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.Lead;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.system.OneInstance;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends the digests that are due, with the reminders that go before them. Runs on Spring's scheduler on
 * every instance; a lock in the store lets one instance at a time do the work, and the delivery records
 * make even two at once send each message once.
 */
@Component
class DigestRunner {

    private static final Logger log = LoggerFactory.getLogger(DigestRunner.class);
    private static final String LOCK = "digest";
    private static final Duration LEASE = Duration.ofMinutes(15);
    /** A digest missed by more than this (the bot was down) is skipped, not sent days late. */
    private static final Duration TOO_LATE = Duration.ofHours(24);

    private final DigestStore store;
    private final DigestBuilder builder;
    private final StrategyCatalog catalog;
    private final ActionPlan plan;
    private final Messenger messenger;
    private final OneInstance oneInstance;
    private final DigestSettings settings;
    private final Clock clock;
    private final Fanout fanout;
    private final Set<LocalDate> holidays;

    DigestRunner(DigestStore store, DigestBuilder builder, StrategyCatalog catalog, ActionPlan plan, Messenger messenger,
            OneInstance oneInstance, DigestSettings settings, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.builder = builder;
        this.catalog = catalog;
        this.plan = plan;
        this.messenger = messenger;
        this.oneInstance = oneInstance;
        this.settings = settings;
        this.clock = clock;
        this.fanout = new Fanout(store, settings, clock, meters);
        this.holidays = Holidays.load(settings);
    }

    @Scheduled(fixedDelayString = "${strategy-bot.digest.tick}", initialDelayString = "${strategy-bot.digest.tick}")
    void tick() {
        if (settings.enabled()) {
            runDue(clock.instant());
        }
    }

    Schedule schedule(Subscription s) {
        return new Schedule(s.day() != null ? s.day() : settings.day(), s.time() != null ? s.time() : settings.time(),
                plan.zone(), holidays);
    }

    /** Sends what is due at {@code now}; nothing when another instance holds the lock. */
    Fanout.Report runDue(Instant now) {
        return oneInstance.run(LOCK, LEASE, Duration.ZERO, () -> sendDue(now)).orElse(new Fanout.Report(0, 0, 0, 0));
    }

    private Fanout.Report sendDue(Instant now) {
        Map<String, List<Subscription>> dueByStrategy = new LinkedHashMap<>();
        Map<String, Instant> slots = new LinkedHashMap<>();
        for (Subscription s : store.activeSubscriptions()) {
            Instant slot = schedule(s).dueSlot(now);
            if (slot.isBefore(s.subscribedAt()) || Duration.between(slot, now).compareTo(TOO_LATE) > 0) {
                continue;
            }
            slots.put(s.conversationId(), slot);
            dueByStrategy.computeIfAbsent(catalog.forConversation(s.tenantId(), s.teamId()).id(), k -> new ArrayList<>()).add(s);
        }
        List<Fanout.Job> reminders = new ArrayList<>();
        List<Fanout.Job> digests = new ArrayList<>();
        for (var entry : dueByStrategy.entrySet()) {
            Strategy strategy = catalog.find(entry.getKey()).orElseThrow();
            List<Subscription> subs = entry.getValue();
            Instant slot = slots.get(subs.get(0).conversationId());
            reminders.addAll(reminders(strategy, subs.get(0).reference(), slot, now));
            Digest digest = builder.build(strategy);
            for (Subscription s : subs) {
                digests.add(new Fanout.Job("digest:" + s.conversationId() + "@" + slots.get(s.conversationId()),
                        "digest", s.conversationId(), slots.get(s.conversationId()),
                        () -> messenger.send(s.reference(), digest),
                        () -> store.markGone(s.conversationId(), clock.instant())));
            }
        }
        Fanout.Report reminded = fanout.send(reminders);
        Fanout.Report sent = fanout.send(digests);
        if (sent.sent() + sent.failed() + sent.gone() + reminded.sent() > 0) {
            log.info("Digest run: {} sent, {} failed, {} gone, {} already done; {} reminders", sent.sent(), sent.failed(),
                    sent.gone(), sent.skipped(), reminded.sent());
        }
        return sent;
    }

    /**
     * Leads whose open actions have had no update for {@code remindAfter} and who have posted nothing
     * themselves in that time; each is reminded once per slot.
     */
    private List<Fanout.Job> reminders(Strategy strategy, String reference, Instant slot, Instant now) {
        Instant quietSince = now.minus(settings.remindAfter());
        List<Fanout.Job> jobs = new ArrayList<>();
        Set<String> posted = plan.authorsSince(strategy, quietSince);
        for (Lead lead : plan.leads(strategy)) {
            List<ActionView> quiet = plan.status(strategy, lead.priority()).map(p -> p.actions().stream()
                    .filter(a -> !a.complete() && a.lastUpdateAt() != null && a.lastUpdateAt().isBefore(quietSince)).toList())
                    .orElse(List.of());
            if (quiet.isEmpty() || posted.contains(lead.aadObjectId())) {
                continue;
            }
            String title = strategy.priority(lead.priority()).map(Strategy.Priority::title).orElse(lead.priority());
            Reminder reminder = new Reminder(lead.name(), lead.priority(), title, quiet);
            jobs.add(new Fanout.Job("remind:" + lead.aadObjectId() + ":" + lead.priority() + "@" + slot, "reminder",
                    lead.aadObjectId(), slot, () -> messenger.remind(reference, lead.aadObjectId(), reminder), () -> { }));
        }
        return jobs;
    }
}
