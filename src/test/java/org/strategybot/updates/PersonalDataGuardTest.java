package org.strategybot.updates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule with notes it must stop and strategy language it must let through. */
class PersonalDataGuardTest {

    private final PersonalDataGuard guard = new PersonalDataGuard();

    @ParameterizedTest(name = "{1}: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Checked the record for 943 476 5919 today                   | an NHS number
            NHS no 9434765919 added to the file                         | an NHS number
            Child DOB 12/03/2015 added to the plan                      | a date of birth
            born on 3 May 2016, now settled                              | a date of birth
            D.O.B.: 2014-07-01                                           | a date of birth
            the boy, aged 7, is settled                                  | a child's age
            a 14-year-old was referred                                   | a child's age
            family moved to 12 Acacia Avenue last week                   | a home address
            placement at 4 Station Road, RG40 1AA confirmed              | a home address
            now living at flat 3, RG41 2BB                               | a home address
            mum can be reached on 07700 900123                           | a phone number
            call 0118 496 0000 for the family                            | a phone number
            contact +44 7700 900123                                      | a phone number
            emailed jayden.smith@example.com about it                    | an email address
            see case 123456 for details                                  | a case or reference number
            Mosaic ID 9876543 updated                                    | a case or reference number
            ref: CP-2023-0042 closed                                     | a case or reference number
            UPN A123456789012 recorded                                   | a case or reference number
            met Jayden Smith and his mother at home                      | a named person in a case context
            visited Amira Khan after school                              | a named person in a case context
            spoke to Mrs Brown about attendance                          | a named person in a case context
            placed Tyler Jones with foster carers                        | a named person in a case context
            Jayden (aged 7) is doing well                                | a named person in a case context
            Jayden Smith (7) moved schools                               | a named person in a case context
            """)
    void stopsNotesThatLookLikeCaseRecords(String note, String kind) {
        assertThat(guard.check(note)).extracting(PersonalDataGuard.Finding::kind).contains(kind);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "Eleven newly qualified social workers started their ASYE year.",
            "The Serious Violence and Exploitation Board met and agreed its terms of reference.",
            "Report went to the Getting to Good Board on 14 November.",
            "Met Youth Council members to plan the Unicef child friendly event.",
            "Visited Fire Service colleagues to restart safety check referrals.",
            "Spoke to Berkshire West Safeguarding Board about the audit.",
            "Audit backlog of 40 cases due to sickness; recovery plan agreed.",
            "New due date 31/03/2027 agreed with partners.",
            "Service for young people aged 16 to 25 launched in the RG40 area.",
            "Spend is 1234567890 pence below budget",
            "SP4.2 is 60% complete; 12 of 20 posts filled.",
            "Performance clinic held 2026-11-20; Power BI dashboards live.",
            "Education Partnership agreed three priorities with 23 schools.",
            "Emotional Wellbeing Hub triaged 85% of requests within 5 working days.",
            "Met Head of Service and the Principal Social Worker.",
            "Corporate Parenting Panel met on 12 November.",
            "Current Financial Year (Year 1)\tN/A\tN/A\tN/A"})
    void letsStrategyLanguageThrough(String note) {
        assertThat(guard.check(note)).as(note).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"9434765919, true", "9434765918, false", "4010232137, true", "1234567890, false"})
    void checksTheNhsNumberCheckDigit(String digits, boolean valid) {
        assertThat(PersonalDataGuard.isNhsNumber(digits)).isEqualTo(valid);
    }

    @org.junit.jupiter.api.Test
    void saysWhatKindOfDataItFoundWithoutRepeatingIt() {
        var findings = guard.check("met Jayden Smith, phone 07700 900123");
        assertThat(findings).hasSize(2);
        assertThat(findings.toString()).doesNotContain("Jayden").doesNotContain("07700");
    }
}
