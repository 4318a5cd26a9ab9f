package org.strategybot.privacy;

import java.util.List;
import java.util.Set;

import org.strategybot.privacy.Finding.Kind;
import org.strategybot.privacy.Text.Token;

/**
 * Counts of children, young people, families or care leavers from one up to the reporting threshold, in
 * digits or words ("only 2 children in care and 1 young carer", "three families", "a single care leaver"):
 * small enough for a reader to work out who they are. Counts of staff, posts, schools, sessions and
 * percentages are not counts of children; nor are ratios ("1 in 4 children"), ranges, school years, stages,
 * ages, or things named after a group ("3 family hubs", "two children's homes").
 */
final class SmallNumbers {

    private static final Set<String> NOT_A_COUNT_AFTER = Set.of("year", "years", "yr", "key", "stage", "ks", "phase", "tier",
            "level", "sp", "priority", "step", "grade", "wave", "page", "section", "item", "table", "figure", "appendix",
            "chapter", "part", "version", "v", "no", "number", "option", "scenario", "round", "week", "day", "month", "q",
            "quarter", "room", "floor", "unit", "flat", "house", "cohort", "under", "over", "aged", "age", "ages", "than",
            "below", "above", "£", "$", "#", "-", "/", ":", "x", "top", "bottom", "band", "class", "group", "team", "ward",
            "district", "area", "locality", "zone", "category", "type", "point", "target", "objective", "goal",
            "action", "outcome", "measure", "kpi", "pi", "indicator", "standard", "principle", "recommendation", "every", "any",
            "each");
    private static final Set<String> NOT_A_COUNT_BEFORE = Set.of("%", "percent", "per", "in", "out", ":", "/", "-", "to",
            "x", "times", "of", ".", "or");
    private static final Set<String> STOPS = Set.of("for", "with", "to", "from", "at", "by", "on", "and", "or", "who", "that",
            "which", "were", "was", "are", "is", "have", "has", "had", "will", "came", "in");
    // "3 foster families", "2 adoptive parents": carers, not the children
    private static final Set<String> CARERS = Set.of("foster", "adoptive", "host", "prospective", "approved");
    private static final Set<String> DETERMINERS = Set.of("the", "our", "these", "those", "their", "its", "your");

    private SmallNumbers() {
    }

    static void find(Text text, int threshold, List<Finding> found) {
        for (int i = 0; i < text.size(); i++) {
            int value = value(text, i);
            if (value < 1 || value >= threshold || notACount(text, i)) {
                continue;
            }
            if (countsAGroup(text, i + 1) || siblingGroup(text, i)) {
                found.add(new Finding(Kind.SMALL_NUMBER, "a count under " + threshold + " of children, young people or "
                        + "families, which could identify them: say 'fewer than " + threshold + "' or leave the number out"));
                return;
            }
        }
    }

    /** "A sibling group of four": the group's size is a count of children, though "group" before a number is not. */
    private static boolean siblingGroup(Text text, int i) {
        return text.is(i - 1, "of") && text.is(i - 2, "group", "set") && text.is(i - 3, "sibling", "siblings", "children", "child");
    }

    /** The count at token i: digits, a number word, "a single", "a couple of"; -1 if none. */
    private static int value(Text text, int i) {
        Token t = text.get(i);
        if (t.is("single") && text.is(i - 1, "a")) {
            return 1;
        }
        if (t.is("couple") && text.is(i - 1, "a") && text.is(i + 1, "of")) {
            return 2;
        }
        return Cues.number(t);
    }

    private static boolean notACount(Text text, int i) {
        if (text.is(i, "couple")) {
            return false;
        }
        Token t = text.get(i);
        Token before = text.get(i - 1);
        if (before != null && text.sameSentence(i - 1, i) && (!joining(before) || before.end() == t.start())) {
            if (NOT_A_COUNT_AFTER.contains(before.lower()) || before.is("in") && Cues.number(text.get(i - 2)) >= 0) {
                return true;
            }
        }
        Token after = text.get(i + 1);
        return after != null && text.sameSentence(i, i + 1) && (!joining(after) || after.start() == t.end())
                && NOT_A_COUNT_BEFORE.contains(after.lower())
                && !(after.is("of") && text.get(i + 2) != null && DETERMINERS.contains(text.get(i + 2).lower()));
    }

    /** Punctuation that joins numbers into a range, ratio or date only when written tight: "2-4", "1:4", "3/5". */
    private static boolean joining(Token t) {
        return t.is("-", ":", "/");
    }

    /** Up to four modifiers, then a group word that is not the first half of a thing ("family hubs"). */
    private static boolean countsAGroup(Text text, int k) {
        int n = k;
        if (text.is(n, "of") && text.get(n + 1) != null && DETERMINERS.contains(text.get(n + 1).lower())) {
            n += 2;
        }
        for (int seen = 0; seen < 5 && text.get(n) != null && text.sameSentence(k - 1, n); seen++, n++) {
            Token t = text.get(n);
            if (!t.word() && Cues.number(t) < 0) {
                return false;
            }
            String w = t.lower();
            if (Cues.GROUPS.contains(w) && !CARERS.contains(n > 0 ? text.get(n - 1).lower() : "") && (!Cues.GROUP_NEEDS.containsKey(w)
                    || Cues.GROUP_NEEDS.get(w).contains(n > 0 ? text.get(n - 1).lower() : ""))) {
                Token next = text.get(n + 1);
                boolean thing = next != null && text.sameSentence(n, n + 1) && (next.is("'s", "'") || Cues.THINGS.contains(next.lower())
                        || next.is("and") && text.get(n + 2) != null && Cues.GROUPS.contains(text.get(n + 2).lower()) && text.get(n + 3) != null
                                && Cues.THINGS.contains(text.get(n + 3).lower()));
                return !thing;
            }
            // another plural is what is counted ("2 sessions with children"), so the count is not of children
            if (STOPS.contains(w) || Cues.THINGS.contains(w) || Cues.role(w) || w.endsWith("s") && !w.endsWith("ss")) {
                return false;
            }
        }
        return false;
    }
}
