package org.strategybot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.strategybot.StrategyBotApplication;

/** The application run as an operator runs a command-line task: its own JVM, on a store in {@code data}. */
public final class CommandLine {

    /** How it ended, and everything it printed. */
    public record Run(int exit, String output) {
    }

    private CommandLine() {
    }

    public static Run run(Path data, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StrategyBotApplication.class.getName(),
                "--strategy-bot.data-dir=" + data));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
