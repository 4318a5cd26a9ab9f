package org.strategybot.privacy;

import java.util.Set;

import org.strategybot.privacy.Text.Token;

/**
 * Where a text names someone: a first name from the gazetteer (capitalised, or in lower case), a title with
 * a name ("Mrs Okafor", "ms kowalski"), a pseudonym ("Child B"), initials, or a family by its surname. Each
 * mention has a strength that says how much context {@link People} needs before it counts.
 */
final class Mentions {

    enum Strength {
        /** Mr, Mrs, Ms, Miss with a name: a parent or a member of the public unless a role says otherwise. */
        TITLE,
        /** A capitalised gazetteer name or a pseudonym: refused with a child's context in its sentence. */
        STRONG,
        /** A lower-case name, a sentence's first word that is also an ordinary word, an unknown capitalised word. */
        WEAK,
        /** A gazetteer name that is here nearly always a word ("May", "Amber"): only "May's mum" counts. */
        FAINT
    }

    /** @param glued a possessive written without its apostrophe ("jaydens") */
    record Mention(int start, int end, Strength strength, boolean gazetteer, boolean glued) {
        Mention(int start, int end, Strength strength, boolean gazetteer) {
            this(start, end, strength, gazetteer, false);
        }
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx", "miss", "master");
    private static final Set<String> PSEUDONYMS = Set.of("child", "baby", "yp", "sibling", "infant", "boy", "girl", "pupil",
            "person", "learner", "student", "teenager");
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "the", "a", "an", "to", "of", "is", "was", "in",
            "on", "at", "for", "with", "from", "by", "as", "be", "are", "has", "had", "have", "it", "this", "that", "out",
            "up", "not", "no", "all", "will", "can", "may", "so", "if", "but");
    private static final Set<String> PLACE_WORDS = Set.of("st", "saint", "lake", "mount", "port", "fort", "upper", "lower",
            "great", "little", "north", "south", "east", "west", "new");
    private static final Set<String> ABBREVIATIONS = Set.of("HR", "IT", "QA", "SW", "PA", "GP", "MP", "UK", "EU", "OK", "AM",
            "PM", "TV", "ID", "CP", "YP", "SP", "KS", "NB", "PS", "AD", "DV", "VS", "LA", "BI", "AI", "DS", "SG", "EH", "FS",
            "OT", "SC", "CE", "EY", "HV", "YJ", "DA", "AP", "PO", "Q1", "Q2", "Q3", "Q4", "RE", "CC", "BC", "WC", "NO");
    private static final Set<String> LABELS = Set.of("option", "plan", "scenario", "appendix", "annex", "table", "section",
            "type", "group", "class", "grade", "band", "tier", "phase", "level", "part", "block", "room", "unit", "wing",
            "ward", "key", "stage", "year", "figure", "model", "route", "site", "zone", "area", "team", "cohort", "wave");
    private static final Set<String> SURNAMES_LIKE_PLACES = Set.of("green", "hill", "wood", "woods", "brook", "field",
            "fields", "lane", "park", "hall", "house", "ward", "bridge", "heath", "church", "chapel", "meadows", "court",
            "grove");
    private static final Set<String> FAMILY_SURNAME_WORDS = Set.of("family", "household", "children", "kids", "siblings",
            "twins", "boys", "girls", "brothers", "sisters");
    private final Names names;

    Mentions(Names names) {
        this.names = names;
    }

    /** The name, title or pseudonym that starts at token i, if one does. */
    Mention at(Text text, int i) {
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
        if (initials(t)) {
            // "J, 14, CSE risk", "T's mum": initials count only with an age, a care status or a family word beside
            // them, and not as a label's letter ("Option A (3)")
            Token before = text.get(i - 1);
            boolean label = before != null && text.sameSentence(i - 1, i) && (before.capitalised() || before.type() != Text.Type.OTHER
                    && !before.word() || LABELS.contains(before.lower()));
            return label ? null : new Mention(i, i + 1, Strength.WEAK, false);
        }
        if (t.capitalised()) {
            return capitalised(text, i);
        }
        if (t.text().equals(t.lower()) && t.text().length() > 4 && t.lower().endsWith("s") && names.sort(t.text()) == Names.Sort.NONE
                && names.sort(t.text().substring(0, t.text().length() - 1)) == Names.Sort.NAME) {
            // "jaydens mum": a possessive written without its apostrophe, counted only before a family word
            return new Mention(i, i + 1, Strength.FAINT, true, true);
        }
        Names.Sort lowerSort = names.sort(t.text());
        if (lowerSort == Names.Sort.WORD && t.text().equals(t.lower()) && !Cues.NOT_NAMES.contains(t.lower())) {
            return new Mention(i, i + 1, Strength.WEAK, true);
        }
        if (lowerSort == Names.Sort.NAME && t.text().equals(t.lower())) {
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
        boolean first = i == 0 || !text.sameSentence(i - 1, i) || text.is(i - 1, ":", "-", "(", "\"", "*", "•", ";");
        Names.Sort sort = names.sort(t.text());
        // a sentence's unknown first word before a first name is a verb ("Visited Sam Wright"), not a name
        Token next = text.get(i + 1);
        boolean verb = first && sort == Names.Sort.NONE && next != null && next.capitalised()
                && names.sort(next.text()) != Names.Sort.NONE;
        int end = verb ? i + 1 : surnameEnd(text, i + 1);
        if (sort == Names.Sort.NONE && end == i + 2 && text.get(i + 1).text().length() == 1) {
            return null; // a label and its letter: "Option A", "Priority B"
        }
        Token after = text.get(end);
        if (after != null && after.capitalised() && text.sameSentence(i, end) && Cues.ORGANISATIONS.contains(after.lower())) {
            // "Isabelle Green", "Ethan Wood": a plain first name before a surname that is also a place word
            Token beyond = text.get(end + 1);
            boolean surname = end == i + 1 && sort == Names.Sort.NAME && SURNAMES_LIKE_PLACES.contains(after.lower())
                    && (beyond == null || !beyond.capitalised() || !text.sameSentence(end, end + 1));
            if (!surname) {
                return null;
            }
            end++;
        }
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

    /** One capital letter, or two that are not a common abbreviation ("JS", not "HR"). */
    private static boolean initials(Token t) {
        String s = t.text();
        return t.word() && (s.length() == 1 && Character.isUpperCase(s.charAt(0)) || s.length() == 2
                && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1)) && !ABBREVIATIONS.contains(s));
    }

    private static boolean pseudonym(Token t) {
        return t != null && t.word() && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    /** "the Kowalski family", "the Ahmed children": a family by its surname. */
    boolean familyBySurname(Text text) {
        for (int i = 0; i + 2 < text.size(); i++) {
            Token surname = text.get(i + 1);
            Token family = text.get(i + 2);
            Token after = text.get(i + 3);
            if (text.is(i, "the") && surname.capitalised() && family.word() && family.text().equals(family.lower())
                    && FAMILY_SURNAME_WORDS.contains(family.lower()) && ordinaryCapital(surname)
                    && !Cues.NOT_NAMES.contains(surname.lower())
                    && !(after != null && (after.is("'s", "'") || Cues.THINGS.contains(after.lower())))) {
                return true;
            }
        }
        return false;
    }
}
