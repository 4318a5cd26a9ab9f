package org.strategybot.people;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.strategybot.access.Caller;
import org.strategybot.access.Callers;
import org.strategybot.strategy.StrategyScope;

/**
 * Subject access and erasure across every feature that holds personal data ({@link PersonalData}). Within the
 * caller's reach only: a client confined to a tenant finds and erases that tenant's records and no others. Logs
 * say who asked and how much was found or changed, never whom it was about.
 */
@Service
public class People {

    private static final Logger log = LoggerFactory.getLogger(People.class);
    /** An email leads to an id, an id to names: each round follows one more link, and three are plenty. */
    private static final int ROUNDS = 3;
    /** A person has an id and an email or two; more is not a request about one person. */
    private static final int MAX_ALSO = 10;

    private final List<PersonalData> holders;
    private final Erasures erasures;
    private final StrategyScope strategies;
    private final Clock clock;

    People(List<PersonalData> holders, Erasures erasures, StrategyScope strategies, Clock clock) {
        this.holders = List.copyOf(holders);
        this.erasures = erasures;
        this.strategies = strategies;
        this.clock = clock;
    }

    /**
     * Everything held about the person named by an object id or an email (and {@code also} further ones of theirs),
     * within the caller's reach.
     */
    public SubjectAccess find(String idOrEmail, List<String> also) {
        Scope scope = scope();
        Identity person = identify(asked(idOrEmail, also), scope);
        List<Held> held = holders.stream().flatMap(h -> h.find(person, scope).stream())
                .sorted(Comparator.comparing(Held::collection).thenComparing(Held::at, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        log.info("Subject access request answered for {}: {} records", caller(), held.size());
        return new SubjectAccess(person, held, outOfReach(scope), clock.instant());
    }

    /**
     * Puts a pseudonym in the person's place everywhere within the caller's reach. A second erasure of the same
     * person finds nothing and changes nothing; one interrupted half way is finished with the same pseudonym.
     * Synchronized so that two requests for the same person on one instance cannot number them twice.
     */
    public synchronized ErasureReport erase(String idOrEmail, List<String> also) {
        Scope scope = scope();
        Identity person = identify(asked(idOrEmail, also), scope);
        Optional<Erasure> interrupted = erasures.unfinishedFor(person);
        if (interrupted.isPresent()) {
            return complete(interrupted.get(), person.with(interrupted.get().subject().person()));
        }
        if (holders.stream().allMatch(h -> h.find(person, scope).isEmpty())) {
            return new ErasureReport(null, clock.instant(), Map.of(), outOfReach(scope),
                    "Nothing is held about this person within your reach (never held, or erased already): nothing was changed.");
        }
        Erasure started = erasures.start(new Erasure.Subject(person, scope.strategyIds()), scope.tenantId(), caller(),
                clock.instant());
        return complete(started, person);
    }

    /**
     * The register of erasures, newest first, within the caller's reach: a confined administrator sees those asked
     * within its tenant. (An unfinished one still holds its subject: show only the rest.)
     */
    public List<Erasure> erasures() {
        Scope scope = scope();
        return erasures.all().stream()
                .filter(e -> scope.deploymentWide() || scope.tenantId().equals(e.tenantId())).toList();
    }

    /** Erasures a stopped process left half done are finished at start-up, each with its own pseudonym. */
    @EventListener(ApplicationReadyEvent.class)
    void finishInterrupted() {
        for (Erasure e : erasures.unfinished()) {
            try {
                complete(e, e.subject().person());
            } catch (RuntimeException failed) {
                log.warn("Erasure {} could not be finished yet ({}); it is tried again at the next start or request",
                        e.number(), failed.toString());
            }
        }
    }

    private ErasureReport complete(Erasure erasure, Identity person) {
        Scope scope = erasure.scope();
        Pseudonym pseudonym = new Pseudonym(erasure.number());
        Map<String, Integer> changed = new TreeMap<>();
        for (PersonalData holder : holders) {
            holder.anonymise(person, pseudonym, scope, erasure.startedAt()).forEach((k, v) -> changed.merge(k, v, Integer::sum));
        }
        erasures.finish(erasure.number(), changed, clock.instant());
        log.info("Erasure {} asked by {} finished: records changed {}", erasure.number(), erasure.by(), changed);
        return new ErasureReport(pseudonym.name(), erasure.startedAt(), changed, outOfReach(scope),
                "Erased: the person now appears as \"" + pseudonym.name() + "\" in every record listed; the history and "
                        + "its RAG are unchanged.");
    }

    /**
     * The ids and emails given. An email written in a note cannot be tied to an object id unless a feature holds
     * the two together, so the administrator gives every id and email the person had, and one pseudonym covers all.
     */
    private static Identity asked(String idOrEmail, List<String> also) {
        Identity person = Identity.of(idOrEmail);
        if (also != null && also.size() > MAX_ALSO) {
            throw new IllegalArgumentException("Give at most " + MAX_ALSO + " further ids or emails in 'also'.");
        }
        for (String more : also == null ? List.<String>of() : also) {
            person = person.with(Identity.of(more));
        }
        return person;
    }

    private Identity identify(Identity asked, Scope scope) {
        Identity person = asked;
        for (int round = 0; round < ROUNDS; round++) {
            Identity wider = person;
            for (PersonalData holder : holders) {
                wider = wider.with(holder.linked(person, scope));
            }
            if (wider.equals(person)) {
                break;
            }
            person = wider;
        }
        return person;
    }

    private List<String> outOfReach(Scope scope) {
        return holders.stream().flatMap(h -> h.outOfReach(scope).stream()).toList();
    }

    private Scope scope() {
        Optional<Caller> caller = Callers.current();
        return caller.isEmpty() || caller.get().deploymentWide() ? Scope.everything()
                : new Scope(caller.get().tenantId(), Set.copyOf(strategies.visibleIds()));
    }

    private static String caller() {
        return Callers.current().map(Caller::name).orElse("an unnamed caller");
    }
}
