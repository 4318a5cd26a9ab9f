package org.strategybot.ask;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.strategybot.actions.ActionPlan;
import org.strategybot.ask.Answer.Line;
import org.strategybot.reports.CommitteeReports;
import org.strategybot.reports.ReportSettings;
import org.strategybot.strategy.Strategy;
import org.strategybot.understanding.Intent;

/**
 * "Send me the committee report": a link to the dashboard's report view. The report is not attached to the
 * chat: it is served only with the reader's own credential, and a file in a channel would outlive its data.
 */
final class ReportAnswers implements Handler {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CommitteeReports reports;
    private final ReportSettings settings;
    private final ActionPlan plan;

    ReportAnswers(CommitteeReports reports, ReportSettings settings, ActionPlan plan) {
        this.reports = reports;
        this.settings = settings;
        this.plan = plan;
    }

    @Override
    public Set<Intent> intents() {
        return Set.of(Intent.REPORT);
    }

    @Override
    public Optional<Answer> answer(Question question) {
        Strategy strategy = question.strategy();
        boolean sample = plan.status(strategy).sample();
        CommitteeReports.Period period = reports.defaultPeriod();
        String text = "The committee report for " + strategy.title() + " gives each priority's RAG and its change over the "
                + "period, the key updates and the overdue actions. Open it on the dashboard, choose the period, and "
                + "download it as PDF, HTML (to print) or Markdown (to paste into committee papers).";
        List<Line> lines = new java.util.ArrayList<>(List.of(
                new Line("Report", settings.reportPage()),
                new Line("Period", "By default the three months to today: " + DAY.format(period.from()) + " to "
                        + DAY.format(period.to()) + "."),
                new Line("In Teams", "Add the Strategy dashboard tab to see it signed in as yourself.")));
        if (sample) {
            lines.add(new Line("Sample data", "The action plan behind it is illustrative, and the report says so.",
                    Answer.Tone.WARNING));
        }
        return Optional.of(new Answer(Intent.REPORT, "Committee report", text, lines, null,
                List.of("Overview of all priorities", "What changed this week?"), null,
                new Answer.Link("Open the committee report", settings.reportPage())));
    }
}
