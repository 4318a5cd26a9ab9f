package org.strategybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each synonym in search/synonyms.txt finds a passage written with the other, both ways. */
class SynonymsTest {

    private static final String FILLER = "The board met to review the budget and the timetable for the year ahead.";

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            SEND                                         | support for pupils with special educational needs and disabilities in mainstream schools
            special educational needs and disabilities   | a new SEND school will open in the borough
            NEET                                         | fewer young people not in education, employment or training this year
            not in education, employment or training     | the NEET figures improved in the spring
            CSE                                          | a strategy to tackle child sexual exploitation and extra familial harm
            child sexual exploitation                    | the CSE panel meets monthly with the police
            ASYE                                         | newly qualified staff on the assessed and supported year in employment
            assessed and supported year in employment    | eleven social workers started the ASYE programme
            CYPP                                         | we will deliver this through the Children and Young People's Plan with partners
            Children and Young People's Plan             | the CYPP sets shared outcomes with health and the police
            LAC                                          | outcomes for looked after children at school
            looked after children                        | the LAC review process was redesigned
            children in care                             | the LAC review process was redesigned
            LAC                                          | placements for children in care close to home
            children missing education                   | the CME team tracks pupils who leave school rolls
            CME                                          | children missing education are tracked by the inclusion team
            """)
    void aSynonymFindsPassagesWrittenWithTheOther(String question, String passage) {
        PassageIndex index = new PassageIndex(new Analysis());
        index.replace("d1", List.of(
                new StoredPassage("p1", "s", "d1", "v", 0, "Filler", FILLER),
                new StoredPassage("p2", "s", "d1", "v", 1, "Meant", passage),
                new StoredPassage("p3", "s", "d1", "v", 2, "Filler", FILLER)));

        List<PassageIndex.Hit> hits = index.search("s", question, 3);

        assertThat(hits).as(question).isNotEmpty();
        assertThat(hits.get(0).passage().text()).isEqualTo(passage);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SEND     | support for pupils in mainstream schools with their reading
            NEET     | young people in education and training
            LAC      | children attending after-school clubs
            """)
    void withoutTheSynonymsWordsAloneDoNotMatch(String question, String passage) {
        PassageIndex index = new PassageIndex(new Analysis());
        index.replace("d1", List.of(new StoredPassage("p1", "s", "d1", "v", 0, null, passage)));
        assertThat(index.search("s", question, 3)).as(question).isEmpty();
    }

    @ParameterizedTest(name = "\"{1}\" speaks of \"{0}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            care leavers          | Embed the new approach to corporate parenting, with stronger Member engagement | true
            leaving care          | more care leavers in education, employment or training                         | true
            care experienced      | events with children in care and care leavers                                  | true
            children in care      | Embed the new approach to corporate parenting                                   | true
            looked after children | Power BI dashboards for children in care                                        | true
            LAC                   | Power BI dashboards for children in care                                        | true
            recruitment           | Recruit, develop and retain a high-performing children's workforce              | true
            care leavers          | Stabilise the social care workforce: recruit and retain managers                | false
            children in care      | outcomes for all children, young people and families                            | false
            corporate parenting   | Power BI dashboards for children in care                                        | false
            """)
    void aPhraseIsSpokenOfInItsOwnWordsOrASynonyms(String phrase, String text, boolean holds) {
        Synonyms synonyms = new Synonyms();
        assertThat(synonyms.holds(text, synonyms.readings(phrase))).as(phrase + " in " + text).isEqualTo(holds);
    }
}
