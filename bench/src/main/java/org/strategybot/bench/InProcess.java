package org.strategybot.bench;

import static org.strategybot.bench.Report.f;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.strategybot.ask.Answers;
import org.strategybot.ask.Asker;

/** The status answer in-process, with the status cache on and off. */
final class InProcess {

    private InProcess() {
    }

    static void cachedVsUncached(Report report, ConfigurableApplicationContext app) {
        Answers answers = app.getBean(Answers.class);
        Cache cache = app.getBean(CacheManager.class).getCache("status");
        double cached = perCall(() -> answers.ask(EndToEnd.STATUS, Asker.anonymous(null)), null, 3000, 20_000);
        double uncached = perCall(() -> answers.ask(EndToEnd.STATUS, Asker.anonymous(null)), cache::clear, 300, 2000);
        report.append("## Cached vs uncached (in-process)\n\n`Answers.ask(\"" + EndToEnd.STATUS + "\")` in a loop after warm-up; "
                + "uncached clears the status cache before each call.\n\n| Cache | µs per answer |\n|---|---|\n")
                .append("| on | ").append(f(cached * 1000)).append(" |\n| off | ").append(f(uncached * 1000))
                .append(" |\n| ratio | ").append(f(uncached / cached)).append("× |\n\n");
        report.verdict("Cached ≥ 5× faster than uncached", uncached / cached >= 5,
                f(uncached / cached) + "× (" + f(cached * 1000) + " µs vs " + f(uncached * 1000) + " µs)");
        System.out.printf("cached %.1f µs, uncached %.1f µs%n", cached * 1000, uncached * 1000);
    }

    /** Mean milliseconds per call over {@code n} calls after {@code warm} warm-up calls. */
    static double perCall(Runnable call, Runnable before, int warm, int n) {
        for (int i = 0; i < warm; i++) {
            if (before != null) {
                before.run();
            }
            call.run();
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (before != null) {
                before.run();
            }
            long t0 = System.nanoTime();
            call.run();
            total += System.nanoTime() - t0;
        }
        return total / 1e6 / n;
    }
}
