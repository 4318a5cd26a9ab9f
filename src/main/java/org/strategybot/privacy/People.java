package org.strategybot.privacy;

import java.util.List;
import java.util.Set;

import org.strategybot.privacy.Finding.Kind;
import org.strategybot.privacy.Text.Token;

/**
 * Named children and family members. A name is a first name from the gazetteer (capitalised, or in lower
 * case next to an age or a family word), a title with a name ("Mrs Okafor", "ms kowalski"), a pseudonym
 * ("Child B") or a family by its surname ("the Kowalski family"). It is refused when something ties it to
 * a child: an age beside it, a family word ("the mother of", "and her brother", "Liam's mum"), a care
 * status ("(looked after)", "on a CP plan") or a case word in its sentence. A name with a role or title
 * ("Cllr", "Director of Children's Services", "Helen Watson, Director, presented") is an official, not a child.
 */
final class People {

    private enum Strength {
        /** Mr, Mrs, Ms, Miss with a name: a parent or a member of the public unless a role says otherwise. */
        TITLE,
        /** A capitalised gazetteer name or a pseudonym: refused with a child's context in its sentence. */
        STRONG,
        /** A lower-case name, a sentence's first word that is also an ordinary word, an unknown capitalised word. */
        WEAK,
        /** A gazetteer name that is here nearly always a word ("May", "Amber"): only "May's mum" counts. */
        FAINT
    }

    private record Mention(int start, int end, Strength strength, boolean gazetteer) {
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx", "miss", "master");
    private static final Set<String> PSEUDONYMS = Set.of("child", "baby", "yp", "sibling", "infant", "boy", "girl", "pupil",
            "person", "learner", "student", "teenager");
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "the", "a", "an", "to", "of", "is", "was", "in",
            "on", "at", "for", "with", "from", "by", "as", "be", "are", "has", "had", "have", "it", "this", "that", "out",
            "up", "not", "no", "all", "will", "can", "may", "so", "if", "but");
    private static final Set<String> PLACE_WORDS = Set.of("st", "saint", "lake", "mount", "port", "fort", "upper", "lower",
            "great", "little", "north", "south", "east", "west", "new");
    private static final Set<String> FAMILY_SURNAME_WORDS = Set.of("family", "household", "children", "kids", "siblings",
            "twins", "boys", "girls", "brothers", "sisters");
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
            "birth father", "birth family", "birth parents", "foster home", "children's home", "supported accommodation",
            "youth offending", "missing episode", "missing episodes", "after school", "at school", "from school",
            "to school", "missed school", "new school", "of school", "at nursery", "at college");
    private static final Set<String> LINKS = Set.of("his", "her", "their", "'s", "my", "whose");

    private final Names names;

    People(Names names) {
        this.names = names;
    }

    void find(Text text, boolean published, List<Finding> found) {
        for (int i = 0; i < text.size(); i++) {
            Mention m = mention(text, i);
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
        for (int i = 0; i + 2 < text.size(); i++) {
            Token surname = text.get(i + 1);
            Token family = text.get(i + 2);
            Token after = text.get(i + 3);
            if (text.is(i, "the") && surname.capitalised() && family.word() && family.text().equals(family.lower())
                    && FAMILY_SURNAME_WORDS.contains(family.lower()) && ordinaryCapital(surname)
                    && !Cues.NOT_NAMES.contains(surname.lower())
                    && !(after != null && (after.is("'s", "'") || Cues.THINGS.contains(after.lower())))) {
                found.add(new Finding(Kind.NAMED_CHILD, "a family named by its surname"));
                return;
            }
        }
    }

    private Mention mention(Text text, int i) {
        Token t = text.get(i);
        if (!t.word()) {
            return null;
        }
        if (TITLES.contains(t.lower())) {
            int j = text.is(i + 1, ".") ? i + 2 : i + 1;
            Token name = text.get(j);
            boolean miss = t.is("miss", "master");
            if (name != null && name.word() && text.sameSentence(i, j) && !FUNCTION_WORDS.contains(name.lower())
                    && (name.capitalised() || !miss && Character.isLowerCase(name.text().charAt(0)))) {
                return new Mention(i, surnameEnd(text, j + 1), Strength.TITLE, false);
            }
            return null;
        }
        if (PSEUDONYMS.contains(t.lower()) && pseudonym(text.get(i + 1)) && text.sameSentence(i, i + 1)) {
            return new Mention(i, i + 2, Strength.STRONG, false);
        }
        if (t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && text.is(i + 1, ".")
                && text.get(i + 2) != null && pseudonym(text.get(i + 2)) && text.is(i + 3, ".")) {
            return new Mention(i, i + 4, Strength.WEAK, false);
        }
        if (t.capitalised()) {
            return capitalised(text, i);
        }
        if (names.sort(t.text()) == Names.Sort.NAME && t.text().equals(t.lower())) {
            // "rhys jones and his brother": a lower-case surname after it
            Token next = text.get(i + 1);
            boolean surname = next != null && next.word() && next.text().equals(next.lower()) && text.sameSentence(i, i + 1)
                    && !FUNCTION_WORDS.contains(next.lower()) && !cueWord(next.lower());
            return new Mention(i, surname ? i + 2 : i + 1, Strength.WEAK, true);
        }
        return null;
    }

    private Mention capitalised(Text text, int i) {
        Token t = text.get(i);
        if (!ordinaryCapital(t) || PLACE_WORDS.contains(lowerOf(text, i - 1))) {
            return null;
        }
        int end = surnameEnd(text, i + 1);
        Token after = text.get(end);
        if (after != null && after.capitalised() && text.sameSentence(i, end) && Cues.ORGANISATIONS.contains(after.lower())) {
            return null;
        }
        boolean first = i == 0 || !text.sameSentence(i - 1, i) || text.is(i - 1, ":", "-", "(", "\"", "*", "•", ";");
        Names.Sort sort = names.sort(t.text());
        if (Cues.NOT_NAMES.contains(t.lower())) {
            return new Mention(i, i + 1, Strength.FAINT, true);
        }
        return switch (sort) {
            case NAME -> new Mention(i, end, Strength.STRONG, true);
            case WORD -> new Mention(i, end, first && end == i + 1 ? Strength.WEAK : Strength.STRONG, true);
            // two capitalised words that are neither organisations nor places read as a first name and surname
            case NONE -> t.text().length() >= 3 ? new Mention(i, end, Strength.WEAK, end > i + 1 && plainWords(text, i, end)) : null;
        };
    }

    private static boolean cueWord(String w) {
        return Cues.CASE_WORDS.contains(w) || Cues.FAMILY.contains(w) || Cues.POSSESSIONS.contains(w)
                || Cues.CHILD_SUBJECTS.contains(w) || Cues.GROUPS.contains(w) || Cues.COHORTS.contains(w);
    }

    private static boolean plainWords(Text text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Cues.NOT_NAMES.contains(text.get(k).lower()) || PLACE_WORDS.contains(text.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Not an organisation, a role, a word that is never a name here, nor an acronym. */
    private static boolean ordinaryCapital(Token t) {
        return !Cues.ORGANISATIONS.contains(t.lower()) && !Cues.role(t.lower()) && !t.text().equals(t.text().toUpperCase())
                && !Cues.COHORTS.contains(t.lower()) && !Cues.GROUPS.contains(t.lower());
    }

    private static String lowerOf(Text text, int i) {
        Token t = text.get(i);
        return t == null ? "" : t.lower();
    }

    /** Past further capitalised words and initials: surnames ("Tyler Brown", "Ava-Mae Hughes", "Tom W."). */
    private static int surnameEnd(Text text, int j) {
        int end = j;
        while (end < j + 3 && text.get(end) != null && text.sameSentence(j - 1, end) && text.get(end).capitalised()
                && !Cues.ORGANISATIONS.contains(text.get(end).lower()) && !Cues.role(text.get(end).lower())
                && !TITLES.contains(text.get(end).lower())) {
            end++;
        }
        return end;
    }

    private static boolean pseudonym(Token t) {
        return t != null && t.word() && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
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
        if (text.is(j, "'s") || text.is(j, "'") && text.get(j - 1).lower().endsWith("s")) {
            if (possessed(text, j + 1, m)) {
                return "a name with a family or care word after it, such as 'Liam's mum'";
            }
        }
        if (m.strength() == Strength.FAINT) {
            return null;
        }
        if (text.is(j, "(") && Ages.age(text.get(j + 1)) && text.is(j + 2, ")", ",", "and", "&")) {
            return "a name followed by an age";
        }
        if (text.is(j, "(") && bracketedStatus(text, j + 1)) {
            return "a name with a care status in brackets";
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
                    && familyWithin(text, k + 2, 2)) {
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
