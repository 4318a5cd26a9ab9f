package org.strategybot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "\"{0}\" is the words {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what's SP4's status?                      | what is sp4 status
            Whats the latest on SP2.3?                | what is the latest on sp2.3
            who’s leading SP5 – and when?             | who is leading sp5 and when
            we aren't there yet, they've said         | we are not there yet they have said
            I'm sure we'll finish by 31.3.2026        | i am sure we will finish by 31.3.2026
            SP4. Done.                                | sp4 done
            .5 of it, 1. then 2.                      | 5 of it 1 then 2
            R&D and Q&amp;A at 50%                    | r and d and q and a at 50 percent
            <at>Strategy Bot</at> hi <b>there</b>     | hi there
            ﬁnance café ½ way                         | finance café 1 2 way
            naïve résumé                              | naïve résumé
            """)
    void splitsAMessageIntoLowerCaseWords(String text, String words) {
        assertThat(Words.split(text)).isEqualTo(List.of(words.split(" ")));
    }
}
