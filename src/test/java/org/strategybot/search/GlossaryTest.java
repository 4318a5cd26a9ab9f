package org.strategybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** Terms the shipped Wokingham documents define, found in the documents themselves. */
class GlossaryTest {

    private static final String STRATEGY = "wokingham-2021-24";
    private static final Glossary glossary = load("strategy-chapter", "wokingham-strategy-chapter.txt",
            "committee-report", "wokingham-committee-report-2022-09.txt", "minutes", "wokingham-scrutiny-minutes.txt");

    private static Glossary load(String... idsAndFiles) {
        Glossary g = new Glossary(new Analysis());
        Sections sections = new Sections(600);
        for (int i = 0; i < idsAndFiles.length; i += 2) {
            List<StoredPassage> passages = new ArrayList<>();
            List<Sections.Piece> pieces = sections.split(read("strategies/sources/" + idsAndFiles[i + 1]), false);
            for (int p = 0; p < pieces.size(); p++) {
                passages.add(new StoredPassage(idsAndFiles[i] + "#" + p, STRATEGY, idsAndFiles[i], "v1", p,
                        pieces.get(p).section(), pieces.get(p).text()));
            }
            g.replace(idsAndFiles[i], passages);
        }
        return g;
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} stands for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SEND  | Special Educational Needs and/or Disabilities
            send  | Special Educational Needs and/or Disabilities
            NEET  | not in education, employment or training
            MTFP  | Medium Term Financial Plan
            ASYE  | Assisted and Supported Year in Employment
            the ASYE programme | Assisted and Supported Year in Employment
            """)
    void findsAcronymsAndWhatTheyStandFor(String asked, String expansion) {
        assertThat(glossary.acronym(STRATEGY, asked)).as(asked).map(Glossary.Acronym::expansion).contains(expansion);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UK", "DfE", "CYPP", "SP4"})
    void lettersTheDocumentsDoNotSpellOutAreNoAcronym(String asked) {
        assertThat(glossary.acronym(STRATEGY, asked)).as(asked).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is described by \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Education Partnership                   | bringing together education providers
            education partnership                   | bringing together education providers
            Emotional Wellbeing Hub                 | single front door
            Power BI                                | data management system
            performance cycle                       | driving improvement through learning
            Corporate Parenting                     | Member engagement
            hidden harm                             | may not have been detected
            Children and Young People's Partnership | partnership opportunities
            Health and Wellbeing Board              | partnership opportunities
            extra-familial harm                     | serious youth violence
            Unicef project                          | voice of the children
            """)
    void findsTheSentenceThatSaysWhatATermIs(String term, String described) {
        List<Glossary.Use> uses = glossary.uses(STRATEGY, term);
        assertThat(uses).as(term).isNotEmpty();
        assertThat(uses.get(0).sentence().text()).as(term).contains(described);
    }

    @Test
    void aSentenceThatSaysWhatATermIsComesBeforeOneThatOnlyMentionsIt() {
        assertThat(glossary.uses(STRATEGY, "Power BI").get(0).defines()).isTrue();
        assertThat(glossary.uses(STRATEGY, "extra-familial harm").get(0).defines()).isFalse();
    }

    @Test
    void eachDocumentThatNamesATermIsFoundAndNotALongerNameHoldingIt() {
        List<Glossary.Use> uses = glossary.uses(STRATEGY, "director");
        assertThat(uses.stream().map(u -> u.sentence().documentId()).distinct()).containsExactlyInAnyOrder("committee-report", "minutes");
        assertThat(uses.stream().filter(u -> u.sentence().documentId().equals("minutes")).findFirst().orElseThrow().sentence().text())
                .contains("Carol Cammiss, Director of Children’s Services");
    }

    @Test
    void aStrategyFindsOnlyItsOwnDocuments() {
        assertThat(glossary.uses("worcestershire-children-first", "Education Partnership")).isEmpty();
        assertThat(glossary.acronym("worcestershire-children-first", "SEND")).isEmpty();
    }

    @Test
    void aTermNoDocumentHoldsIsNotFound() {
        assertThat(glossary.uses(STRATEGY, "parking permits")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ·           Councillor Bray asked      | Councillor Bray asked
            \u2022 Children Acts 1989 and 2004;      | Children Acts 1989 and 2004;
            attached as **Appendix 2**.             | attached as Appendix 2.
            attached as \\*\\*Appendix 2\\*\\*.       | attached as Appendix 2.
            <p>1. We focus on making a difference.</p> <p>2. We aim high.</p> | 1. We focus on making a difference. 2. We aim high.
            Principles\tDescription                  | Principles — Description
            Current Financial Year (Year 1)\tN/A\t\t | Current Financial Year (Year 1) — N/A
            """)
    void quotesLoseTheirLayout(String raw, String clean) {
        assertThat(Layout.clean(raw.replace("\\u2022", "\u2022").replace("\\t", "\t").replace("\\\\", "\\")
                .replace("·           ", "\u00b7\u00a0\u00a0\u00a0\u00a0 "))).isEqualTo(clean);
    }
}
