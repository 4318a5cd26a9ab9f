package org.strategybot.people;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The audit record of one erasure: by whom, when, and how many records it changed, but not of whom. The person
 * is held in {@code subject} only while the erasure runs (the store has no transactions), so that one interrupted
 * by a crash is finished with the same pseudonym; finishing removes it.
 *
 * @param number   the pseudonym's number: "former staff member {number}"
 * @param by       the administrator or client that asked, as the REST API knows them
 * @param tenantId the tenant the asker was confined to, whose administrators may see this record; null for a
 *                 deployment-wide administrator
 */
@Document("erasures")
public record Erasure(@Id int number, String by, String tenantId, Instant startedAt, Instant finishedAt,
        Map<String, Integer> changed, Subject subject) {

    public Erasure {
        changed = changed == null ? Map.of() : Map.copyOf(changed);
    }

    /** Who is being erased and the strategies the asker reached, while the erasure runs. */
    public record Subject(Identity person, Set<String> strategyIds) {
    }

    /** What the erasure may reach: what its asker could. */
    Scope scope() {
        return new Scope(tenantId, subject == null ? Set.of() : subject.strategyIds());
    }

    public String pseudonym() {
        return new Pseudonym(number).name();
    }
}
