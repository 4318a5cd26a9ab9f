package org.strategybot.updates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots what looks like personal data about a child or family in a progress note, before anything is
 * saved or logged. strategy-bot is for strategy and action-plan progress, never case work.
 *
 * <p>The rules, and their known limits (see also the README):
 * <ul>
 * <li><b>NHS numbers</b>: ten digits, spaced 3-3-4 or not, whose modulus 11 check digit is right. A
 * ten-digit number that fails the check passes (it is not an NHS number).</li>
 * <li><b>Dates of birth</b>: a date after "DOB", "D.O.B.", "date of birth" or "born (on)"; and ages
 * ("aged 7", "7-year-old"). A bare date is a due date, not a birth date, and passes.</li>
 * <li><b>Home addresses</b>: a house number with a street ("12 Acacia Avenue"), or a full postcode
 * ("RG40 1AA") with a house number before it. An outward code alone ("RG40") passes.</li>
 * <li><b>Phone numbers</b>: UK numbers starting 0 or +44 with ten or eleven digits.</li>
 * <li><b>Email addresses</b>.</li>
 * <li><b>Case and reference numbers</b>: a number of four or more digits after "case", "ref",
 * "reference", "client", "child id", "Mosaic", "LCS" and the like; reference-shaped codes such as
 * "CP-2023-0042"; unique pupil numbers (a letter and twelve digits).</li>
 * <li><b>Named people in a case context</b>: a capitalised first and last name after a case verb ("met",
 * "visited", "spoke to", "placed", "referred", ...), after a title ("Mrs Brown"), or followed by an age.
 * Names of organisations, boards and services ("Youth Council", "Getting to Good Board", "Fire Service")
 * pass because their last word is organisational.</li>
 * </ul>
 * It cannot know every name: "met Jayden" (one name, no surname) passes, as do names written in lower
 * case. It is a guard against slips, not a guarantee; staff guidance remains the main control.
 */
public final class PersonalDataGuard {

    /** What was found, described without repeating it. */
    public record Finding(String kind, String hint) {
        @Override
        public String toString() {
            return kind + " (" + hint + ")";
        }
    }

    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d-])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![\\d-])");
    private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)? "
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{4}|\\d{4})";
    private static final Pattern BIRTH = Pattern.compile("(?i)\\b(?:d\\.?o\\.?b\\.?|date of birth|born(?: on| in)?)\\s*:?\\s*" + DATE);
    // an age range ("aged 16 to 25") describes a service, not a child
    private static final Pattern AGE = Pattern.compile(
            "(?i)\\b(?:aged?\\s*\\d{1,2}\\b(?!\\s*(?:-|to|\u2013|and)\\s*\\d)(?!\\s*(?:\\+|plus|and over|or over))"
            + "|\\d{1,2}[- ](?:year|yr)s?[- ]old\\b)");
    private static final String STREET = "(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Ln|Drive|Dr|Way|Court|Ct|Crescent|"
            + "Gardens|Place|Pl|Grove|Terrace|Walk|Mews|Square|Hill|Row|View|Rise|Park)";
    private static final Pattern HOUSE = Pattern.compile("\\b\\d{1,4}[A-Za-z]?,? (?:[A-Z][a-z]+ ){1,3}" + STREET + "\\b");
    private static final Pattern POSTCODE = Pattern.compile("(?i)\\b([A-Z]{1,2}\\d[A-Z\\d]?) ?(\\d[A-Z]{2})\\b");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\b\\d{1,4}[A-Za-z]?\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+44\\s?\\(?0?\\)?|0)(?:\\d[\\s-]?){9,10}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("(?i)\\b[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}\\b");
    private static final Pattern CASE_REF = Pattern.compile("(?i)\\b(?:case|ref|reference|client|child id|person id|"
            + "mosaic|lcs|liquidlogic|eclipse|crn|upn|file)\\s*(?:no\\.?|number|id|ref|#)?\\s*[:#]?\\s*[a-z]{0,3}[-/]?\\d{4,}");
    private static final Pattern REF_CODE = Pattern.compile("\\b[A-Z]{2,4}[-/]\\d{2,4}[-/]\\d{2,6}\\b|\\b[A-Z]\\d{12}\\b");
    private static final String NAME = "([A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+)+)";
    private static final Pattern NAME_AFTER_VERB = Pattern.compile("(?i:\\b(?:met|meeting with|visited|visit to|saw|seen|"
            + "spoke (?:to|with)|talked (?:to|with)|called|phoned|rang|placed|removed|referred|assessed|interviewed|"
            + "supported|worked with|allocated|safeguarded|home visit (?:to|for)|case of|child|parent|mother|father|"
            + "carer|foster carer|family of)) " + NAME);
    private static final Pattern NAME_AFTER_TITLE = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.? ([A-Z][a-z'\u2019-]+)");
    // a bare number counts as an age only in brackets, "Jayden (7)": "Financial Year (Year 1)" is a table heading
    private static final Pattern NAME_WITH_AGE = Pattern.compile(NAME.replace("+)", "*)") + ",? (?:\\(?aged?\\s*\\d{1,2}|\\(\\d{1,2}\\))");
    private static final Set<String> ORGANISATIONAL = Set.of("board", "council", "hub", "service", "services", "team",
            "partnership", "panel", "group", "school", "schools", "academy", "trust", "centre", "center", "unit",
            "programme", "program", "committee", "forum", "network", "police", "nhs", "authority", "department",
            "office", "court", "agency", "borough", "college", "university", "directorate", "leads", "lead",
            "project", "plan", "strategy", "children", "care", "health", "hospital", "practice", "surgery", "ofsted",
            "unicef", "cafcass", "tribunal", "charity", "foundation", "association", "society", "club", "church");

    /** Everything in the text that looks like personal data; empty when nothing does. */
    public List<Finding> check(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<Finding> found = new LinkedHashSet<>();
        Matcher ten = TEN_DIGITS.matcher(text);
        while (ten.find()) {
            if (isNhsNumber(ten.group(1) + ten.group(2) + ten.group(3))) {
                found.add(new Finding("an NHS number", "ten digits with a valid check digit"));
            }
        }
        if (BIRTH.matcher(text).find()) {
            found.add(new Finding("a date of birth", "a date after 'born' or 'DOB'"));
        }
        if (AGE.matcher(text).find()) {
            found.add(new Finding("a child's age", "an age such as 'aged 7'"));
        }
        if (HOUSE.matcher(text).find()) {
            found.add(new Finding("a home address", "a house number and street"));
        }
        Matcher postcode = POSTCODE.matcher(text);
        while (postcode.find()) {
            String before = text.substring(Math.max(0, postcode.start() - 60), postcode.start());
            if (HOUSE_NUMBER.matcher(before).find()) {
                found.add(new Finding("a home address", "a full postcode with a house number"));
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            long digits = phone.group().chars().filter(Character::isDigit).count();
            if (digits >= 10 && digits <= 12) {
                found.add(new Finding("a phone number", "a UK phone number"));
            }
        }
        if (EMAIL.matcher(text).find()) {
            found.add(new Finding("an email address", "an address with @"));
        }
        if (CASE_REF.matcher(text).find() || REF_CODE.matcher(text).find()) {
            found.add(new Finding("a case or reference number", "a case, client or pupil reference"));
        }
        names(text).forEach(found::add);
        return new ArrayList<>(found);
    }

    private static List<Finding> names(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher verb = NAME_AFTER_VERB.matcher(text);
        while (verb.find()) {
            if (!organisational(verb.group(1))) {
                found.add(new Finding("a named person in a case context", "a first and last name after a word like 'met' or 'visited'"));
            }
        }
        Matcher title = NAME_AFTER_TITLE.matcher(text);
        if (title.find()) {
            found.add(new Finding("a named person in a case context", "a name after Mr, Mrs, Ms or Miss"));
        }
        Matcher aged = NAME_WITH_AGE.matcher(text);
        while (aged.find()) {
            if (!organisational(aged.group(1))) {
                found.add(new Finding("a named person in a case context", "a name followed by an age"));
            }
        }
        return found;
    }

    private static boolean organisational(String name) {
        String[] words = name.split(" ");
        return ORGANISATIONAL.contains(words[words.length - 1].toLowerCase(Locale.UK));
    }

    /** The NHS number's modulus 11 check. */
    static boolean isNhsNumber(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
