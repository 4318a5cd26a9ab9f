package org.strategybot.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strategybot.privacy.Finding.Kind;

/**
 * Home addresses: a house number with a street ("12 Acacia Avenue", "27 lime tree close"), a flat number, a
 * full postcode ("RG41 3XY"). A council building or service named with its address ("New Family Hub at 45
 * Peach Street", "Council offices at 1 Shute End, RG40 1BN") is not a home: the sentence is weighed, and a
 * family or home word there outweighs an organisation's.
 */
final class Addresses {

    // street types that are never ordinary words after a number, in any case
    private static final String PLAIN_STREETS = "road|rd|street|avenue|ave|lane|ln|crescent|cres|gardens|gdns|grove|terrace|mews";
    // these are ordinary words too ("4 teams came together at the end"), so they count only capitalised
    private static final String CAPITAL_STREETS = "Close|Cl|Drive|Way|Court|Ct|Place|Pl|Walk|Square|Hill|Row|View|Rise|Park|"
            + "End|Green|Parade|Vale|Meadows?|Fields|Copse|Chase|Wharf|Yard|Gate|Lodge|Heath|Hollow|Paddock|Orchard|Croft|Wood";
    private static final Pattern HOUSE = Pattern.compile("(?<![\\d.,£$])\\b\\d{1,4}[a-zA-Z]?,?\\s{1,3}"
            + "(?:(?:[A-Za-z][a-z'-]{1,20}\\s{1,3}){1,3}(?i:" + PLAIN_STREETS + ")|(?:[A-Z][a-z'-]{1,20}\\s{1,3}){1,3}(?:"
            + CAPITAL_STREETS + "))\\b");
    // in lower case any street type counts after a word of living somewhere: "they live at 27 lime tree close"
    private static final Pattern LIVES_AT = Pattern.compile("(?i)\\b(?:live|lives|living|lived|moved in|moved into|moving in|"
            + "address|rehoused|staying|stays|placed|resides|residing)\\s{1,3}(?:at|to|in|is)?\\s{0,3}:?\\s{0,3}\\d{1,4}[a-z]?,?\\s{1,3}"
            + "(?:[a-z'-]{2,20}\\s{1,3}){1,3}(?:" + PLAIN_STREETS + "|" + CAPITAL_STREETS + ")\\b");
    private static final Pattern FLAT = Pattern.compile("(?i)\\b(?:flat|apartment|apt)\\s{0,2}\\d{1,4}[a-z]?\\b");
    private static final Pattern POSTCODE = Pattern.compile("(?i)\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s{0,2}\\d[ABD-HJLNP-UW-Z]{2}\\b");
    private static final Pattern HOME = Pattern.compile("(?i)\\b(?:famil(?:y|ies)(?!\\s{1,3}(?:hubs?|centres?|services?|support|"
            + "safeguarding|court|group|help|information|learning))|mum|mother|dad|father|parents?|carers?|"
            + "grandma|grandmother|grandparents?|nan|gran|aunt|uncle|child|boy|girl|son|daughter|young person|yp|he|she|they|"
            + "his|her|their|lives|living|live|resides|rehoused|home visit|placement|placed|address|moved in|staying|stays|"
            + "house|(?<!children's )home|household|tenancy|flat)\\b");
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:hub|centre|center|offices?|school|library|academy|"
            + "clinic|church|hall|council|venue|building|headquarters|hq|station|surgery|hospital|event|meeting|held|based|"
            + "opened|opens|open day|drop-in|sessions?|training|conference|reception|civic|service|services|team|unit|"
            + "nursery|college|campus|pavilion|theatre|museum|gallery|leisure|sports|youth club|shop|café|cafe|workshop)\\b");

    private Addresses() {
    }

    static void find(String text, List<Finding> found) {
        if (LIVES_AT.matcher(text).find()) {
            found.add(new Finding(Kind.HOME_ADDRESS, "a house number and street where someone lives"));
            return;
        }
        if (home(text, HOUSE, found, "a house number and street") || home(text, FLAT, found, "a flat number")) {
            return;
        }
        home(text, POSTCODE, found, "a full postcode");
    }

    private static boolean home(String text, Pattern pattern, List<Finding> found, String hint) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String sentence = Text.sentenceAround(text, m.start()).replace(m.group(), " ");
            if (HOME.matcher(sentence).find() || !ORGANISATION.matcher(sentence).find()) {
                found.add(new Finding(Kind.HOME_ADDRESS, hint));
                return true;
            }
        }
        return false;
    }
}
