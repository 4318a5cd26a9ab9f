package org.strategybot.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategybot.privacy.Finding.Kind;

/**
 * Numbers and addresses that identify one person: NHS numbers, unique pupil and learner numbers, case and
 * system references, phone numbers and email addresses. Every pattern's repetition is bounded, so each
 * scan is linear in the text's length.
 */
final class Identifiers {

    // ten digits grouped 3-3-4 with any separators ("943 476 5919", "943.476.5919", "943 - 476 - 5919") or none
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d.,/-])(\\d{3})[ ./-]{0,3}(\\d{3})[ ./-]{0,3}(\\d{4})(?![\\d]|[.,/-]\\d)");
    private static final Pattern UPN = Pattern.compile("(?i)\\b[a-z]\\d{12}\\b|\\b[a-z]\\d{11}[a-z]\\b");
    private static final Pattern LABELLED = Pattern.compile("(?i)\\b(case|ref|reference|client|child|person|pupil|learner|"
            + "mosaic|lcs|liquidlogic|eclipse|crn|file|record|ehcp|referral|id|uln|upn|nhs|chi|cid|pid)\\b"
            + "(?:\\s{1,3}(?:no\\.?|nos?|number|num|id|ref|reference|#)){0,2}\\s{0,3}[:#.=-]?\\s{0,3}(?:[a-z]{1,3}[-/]?)?(\\d{4,12})\\b");
    private static final Pattern CODE = Pattern.compile("\\b([A-Z]{2,4})[-/](\\d{2,4})[-/](\\d{2,6})\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:(?:\\+|00)44[ ]{0,2}(?:\\(0\\)[ ]{0,2})?|\\(?0)"
            + "\\d{2,4}\\)?(?:[ .-]{0,2}\\d){6,8}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8})");
    // what makes a ten-digit number an order, invoice or account, not an NHS number
    private static final Pattern FINANCE = Pattern.compile("(?i)\\b(?:purchase order|p\\.?o\\.?|order|invoice|inv|"
            + "requisition|req|contract|account|acct|a/c|payment|cost cent(?:re|er)|budget|ledger|gl|supplier|vendor|receipt|"
            + "transaction|quote|quotation|tender|grant|finance|cheque|bacs|sort code|po number|voucher|claim|bid|award)\\b|£");
    private static final List<String> PUBLIC_DOMAINS = List.of(".gov.uk", ".nhs.uk", ".nhs.net", "nhs.net", ".sch.uk",
            ".police.uk", ".ac.uk", ".org.uk", ".gov.scot", ".gov.wales", ".mod.uk", ".parliament.uk");
    private static final Pattern ORGANISATION_CONTACT = Pattern.compile("(?i)\\b(?:office|team|service|hub|helpline|line|"
            + "switchboard|reception|desk|council|department|mash|front door|duty|enquiries|bookings|centre|center|school|"
            + "hotline|advice|contact centre|programme|project|partnership|board|academy|clinic|library)\\b");
    private static final Pattern FAMILY_CONTACT = Pattern.compile("(?i)\\b(?:family|families|mum|mother|dad|father|parent|"
            + "parents|carer|grandma|grandmother|nan|gran|aunt|uncle|child|boy|girl|son|daughter|young person|yp|his|her|their|"
            + "he|she|home|mobile|personal)\\b");

    private Identifiers() {
    }

    /**
     * @param published a published document's phone numbers and addresses are its officers' and offices', so
     *                  there they count only in a family's context
     */
    static void find(String text, boolean published, List<Finding> found) {
        tenDigits(text, found);
        if (UPN.matcher(text).find()) {
            found.add(new Finding(Kind.REFERENCE, "a letter and twelve digits, the shape of a unique pupil number"));
        }
        labelled(text, found);
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            if (!List.of("PO", "INV", "REQ", "PR", "SP", "FY", "KS", "GL").contains(code.group(1)) && !financial(text, code.start())) {
                found.add(new Finding(Kind.REFERENCE, "a code shaped like a case reference"));
                break;
            }
        }
        phones(text, published, found);
        if (text.indexOf('@') >= 0) {
            emails(text, published, found);
        }
    }

    private static void tenDigits(String text, List<Finding> found) {
        Matcher m = TEN_DIGITS.matcher(text);
        while (m.find()) {
            String digits = m.group(1) + m.group(2) + m.group(3);
            String label = before(text, m.start(), 40).toLowerCase(Locale.ROOT);
            if (label.matches("(?s).*\\bnhs\\b.{0,25}")) {
                found.add(new Finding(Kind.NHS_NUMBER, "ten digits labelled NHS"));
            } else if (label.matches("(?s).*\\buln\\b.{0,25}")) {
                found.add(new Finding(Kind.REFERENCE, "ten digits labelled as a unique learner number"));
            } else if (digits.charAt(0) != '0' && isNhsNumber(digits) && !financial(text, m.start())) {
                found.add(new Finding(Kind.NHS_NUMBER, "ten digits with a valid NHS check digit"));
            } else {
                continue;
            }
            return;
        }
    }

    private static void labelled(String text, List<Finding> found) {
        Matcher m = LABELLED.matcher(text);
        while (m.find()) {
            String number = m.group(2);
            boolean year = number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
            if (!year && !financial(text, m.start())) {
                String label = m.group(1).toLowerCase(Locale.ROOT);
                found.add(label.equals("nhs") ? new Finding(Kind.NHS_NUMBER, "a number labelled NHS")
                        : new Finding(Kind.REFERENCE, "a number after a word like 'case', 'ref', 'ID' or a system's name"));
                return;
            }
        }
    }

    private static void phones(String text, boolean published, List<Finding> found) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            String national = digits.startsWith("0044") ? digits.substring(4) : digits.startsWith("44") ? digits.substring(2) : digits;
            national = national.startsWith("0") ? national.substring(1) : national;
            if (national.length() < 9 || national.length() > 10) {
                continue;
            }
            String sentence = Text.sentenceAround(text, m.start());
            boolean mobile = national.startsWith("7");
            boolean unexplained = !published && (mobile || !ORGANISATION_CONTACT.matcher(sentence).find());
            if (unexplained || FAMILY_CONTACT.matcher(sentence).find()) {
                found.add(new Finding(Kind.PHONE, mobile ? "a mobile number" : "a phone number not given as an office's"));
                return;
            }
        }
    }

    private static void emails(String text, boolean published, List<Finding> found) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String domain = m.group(1).toLowerCase(Locale.ROOT);
            boolean organisation = published || PUBLIC_DOMAINS.stream().anyMatch(domain::endsWith);
            if (!organisation || FAMILY_CONTACT.matcher(Text.sentenceAround(text, m.start()).replace(m.group(), " ")).find()) {
                found.add(new Finding(Kind.EMAIL, organisation ? "an address in a family's context"
                        : "an address outside the public sector's domains"));
                return;
            }
        }
    }

    private static boolean financial(String text, int at) {
        return FINANCE.matcher(before(text, at, 40)).find();
    }

    /** Up to {@code chars} characters before a position, within its line; never reads further back. */
    private static String before(String text, int at, int chars) {
        int from = at;
        int floor = Math.max(0, at - chars);
        while (from > floor && text.charAt(from - 1) != '\n') {
            from--;
        }
        return text.substring(from, at);
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
