package org.strategybot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategybot.privacy.Finding.Kind;

/** Each rule with what it must find, what it must let through, and the input it must survive. */
class PersonalDataGuardTest {

    private final PersonalDataGuard guard = new PersonalDataGuard(PrivacySettings.defaults());

    @ParameterizedTest(name = "{1}: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Checked the record for 943 476 5919 today                    | NHS_NUMBER
            NHS number 943.476.5919 on the health plan                   | NHS_NUMBER
            his number is 943-476-5919                                   | NHS_NUMBER
            NHS no 485 777 3456 (a typo in the check digit still counts) | NHS_NUMBER
            the NHS number ９４３ ４７６ ５９１９ in full-width digits          | NHS_NUMBER
            Child DOB 12/03/2015 added to the plan                       | DATE_OF_BIRTH
            born on 3 May 2016, now settled                              | DATE_OF_BIRTH
            D.O.B.: 2014-07-01                                           | DATE_OF_BIRTH
            b. 12.03.2016                                                | DATE_OF_BIRTH
            the boy, aged 7, is settled                                  | AGE
            Child B, aged seven, is waiting                              | AGE
            a 14-year-old was referred                                   | AGE
            the 15 yr old girl from the estate                           | AGE
            Sophie Clarke's EHCP was finalised; she is 11                | AGE
            Sibling group (ages 4, 6 and 9) placed together              | AGE
            her son (7) has settled                                      | AGE
            family moved to 12 Acacia Avenue last week                   | HOME_ADDRESS
            placement at 4 Station Road, RG40 1AA confirmed              | HOME_ADDRESS
            now living at flat 3, RG41 2BB                               | HOME_ADDRESS
            they live at 27 lime tree close                              | HOME_ADDRESS
            mum can be reached on 07700 900123                           | PHONE
            call 0118 496 0000 for the family                            | PHONE
            contact +44 7700 900123                                      | PHONE
            emailed jayden.smith@example.com about it                    | EMAIL
            sent the form to her mum on k.jones@wokingham.gov.uk         | EMAIL
            see case 123456 for details                                  | REFERENCE
            Mosaic ID 9876543 updated                                    | REFERENCE
            ref: CP-2023-0042 closed                                     | REFERENCE
            UPN A123456789012 recorded                                   | REFERENCE
            ULN 1234567890 for the apprenticeship                        | REFERENCE
            Lily, 6, is now in a stable placement                        | NAMED_CHILD
            Met with the mother of Tyler Brown                           | NAMED_CHILD
            ms kowalski's son has been excluded again                    | NAMED_CHILD
            Mia Thompson (looked after) missed her review                | NAMED_CHILD
            met Jayden Smith and his mother at home                      | NAMED_CHILD
            spoke to Mrs Brown about attendance                          | NAMED_CHILD
            spoke with leo's nan re contact                              | NAMED_CHILD
            the Kowalski family have moved out of the borough            | NAMED_CHILD
            Jayden (7​) has settled with his carers                      | NAMED_CHILD
            J, 14, CSE risk flagged                                      | NAMED_CHILD
            Jo's little boy has been excluded                            | NAMED_CHILD
            only 2 children in care and 1 young carer came to the forum  | SMALL_NUMBER
            three families attended the course                           | SMALL_NUMBER
            a single care leaver came to the workshop                    | SMALL_NUMBER
            Update: 3 families attended                                  | SMALL_NUMBER
            """)
    void findsEachKindOfPersonalData(String note, Kind kind) {
        assertThat(guard.check(note)).extracting(Finding::kind).contains(kind);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "Visited Bracknell Forest to see their model",
            "practitioners aged 25 or under get a mentoring offer",
            "Service for young people aged 16 to 25 launched",
            "support for children and young people aged 0-25 with SEND",
            "Children aged 3 and 4 can take up 30 hours",
            "Funded places for 2-year-olds are at 78%",
            "New Family Hub at 45 Peach Street opened on Monday",
            "Council offices at 1 Shute End, Wokingham RG40 1BN",
            "Purchase order 4010232137 raised for the venue",
            "Invoice number 9434765919 queried with finance",
            "Contact the programme office on 0118 974 6000",
            "Questions to strategy.team@wokingham.gov.uk by Friday",
            "Cllr Jones chaired the Corporate Parenting Board",
            "Helen Watson, Director of Children's Services, presented the strategy",
            "Assistant Director for Early Help Sarah Thompson chaired the partnership",
            "Mark and Jo from the commissioning team are drafting the tender",
            "May's board meeting moved to June",
            "SP2 is Amber (2), SP3 Green (5)",
            "Recruited 3 foster carers and 2 supervising social workers",
            "1 in 4 children is eligible for free school meals",
            "Two new children's homes and 3 family hubs opened",
            "fewer than 5 children attended, so numbers are suppressed",
            "Over 300 families used the holiday programme",
            "New due date 31/03/2027 agreed with partners",
            "RAG: R (1), A (2), G (5)",
            "Option A (3) chosen by the board",
            "April update: 3 new foster families approved"})
    void letsStrategyLanguageThrough(String note) {
        assertThat(guard.check(note)).as(note).isEmpty();
    }

    @Test
    void foldsLookAlikeLettersAndInvisibleCharactersBeforeAnyRule() {
        // a Cyrillic "ѕ" in a name, a zero-width space inside an age in brackets, a soft hyphen in a postcode
        assertThat(guard.check("spoke to \u0455ophie's mum")).extracting(Finding::kind).contains(Kind.NAMED_CHILD);
        assertThat(guard.check("Jayden (\u200B7\u200B) moved")).extracting(Finding::kind).contains(Kind.NAMED_CHILD);
        assertThat(guard.check("they live at RG41\u00AD 3XY")).extracting(Finding::kind).contains(Kind.HOME_ADDRESS);
        assertThat(Normaliser.normalise("L\u0456ly\u200B \uFF08\uFF17\uFF09")).isEqualTo("Lily (7)");
    }

    @Test
    void smallCountsFollowTheConfiguredThreshold() {
        PersonalDataGuard three = new PersonalDataGuard(new PrivacySettings(3));
        assertThat(three.check("2 young people came to the forum")).extracting(Finding::kind).containsExactly(Kind.SMALL_NUMBER);
        assertThat(three.check("three young people came to the forum")).isEmpty();
        assertThat(guard.check("4 young people came to the forum")).extracting(Finding::kind).containsExactly(Kind.SMALL_NUMBER);
        assertThat(guard.check("5 young people came to the forum")).isEmpty();
        assertThat(new PersonalDataGuard(new PrivacySettings(1)).check("1 young person came to the forum")).isEmpty();
    }

    @Test
    void publishedDocumentsMayNameOfficersAndGiveCountsButNeverAChild() {
        String minutes = "Thanks to Mr Booth for the report; only 2 children came to the forum. Tel: 0118 974 6000";
        assertThat(guard.check(minutes)).extracting(Finding::kind).contains(Kind.NAMED_CHILD, Kind.SMALL_NUMBER, Kind.PHONE);
        assertThat(guard.checkPublished(minutes)).isEmpty();
        assertThat(guard.checkPublished("Visited Jayden Smith, aged 7, at 12 Acacia Avenue.")).extracting(Finding::kind)
                .contains(Kind.AGE, Kind.HOME_ADDRESS, Kind.NAMED_CHILD);
    }

    @Test
    void theShippedStrategyDocumentsImportWhole() throws IOException {
        try (Stream<Path> sources = Files.list(Path.of("src/main/resources/strategies/sources"))) {
            List<Path> documents = sources.toList();
            assertThat(documents).isNotEmpty();
            for (Path document : documents) {
                assertThat(guard.checkPublished(Files.readString(document))).as(document.toString()).isEmpty();
            }
        }
    }

    @Test
    void saysWhatKindOfDataItFoundWithoutRepeatingIt() {
        var findings = guard.check("met Jayden Smith and his mum, phone 07700 900123, NHS 943 476 5919, aged 7");
        assertThat(findings).extracting(Finding::kind).contains(Kind.NAMED_CHILD, Kind.PHONE, Kind.NHS_NUMBER, Kind.AGE);
        assertThat(findings.toString()).doesNotContain("Jayden").doesNotContain("07700").doesNotContain("943").doesNotContain(" 7 ");
        assertThat(findings.get(0).description()).startsWith(findings.get(0).kind().description() + " (");
    }

    @ParameterizedTest
    @CsvSource({"9434765919, true", "9434765918, false", "4010232137, true", "1234567890, false"})
    void checksTheNhsNumberCheckDigit(String digits, boolean valid) {
        assertThat(Identifiers.isNhsNumber(digits)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<at>", "a.", "<a", "Aa ", "1 ", "a@", "aged ", "Mr ", "12 Acacia ", "0", "9-", "(7", "x'", "\u200B",
            "943 476 5918 ", "Lily, 6, "})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hostileRepetitionIsCheckedInBoundedTime(String unit) {
        // a quarter of a megabyte: a rule that rescans from every position would take hours on it
        String hostile = unit.repeat(250_000 / unit.length());
        guard.check(hostile);
        guard.checkPublished(hostile);
    }

    @Test
    void theGazetteerHoldsTheNamesOfManyCountriesAndKnowsWhichAreAlsoWords() {
        Names names = Names.load();
        assertThat(names.size()).isGreaterThan(15_000);
        assertThat(names.sort("Jayden")).isEqualTo(Names.Sort.NAME);
        assertThat(names.sort("Agnieszka")).isEqualTo(Names.Sort.NAME);
        assertThat(names.sort("Zoë")).isEqualTo(Names.Sort.NAME);
        assertThat(names.sort("Ava-Mae")).isEqualTo(Names.Sort.NAME);
        assertThat(names.sort("Grace")).isEqualTo(Names.Sort.WORD);
        assertThat(names.sort("Bracknell")).isEqualTo(Names.Sort.NONE);
    }
}
