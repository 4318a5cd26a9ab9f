package org.strategybot.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.strategybot.strategy.Strategy.Cited;

/** The shipped strategy files load, and their wording is quoted from the source documents, not paraphrased. */
class StrategyFilesTest {

    private final StrategyFiles files = new StrategyFiles();

    static Stream<Strategy> shipped() {
        return new StrategyFiles().readAll(null).stream();
    }

    @Test
    void shipsTheDefaultStrategyAndTheTwoOtherOrganisations() {
        assertThat(shipped().map(Strategy::id))
                .containsExactlyInAnyOrder("wokingham-2021-24", "reclaiming-front-line-practice", "worcestershire-children-first");
    }

    @Test
    void theDefaultStrategyHoldsEverythingTheSeedsSay() {
        Strategy w = StrategyFixtures.wokingham();
        assertThat(w.values().items()).hasSize(5);
        assertThat(w.businessAreas().items()).hasSize(4);
        assertThat(w.principles().items()).hasSize(5);
        assertThat(w.priorities().items()).extracting(Strategy.Priority::code).containsExactly("SP1", "SP2", "SP3", "SP4", "SP5");
        assertThat(w.cohorts().items()).hasSize(16);
        assertThat(w.successes().items()).hasSize(6);
        assertThat(w.legislation().items()).hasSize(10);
        assertThat(w.governance().items()).extracting(Strategy.GovernanceBody::name).contains("Getting to Good Board");
        assertThat(w.period().from()).isEqualTo(2021);
        assertThat(w.period().to()).isEqualTo(2024);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void everyQuotedFieldIsTheSourceDocumentsOwnWording(Strategy strategy) throws IOException {
        List<String> notFound = new ArrayList<>();
        for (Quote q : quotes(strategy)) {
            String file = strategy.source(q.source()).orElseThrow().file();
            String source = normalise(read("strategies/" + file));
            if (!source.contains(normalise(q.text()))) {
                notFound.add(q.source() + ": " + q.text());
            }
        }
        assertThat(notFound).as("quoted text not found in its source").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void everySectionHeadingIsPrintedInItsSource(Strategy strategy) throws IOException {
        for (Quote q : quotes(strategy)) {
            if (q.section() != null) {
                String source = normalise(read("strategies/" + strategy.source(q.source()).orElseThrow().file()));
                assertThat(source).as("heading of %s", q.text()).contains(normalise(q.section()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown field     | id: x1\\nrevision: 1\\ntitle: T\\norganisation: O\\nsources: [{id: s, title: S, file: f}]\\ncolour: red | colour
            no id                | revision: 1\\ntitle: T\\norganisation: O\\nsources: [{id: s, title: S, file: f}]                    | id must be
            no sources           | id: x1\\nrevision: 1\\ntitle: T\\norganisation: O                                                     | at least one source
            a block's source     | id: x1\\nrevision: 1\\ntitle: T\\norganisation: O\\nsources: [{id: s, title: S, file: f}]\\nvision: {text: V, source: nope, section: H} | unknown source 'nope'
            a revision of zero   | id: x1\\nrevision: 0\\ntitle: T\\norganisation: O\\nsources: [{id: s, title: S, file: f}]            | revision must be
            not YAML at all      | ][                                                                                                     | not valid
            """)
    void anInvalidFileIsRefusedWithAClearReason(String what, String yaml, String reason) {
        InputStream in = new ByteArrayInputStream(yaml.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> files.read(in, "bad.yaml")).as(what)
                .hasMessageContaining("bad.yaml").hasMessageContaining(reason);
    }

    record Quote(String text, String source, String section) {
    }

    /** Every field the format marks as quoted, with the block it belongs to. */
    static List<Quote> quotes(Strategy s) {
        List<Quote> quotes = new ArrayList<>();
        Stream.of(s.period(), s.vision(), s.mission(), s.strategy()).filter(b -> b != null)
                .forEach(b -> quotes.add(new Quote(b instanceof Strategy.Period p ? p.text() : ((Strategy.Statement) b).text(),
                        b.source(), b.section())));
        for (Strategy.Section<?> section : List.of(nonNull(s.values()), nonNull(s.businessAreas()), nonNull(s.principles()),
                nonNull(s.priorities()), nonNull(s.cohorts()), nonNull(s.governance()), nonNull(s.successes()),
                nonNull(s.legislation()), nonNull(s.practice()))) {
            if (section.source() == null) {
                continue;
            }
            add(quotes, section, section.intro());
            for (Object item : section.items()) {
                for (String text : quotedFields(item)) {
                    add(quotes, section, text);
                }
            }
        }
        return quotes;
    }

    private static List<String> quotedFields(Object item) {
        List<String> texts = new ArrayList<>();
        if (item instanceof Strategy.Value v) {
            texts.addAll(java.util.Arrays.asList(v.name(), v.meaning()));
        } else if (item instanceof Strategy.BusinessArea a) {
            texts.add(a.name());
            texts.addAll(a.mission());
        } else if (item instanceof Strategy.Principle p) {
            texts.addAll(java.util.Arrays.asList(p.name(), p.description()));
        } else if (item instanceof Strategy.Priority p) {
            texts.addAll(List.of(p.code(), p.title()));
        } else if (item instanceof Strategy.Cohort c) {
            texts.add(c.text());
        } else if (item instanceof Strategy.GovernanceBody g) {
            texts.addAll(java.util.Arrays.asList(g.name(), g.role()));
        } else if (item instanceof Strategy.Item i) {
            texts.add(i.text());
        } else {
            throw new AssertionError("unexpected item " + item);
        }
        return texts;
    }

    private static Strategy.Section<?> nonNull(Strategy.Section<?> section) {
        return section == null ? new Strategy.Section<>(null, null, null, List.of()) : section;
    }

    private static void add(List<Quote> quotes, Cited block, String text) {
        if (text != null) {
            quotes.add(new Quote(text, block.source(), block.section()));
        }
    }

    /**
     * White space folded (the sources hold no-break spaces too), and the stray backslashes of the PDF extraction dropped: the two differences the
     * format allows between a quote and its source.
     */
    private static String normalise(String text) {
        return text.replace("\\", "").replaceAll("(?U)\\s+", " ").trim();
    }

    private static String read(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
