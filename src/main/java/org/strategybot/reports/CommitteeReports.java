package org.strategybot.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.strategybot.actions.ActionPlan;
import org.strategybot.actions.ActionView;
import org.strategybot.actions.PlanStatus;
import org.strategybot.actions.PriorityStatus;
import org.strategybot.actions.ProgressUpdate;
import org.strategybot.actions.RagAt;
import org.strategybot.strategy.Strategy;

/** Builds the committee report for a period from the live plan and its history. */
@Service
public class CommitteeReports {

    /** A committee paper lists the updates that matter, not every one; the rest are counted. */
    static final int UPDATE_LIMIT = 25;
    /** A committee report is a public paper: what a lead marked sensitive stays out of it, saying so. */
    static final String WITHHELD = "marked sensitive by the lead, so not given in this public paper";
    /** Longer periods than this are not a report update but an archive; the history is on the REST API. */
    private static final int MAX_DAYS = 3 * 366;

    private final ActionPlan plan;
    private final Clock clock;

    CommitteeReports(ActionPlan plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    /** Committees meet about quarterly: by default a report covers the three months to today. */
    public Period defaultPeriod() {
        LocalDate today = today();
        return new Period(today.minusMonths(3), today);
    }

    /** A period checked for sense: the end defaults to today, the start to three months before the end. */
    public Period period(LocalDate from, LocalDate to) {
        LocalDate today = today();
        // a report cannot speak for days that have not happened: it ends today at the latest
        LocalDate end = to == null || to.isAfter(today) ? today : to;
        LocalDate start = from == null ? end.minusMonths(3) : from;
        if (start.isAfter(today)) {
            throw new IllegalArgumentException("The period starts (" + start + ") in the future; nothing has happened yet.");
        }
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("The period starts (" + start + ") after it ends (" + end + ").");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new IllegalArgumentException("A report covers at most three years; choose a shorter period.");
        }
        return new Period(start, end);
    }

    public CommitteeReport build(Strategy strategy, Period period) {
        ZoneId zone = plan.zone();
        Instant now = clock.instant();
        Instant start = period.from().atStartOfDay(zone).toInstant();
        Instant endOfPeriod = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        Instant end = endOfPeriod.isAfter(now) ? now : endOfPeriod;

        PlanStatus status = plan.status(strategy);
        List<RagAt> rags = plan.ragAt(strategy, List.of(start, end));
        Map<String, PriorityStatus> current = status.priorities().stream()
                .collect(Collectors.toMap(PriorityStatus::code, Function.identity()));
        List<CommitteeReport.PriorityRow> rows = status.priorities().stream().map(p -> new CommitteeReport.PriorityRow(
                p.code(), p.title(), p.lead(), rags.get(0).of(p.code()), rags.get(1).of(p.code()),
                p.overridden() ? p.calculated() : null, p.percent(),
                !p.overridden() ? null : p.override().sensitive() ? WITHHELD : p.override().reason(),
                current.get(p.code()).overdue().size())).toList();

        // what was undone afterwards is left out too, so an update undone just after the period is not reported
        List<ProgressUpdate> inPeriod = plan.progressSince(strategy.id(), start).stream()
                .filter(u -> u.at().isBefore(end)).toList();
        // RAG changes first: they are what the committee asked to see
        List<CommitteeReport.KeyUpdate> key = inPeriod.stream()
                .sorted(Comparator.comparing(ProgressUpdate::changedRag).reversed()
                        .thenComparing(ProgressUpdate::at, Comparator.reverseOrder()))
                .limit(UPDATE_LIMIT).map(CommitteeReports::keyUpdate).toList();
        List<ActionView> overdue = status.actions().stream().filter(ActionView::overdue)
                .sorted(Comparator.comparing(ActionView::due)).toList();
        return new CommitteeReport(strategy.id(), strategy.title(), strategy.organisation(), period.from(), period.to(),
                now, status.sample(), status.note(), rows, key, inPeriod.size() - key.size(), overdue);
    }

    private static CommitteeReport.KeyUpdate keyUpdate(ProgressUpdate u) {
        return new CommitteeReport.KeyUpdate(u.at(), u.target(), u.author(),
                u.before() == null ? null : u.before().rag(), u.after() == null ? null : u.after().rag(),
                u.after() == null ? null : u.after().percent(), u.sensitive() ? "Note " + WITHHELD + "." : u.note());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), plan.zone());
    }

    /** The days a report covers, both included. */
    public record Period(LocalDate from, LocalDate to) {
    }
}
