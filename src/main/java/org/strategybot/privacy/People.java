package org.strategybot.privacy;

import java.util.List;
import java.util.Set;

import org.strategybot.privacy.Finding.Kind;
import org.strategybot.privacy.Mentions.Mention;
import org.strategybot.privacy.Mentions.Strength;
import org.strategybot.privacy.Text.Token;

/**
 * Named children and family members. A name {@link Mentions} finds is refused when something ties it to
 * a child: an age beside it, a family word ("the mother of", "and her brother", "Liam's mum"), a care
 * status ("(looked after)", "on a CP plan") or a case word in its sentence. A name with a role or title
 * ("Cllr", "Director of Children's Services", "Helen Watson, Director, presented") is an official, not a child.
 */
final class People {

    private static final Set<String> FROM_ORGANISATIONS = Set.of("team", "service", "services", "council", "board",
            "directorate", "department", "unit", "commissioning", "finance", "hr", "legal", "ofsted", "dfe", "police",
            "nhs", "icb", "partnership", "trust", "office", "agency", "borough", "university", "college", "charity");
    private static final Set<String> TOPIC_FOLLOWERS = Set.of("stability", "sufficiency", "strategy", "strategies", "team",
            "teams", "data", "panel", "panels", "budget", "budgets", "costs", "cost", "provider", "providers", "commissioning",
            "finding", "search", "options", "capacity", "service", "services", "rates", "rate", "figures", "pilot", "offer",
            "policy", "policies", "training", "recruitment", "campaign", "process", "processes", "guidance", "protocol",
            "framework", "audit", "audits", "numbers", "trends", "timeliness", "performance", "board", "forum", "hub",
            "hubs", "programme", "project", "work", "workstream", "care", "education", "information", "register",
            "procedures", "tracker", "report", "reports", "practice", "model", "scorecard", "club", "clubs", "provision",
            "activities", "clinic", "clinics");
    private static final Set<String> PAIRED_CUES = Set.of("at home", "home visit", "lives with", "living with",
            "moved in", "returned home", "went missing", "gone missing", "went home", "back home", "in care", "on remand",
            "contact with", "looked after", "child protection", "care order", "care plan",
            "pathway plan", "strategy meeting", "core group", "police protection", "supervised contact", "birth mother",
            "birth father", "birth family", "birth parents", "foster home", "supported accommodation",
            "youth offending", "missing episode", "missing episodes", "after school", "at school", "from school",
            "to school", "missed school", "new school", "of school", "at nursery", "at college", "in court");
    private static final Set<String> LINKS = Set.of("his", "her", "their", "'s", "my", "whose");

    private final Mentions mentions;
    private final ChildDetails childDetails;

    People(Names names) {
        this.mentions = new Mentions(names);
        this.childDetails = new ChildDetails(names);
    }

    void find(Text text, boolean published, List<Finding> found) {
        for (int i = 0; i < text.size(); i++) {
            Mention m = mentions.at(text, i);
            if (m == null) {
                continue;
            }
            String why = official(text, m) ? null : judge(text, m, published);
            if (why != null) {
                found.add(new Finding(Kind.NAMED_CHILD, why));
                return;
            }
            i = m.end() - 1;
        }
        if (mentions.familyBySurname(text)) {
            found.add(new Finding(Kind.NAMED_CHILD, "a family named by its surname"));
        }
    }

    private String judge(Text text, Mention m, boolean published) {
        String near = adjacent(text, m);
        if (near != null) {
            return near;
        }
        return switch (m.strength()) {
            case STRONG -> childContext(text, m) ? "a name in the same sentence as a family or care word" : null;
            case TITLE -> !published || childContext(text, m) ? "Mr, Mrs, Ms or Miss with a name" : null;
            case WEAK, FAINT -> null;
        };
    }

    /** What sits right next to the name: an age, a family word, a care status in brackets, a possessive. */
    private String adjacent(Text text, Mention m) {
        int j = m.end();
        if (m.glued()) {
            return possessed(text, j, m) ? "a name with a family or care word after it, such as 'Liam's mum'" : null;
        }
        if (text.is(j, "'s") || text.is(j, "'") && text.get(j - 1).lower().endsWith("s")) {
            if (possessed(text, j + 1, m)) {
                return "a name with a family or care word after it, such as 'Liam's mum'";
            }
        }
        if (m.strength() == Strength.FAINT) {
            return null;
        }
        // a lone letter before a number in brackets is a tally ("R (1), A (2), G (5)"), not an initial with an age
        boolean letter = m.end() == m.start() + 1 && text.get(m.start()).text().length() == 1;
        if (!letter && text.is(j, "(") && Ages.age(text.get(j + 1)) && text.is(j + 2, ")", ",", "and", "&")) {
            return "a name followed by an age";
        }
        if (m.strength() != Strength.WEAK && ChildDetails.birthDate(text, j)) {
            return "a name followed by what reads as a date of birth";
        }
        if (text.is(j, "(") && bracketedStatus(text, j + 1)) {
            return "a name with a care status in brackets";
        }
        if (childDetails.schoolYear(text, m)) {
            return "a name with a school year, such as 'Jamie in Year 10'";
        }
        if (text.is(j, ",") && Ages.age(text.get(j + 1)) && (text.get(j + 2) == null || !text.sameSentence(j + 1, j + 2)
                || text.is(j + 2, ",", "and", ")", ".", ";", "&"))) {
            return "a name followed by an age";
        }
        if (m.gazetteer() || m.strength() != Strength.WEAK) {
            if (Ages.statedAge(text, j) || text.is(j, ",") && Ages.statedAge(text, j + 1)) {
                return "a name with an age, such as 'Tom is 15'";
            }
            int k = text.is(j, ",") ? j + 1 : j;
            if (text.is(k, "and") && text.get(k + 1) != null && LINKS.contains(text.get(k + 1).lower())
                    && (familyWithin(text, k + 2, 2) || m.gazetteer() && possessed(text, k + 2, m))) {
                return "a name with a family member, such as 'and his mother'";
            }
            if (text.is(m.start() - 1, "of") && text.get(m.start() - 2) != null && Cues.FAMILY.contains(text.get(m.start() - 2).lower())) {
                return "a name after a family word, such as 'the mother of'";
            }
            Token before = text.get(m.start() - 1);
            if (before != null && Cues.FAMILY.contains(before.lower()) && text.get(m.start() - 2) != null
                    && LINKS.contains(text.get(m.start() - 2).lower())) {
                return "a name after a family word, such as 'her brother'";
            }
        }
        return null;
    }

    private boolean possessed(Text text, int k, Mention m) {
        for (int n = k; n < k + 3 && text.get(n) != null && text.sameSentence(k - 1, n); n++) {
            String w = text.get(n).lower();
            if (Cues.FAMILY.contains(w)) {
                return true;
            }
            boolean strongEnough = m.gazetteer() && m.strength() != Strength.FAINT || m.strength() == Strength.TITLE;
            if (strongEnough && Cues.POSSESSIONS.contains(w)) {
                return true;
            }
            if (!text.get(n).word()) {
                return false;
            }
        }
        return false;
    }

    private static boolean familyWithin(Text text, int k, int span) {
        for (int n = k; n < k + span && text.get(n) != null; n++) {
            if (Cues.FAMILY.contains(text.get(n).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "(looked after)", "(CIN)", "(12, looked after)", "(both CIN)". */
    private static boolean bracketedStatus(Text text, int k) {
        for (int n = k; n < k + 5 && text.get(n) != null && !text.is(n, ")"); n++) {
            String w = text.get(n).lower();
            if (Cues.CASE_WORDS.contains(w) || w.equals("looked") || w.equals("care")) {
                return true;
            }
        }
        return false;
    }

    /** A family or case word in the mention's sentence, used of one child rather than of a service. */
    private static boolean childContext(Text text, Mention m) {
        int from = Math.max(0, m.start() - 30);
        int to = Math.min(text.size(), m.end() + 30);
        for (int k = from; k < to; k++) {
            if ((k >= m.start() && k < m.end()) || !text.sameSentence(k, m.start())) {
                continue;
            }
            String w = text.get(k).lower();
            Token next = text.get(k + 1);
            String following = next == null || !text.sameSentence(k, k + 1) ? "" : next.lower();
            if (TOPIC_FOLLOWERS.contains(following)) {
                continue;
            }
            if (Cues.FAMILY.contains(w) && (!w.startsWith("carer") || linked(text, k))) {
                return true;
            }
            if (Cues.CASE_WORDS.contains(w)) {
                return true;
            }
            if (PAIRED_CUES.contains(w + " " + following) && !aboutAGroup(text, k + 2)) {
                return true;
            }
            if (Cues.POSSESSIONS.contains(w) && linked(text, k)) {
                return true;
            }
        }
        return false;
    }

    /** "looked after children", "in care council": the words name a group or a service. */
    private static boolean aboutAGroup(Text text, int k) {
        Token t = text.get(k);
        return t != null && text.sameSentence(k - 1, k) && (Cues.COHORTS.contains(t.lower()) || TOPIC_FOLLOWERS.contains(t.lower())
                || t.is("child's", "young", "council", "leavers", "plans", "visits", "meetings"));
    }

    /** "her review", "his new school", "with foster carers": the word belongs to someone. */
    private static boolean linked(Text text, int k) {
        for (int back = k - 1; back >= Math.max(0, k - 3); back--) {
            String w = text.get(back).lower();
            if (LINKS.contains(w) || w.equals("with")) {
                return true;
            }
            if (!Set.of("new", "foster", "kinship", "birth", "adoptive", "social", "current", "old", "latest", "next",
                    "annual", "own").contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** A role or title beside the name, a verb of minutes after it, or "from the ... team". */
    private static boolean official(Text text, Mention m) {
        for (int k = m.start() - 1, steps = 0; k >= 0 && steps < 7 && text.sameSentence(k, m.start()); k--, steps++) {
            Token t = text.get(k);
            if (Cues.role(t.lower())) {
                return true;
            }
            boolean joiner = t.is("of", "for", "and", "the", "'s", "&") && k < m.start() - 1;
            if (!(t.capitalised() || joiner || t.is(",", "-"))) {
                break;
            }
        }
        int j = m.end();
        if (text.is(j, ",", "(", "-")) {
            for (int k = j + 1; k < j + 9 && text.get(k) != null && text.sameSentence(j, k) && !text.is(k, ",", ")"); k++) {
                String w = text.get(k).lower();
                if (LINKS.contains(w)) {
                    break;
                }
                if (Cues.role(w)) {
                    return true;
                }
            }
        }
        int v = j;
        while (text.is(v, "has", "have", "had", "also", "then", "will", "formally", "kindly", "briefly", "both", "is", "was")) {
            v++;
        }
        if (text.get(v) != null && text.sameSentence(j, v) && Cues.OFFICIAL_VERBS.contains(text.get(v).lower())) {
            return true;
        }
        for (int k = j; k < j + 6 && text.get(k) != null && text.sameSentence(j, k); k++) {
            if (text.is(k, "from")) {
                for (int o = k + 1; o < k + 5 && text.get(o) != null; o++) {
                    if (FROM_ORGANISATIONS.contains(text.get(o).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
