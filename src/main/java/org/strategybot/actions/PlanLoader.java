package org.strategybot.actions;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strategybot.strategy.OrganisationSettings;
import org.strategybot.strategy.Strategy;
import org.strategybot.strategy.StrategyCatalog;
import org.strategybot.strategy.StrategySettings;
import org.strategybot.system.DataFiles;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads action plan files after the strategies. A plan new to the store is seeded from its file; after that, only
 * a file with a higher {@code revision} changes it, applied as a spreadsheet import is (actions added and changed,
 * each change in the history, progress posted since kept where the file does not say otherwise), and the log says
 * what changed. A sample file never changes a directorate's own plan.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PlanLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanLoader.class);
    static final String SUFFIX = ".plan.yaml";

    /** A percent of 99.6 is refused rather than cut to 99: percent complete is a whole number. */
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();
    private final StrategyCatalog catalog;
    private final StrategySettings strategySettings;
    private final Actions actions;
    private final ProgressUpdates updates;
    private final PlanRecords records;
    private final StatusRollUp rollUp;
    private final PlanWrites writes;
    private final PlanImports imports;
    private final ActionSettings settings;
    private final ZoneId zone;
    private final Clock clock;

    PlanLoader(StrategyCatalog catalog, StrategySettings strategySettings, Actions actions, ProgressUpdates updates,
            PlanRecords records, StatusRollUp rollUp, PlanWrites writes, PlanImports imports, ActionSettings settings,
            OrganisationSettings organisation, Clock clock) {
        this.catalog = catalog;
        this.strategySettings = strategySettings;
        this.actions = actions;
        this.updates = updates;
        this.records = records;
        this.rollUp = rollUp;
        this.writes = writes;
        this.imports = imports;
        this.settings = settings;
        this.zone = organisation.zone();
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DataFiles.DataFile file : DataFiles.yaml("strategies", strategySettings.dir(), n -> n.endsWith(SUFFIX))) {
            PlanFile plan;
            try {
                plan = read(file.content());
            } catch (RuntimeException e) {
                throw new IllegalStateException("Action plan " + file.name() + " is not valid: " + e.getMessage(), e);
            }
            Strategy strategy = catalog.find(plan.strategy()).orElseThrow(() -> new IllegalStateException(
                    "Action plan " + file.name() + " is for strategy '" + plan.strategy() + "', which is not loaded"));
            imports.completePending(strategy.id());
            PlanInfo info = records.plan(strategy.id()).orElse(null);
            if (info != null && plan.sample() && !info.sample()) {
                log.info("Action plan for {}: the store holds the directorate's own plan ({}); the sample in {} is not applied",
                        strategy.id(), info.source() == null ? "imported" : info.source(), file.name());
            } else if (info != null && plan.revisionOrFirst() > Math.max(1, info.revision())) {
                revise(plan, strategy, file.name(), Math.max(1, info.revision()));
            } else {
                Loaded loaded = load(plan, strategy, file.name());
                log.info("Action plan for {}: {} of {} actions new to the store{}", strategy.id(), loaded.inserted(),
                        loaded.total(), plan.sample() ? " (sample data)" : "");
            }
        }
        // changes interrupted before their history record was written (a crash, an outage) are finished now
        catalog.ids().forEach(imports::completePending);
        catalog.ids().forEach(writes::completePending);
        catalog.ids().forEach(writes::keepRecent);
        // computed now, before the application reports ready, so no one's first question waits for it
        catalog.ids().forEach(id -> catalog.find(id).ifPresent(rollUp::refresh));
    }

    record Loaded(int inserted, int total) {
    }

    static PlanFile read(byte[] content) {
        return YAML.readValue(new ByteArrayInputStream(content), PlanFile.class);
    }

    Loaded load(PlanFile plan, Strategy strategy, String fileName) {
        List<String> problems = problems(plan, strategy);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Action plan " + fileName + " is not valid: " + String.join("; ", problems));
        }
        Instant now = clock.instant();
        records.insertIfAbsent(new PlanInfo(strategy.id(), plan.sample(), plan.note(), now, plan.revisionOrFirst(), fileName));
        int inserted = 0;
        int total = 0;
        for (PlanFile.PriorityEntry p : plan.priorities()) {
            records.insertIfAbsent(new PriorityRecord(Action.id(strategy.id(), p.code()), strategy.id(), p.code(),
                    p.lead(), null, List.of(), null, 0, null, List.of(), email(p.leadEmail())));
            for (PlanFile.ActionEntry entry : p.actions()) {
                total++;
                List<ProgressUpdate> history = new ArrayList<>();
                Action action = build(strategy.id(), p.code(), entry, plan.sample(), now, history);
                if (actions.insertIfAbsent(action)) {
                    inserted++;
                    history.forEach(updates::insertIfAbsent);
                }
            }
        }
        return new Loaded(inserted, total);
    }

    /**
     * A file of a higher revision, applied as an import of its actions as their history leaves them, and its leads.
     * Actions the file no longer has are left alone, as an import without retireMissing leaves them.
     */
    private void revise(PlanFile plan, Strategy strategy, String fileName, int stored) {
        List<String> problems = problems(plan, strategy);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Action plan " + fileName + " is not valid: " + String.join("; ", problems));
        }
        Instant now = clock.instant();
        List<PlanRow> rows = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        for (PlanFile.PriorityEntry p : plan.priorities()) {
            if (records.setLead(strategy.id(), p.code(), p.lead(), email(p.leadEmail()))) {
                leads.add(p.code() + " lead " + p.lead());
            }
            for (PlanFile.ActionEntry entry : p.actions()) {
                Action a = build(strategy.id(), p.code(), entry, plan.sample(), now, new ArrayList<>());
                rows.add(new PlanRow(0, a.code(), p.code(), a.title(), a.businessArea(), a.owner(), email(entry.ownerEmail()),
                        a.due(), a.rag(), a.percent(), entry.updates().isEmpty() ? null : a.latestNote()));
            }
        }
        PlanChanges changes = imports.apply(strategy, rows, new ImportRequest("applied from plan file " + fileName
                + " revision " + plan.revisionOrFirst(), "plan file " + fileName, null, true, plan.sample(), false, null, null));
        records.setRevision(strategy.id(), plan.revisionOrFirst());
        log.info("Action plan for {}: {} revision {} applied over revision {}: {}{}", strategy.id(), fileName,
                plan.revisionOrFirst(), stored, PlanChangesLog.describe(changes),
                leads.isEmpty() ? "" : "; " + String.join(", ", leads));
    }

    private static String email(String address) {
        return address == null || address.isBlank() ? null : address.trim().toLowerCase(Locale.ROOT);
    }

    /** The action as its history leaves it, collecting that history as progress updates. */
    private Action build(String strategyId, String priority, PlanFile.ActionEntry e, boolean sample, Instant now,
            List<ProgressUpdate> history) {
        Instant created = PlanFile.instant(e.created() == null ? "+0d" : e.created(), now, zone);
        Action action = new Action(Action.id(strategyId, e.code()), strategyId, e.code(), priority, e.title(),
                e.businessArea(), e.owner(), null, e.due() == null ? null : PlanFile.date(e.due(), now, zone),
                Rag.of(e.rag()), e.percent() == null ? 0 : e.percent(), created, created, 0, sample, null, List.of(),
                email(e.ownerEmail()), null, false);
        int n = 0;
        for (PlanFile.UpdateEntry u : e.updates()) {
            Instant at = PlanFile.instant(u.at(), now, zone);
            ProgressUpdate.State change = new ProgressUpdate.State(u.rag() == null ? null : Rag.of(u.rag()), u.percent(),
                    u.due() == null ? null : PlanFile.date(u.due(), now, zone));
            Action after = action.with(change, at);
            ProgressUpdate update = new ProgressUpdate(action.id() + ":" + (++n), strategyId, e.code(), priority, u.by(),
                    null, at, u.note(), action.state(), after.state(), sample);
            history.add(update);
            action = after.withRecent(RecentUpdates.after(after.recent(), update, now.minus(settings.trendWindow())))
                    .withNote(u.note());
        }
        return action;
    }

    private static List<String> problems(PlanFile plan, Strategy strategy) {
        List<String> problems = new ArrayList<>();
        Set<String> areas = new HashSet<>();
        if (strategy.businessAreas() != null) {
            strategy.businessAreas().items().forEach(a -> areas.add(a.name()));
        }
        Set<String> codes = new HashSet<>();
        for (PlanFile.PriorityEntry p : plan.priorities()) {
            if (strategy.priority(p.code()).isEmpty()) {
                problems.add("priority " + p.code() + " is not in the strategy");
            }
            for (PlanFile.ActionEntry a : p.actions()) {
                if (a.code() == null || !a.code().startsWith(p.code() + ".") || !codes.add(a.code())) {
                    problems.add("action " + a.code() + " needs a unique code starting " + p.code() + ".");
                }
                if (a.title() == null || a.title().isBlank()) {
                    problems.add("action " + a.code() + " has no title");
                }
                if (a.businessArea() != null && !areas.isEmpty() && !areas.contains(a.businessArea())) {
                    problems.add("action " + a.code() + ": '" + a.businessArea() + "' is not a business area of the strategy");
                }
                checkRagAndPercent(problems, a.code(), a.rag(), a.percent(), true);
                a.updates().forEach(u -> checkRagAndPercent(problems, a.code(), u.rag(), u.percent(), false));
            }
        }
        return problems;
    }

    private static void checkRagAndPercent(List<String> problems, String code, String rag, Integer percent, boolean required) {
        if (rag != null || required) {
            try {
                Rag.of(rag);
            } catch (IllegalArgumentException e) {
                problems.add("action " + code + ": " + e.getMessage());
            }
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            problems.add("action " + code + ": percent must be 0 to 100");
        }
    }
}
