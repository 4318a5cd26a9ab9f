package org.strategybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every passage is bounded, whatever the document holds, and no word of it is lost on the way. */
class SectionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one run-on sentence         | a.              | false
            words without a sentence end | word           | false
            unclosed links              | [a](            | true
            brackets                    | [               | true
            a heading's hashes          | #               | true
            emoji                       | 😀              | false
            """)
    void hostileTextIsCutIntoBoundedPassagesWithNothingLost(String what, String unit, boolean markdown) {
        String text = (unit.equals("word") ? "word " : unit).repeat(60_000);
        List<Sections.Piece> pieces = new Sections(600).split(text, markdown);

        assertThat(pieces).isNotEmpty().allSatisfy(p -> assertThat(p.text().length()).as(what).isLessThanOrEqualTo(600));
        String kept = String.join("", pieces.stream().map(Sections.Piece::text).toList()).replaceAll("\\s", "");
        assertThat(kept).as(what).isEqualTo(text.replaceAll("\\s", ""));
    }

    @ParameterizedTest(name = "sentences ended by {0}")
    @CsvSource(delimiter = '|', textBlock = """
            a space               | ' '
            a non-breaking space  | '\u00a0'
            two of them           | '\u00a0\u00a0'
            """)
    void aLongParagraphIsCutBetweenSentencesWhateverSpaceFollowsTheirFullStops(String what, String space) {
        String sentence = "The partnership with the Fire Service met again to agree referrals into the front door";
        String text = String.join(space, java.util.Collections.nCopies(12, sentence + "."));

        List<Sections.Piece> pieces = new Sections(600).split(text, false);

        assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.text()).as(what)
                .startsWith("The partnership").endsWith("front door."));
    }
}
