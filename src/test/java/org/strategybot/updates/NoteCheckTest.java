package org.strategybot.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategybot.privacy.PersonalDataGuard;
import org.strategybot.privacy.PrivacySettings;
import org.strategybot.updates.Outcome.Reason;

/** What a progress note may hold, asked when it is posted and again when the card is confirmed. */
class NoteCheckTest {

    final NoteCheck notes = new NoteCheck(new PersonalDataGuard(PrivacySettings.defaults()),
            new UpdateSettings(Duration.ofMinutes(30), Duration.ofHours(24), 60));

    @ParameterizedTest
    @ValueSource(strings = {"recruitment campaign launched", "two posts still vacant; interviews next week", ""})
    void progressInASentenceOrNoNoteAtAllIsKept(String note) {
        assertThat(notes.problem(note)).isEmpty();
        assertThat(notes.problem(null)).isEmpty();
    }

    @Test
    void aNoteLongerThanTheLimitIsRefusedWithTheLimit() {
        Outcome refused = notes.problem("x".repeat(61)).orElseThrow();

        assertThat(refused.reason()).isEqualTo(Reason.NOTE_TOO_LONG);
        assertThat(refused.values()).containsExactly("60");
        assertThat(notes.problem("x".repeat(60))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Smith, aged 7, was moved", "DOB 01/02/2015", "Tom is 15 and in foster care"})
    void personalDataIsRefusedSayingWhatItLookedLikeButNeverQuotingIt(String note) {
        Outcome refused = notes.problem(note).orElseThrow();

        assertThat(refused.reason()).isEqualTo(Reason.PERSONAL_DATA);
        assertThat(refused.kind()).isEqualTo(Outcome.Kind.PERSONAL_DATA);
        assertThat(refused.findings()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(String.join(" ", refused.values())).doesNotContain(note);
    }
}
