package org.strategybot.strategy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import org.strategybot.system.DataFiles;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads and checks strategy files (docs/strategy-format.md). */
final class StrategyFiles {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // an omitted "sample:" means false; missing ids and revisions are reported by check()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Action plans share the folder and end in this; they are not strategies. */
    static final String PLAN_SUFFIX = ".plan.yaml";

    /** The files shipped in the application, then those in {@code dir}, each in name order. */
    List<Strategy> readAll(Path dir) {
        return DataFiles.yaml("strategies", dir, name -> !name.endsWith(PLAN_SUFFIX)).stream()
                .map(f -> read(new ByteArrayInputStream(f.content()), f.name()))
                .toList();
    }

    Strategy read(InputStream in, String name) {
        Strategy strategy;
        try {
            strategy = yaml.readValue(in, Strategy.class);
        } catch (RuntimeException e) {
            throw new InvalidStrategyFile(name, e.getMessage());
        }
        check(strategy, name);
        return strategy;
    }

    private static void check(Strategy s, String name) {
        List<String> problems = new ArrayList<>();
        if (s.id() == null || !ID.matcher(s.id()).matches()) {
            problems.add("id must be lower-case letters, digits and dashes");
        }
        if (s.revision() < 1) {
            problems.add("revision must be 1 or more");
        }
        if (blank(s.title()) || blank(s.organisation())) {
            problems.add("title and organisation are required");
        }
        if (s.sources().isEmpty()) {
            problems.add("at least one source is required");
        }
        Stream.of(s.period(), s.vision(), s.mission(), s.strategy(), s.values(), s.businessAreas(), s.principles(),
                        s.priorities(), s.cohorts(), s.governance(), s.successes(), s.legislation(), s.practice())
                .filter(b -> b != null && s.source(b.source()).isEmpty())
                .forEach(b -> problems.add("block from section '" + b.section() + "' names unknown source '"
                        + b.source() + "'"));
        if (s.priorities() != null) {
            s.priorities().items().stream().filter(p -> blank(p.code()) || blank(p.title()))
                    .forEach(p -> problems.add("every priority needs a code and a title"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidStrategyFile(name, String.join("; ", problems));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A strategy file that cannot be read or breaks the format's rules. */
    static final class InvalidStrategyFile extends RuntimeException {
        InvalidStrategyFile(String file, String problem) {
            super("Strategy file " + file + " is not valid: " + problem);
        }
    }
}
