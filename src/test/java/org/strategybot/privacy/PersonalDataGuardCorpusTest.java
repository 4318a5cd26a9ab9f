package org.strategybot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard against a corpus of realistic notes: ones that name or describe a child (or count too few
 * children) and must be refused, and ordinary progress notes that must pass. The training set
 * (privacy/refuse.txt, privacy/pass.txt) was used to tune the rules and must be right note for note; the
 * held-out set (privacy/heldout-*.txt) was written before tuning and is judged only by its rates, at the
 * bar the product is held to: at least 95% refused, at most 5% of ordinary notes refused.
 */
class PersonalDataGuardCorpusTest {

    private static final PersonalDataGuard GUARD = new PersonalDataGuard(PrivacySettings.defaults());

    static Stream<String> mustRefuse() {
        return notes("privacy/refuse.txt").stream();
    }

    static Stream<String> mustPass() {
        return notes("privacy/pass.txt").stream();
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("mustRefuse")
    void refusesNotesAboutAChild(String note) {
        assertThat(GUARD.check(note)).as(note).isNotEmpty();
    }

    @ParameterizedTest(name = "passes: {0}")
    @MethodSource("mustPass")
    void letsOrdinaryProgressNotesThrough(String note) {
        assertThat(GUARD.check(note)).as(note).isEmpty();
    }

    @Test
    void heldOutNotesAreJudgedAtTheProductsBar() {
        List<String> refuse = notes("privacy/heldout-refuse.txt");
        List<String> pass = notes("privacy/heldout-pass.txt");
        List<String> missed = refuse.stream().filter(n -> GUARD.check(n).isEmpty()).toList();
        List<String> falseAlarms = pass.stream().filter(n -> !GUARD.check(n).isEmpty()).toList();
        double refused = 1.0 - (double) missed.size() / refuse.size();
        double alarms = (double) falseAlarms.size() / pass.size();
        System.out.printf("held-out: %d of %d refused (%.1f%%), %d of %d ordinary notes refused (%.1f%%)%n",
                refuse.size() - missed.size(), refuse.size(), 100 * refused, falseAlarms.size(), pass.size(), 100 * alarms);
        missed.forEach(n -> System.out.println("  missed: " + n));
        falseAlarms.forEach(n -> System.out.println("  false alarm: " + n + " -> " + GUARD.check(n)));
        assertThat(refuse).hasSizeGreaterThanOrEqualTo(40);
        assertThat(pass).hasSizeGreaterThanOrEqualTo(40);
        assertThat(refused).as("share of held-out child notes refused; missed: %s", missed).isGreaterThanOrEqualTo(0.95);
        assertThat(alarms).as("share of held-out ordinary notes refused: %s", falseAlarms).isLessThanOrEqualTo(0.05);
    }

    @Test
    void theCorpusIsBigEnoughToMeanSomething() {
        assertThat(notes("privacy/refuse.txt")).hasSizeGreaterThanOrEqualTo(60);
        assertThat(notes("privacy/pass.txt")).hasSizeGreaterThanOrEqualTo(60);
    }

    static List<String> notes(String resource) {
        try (InputStream in = PersonalDataGuardCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
