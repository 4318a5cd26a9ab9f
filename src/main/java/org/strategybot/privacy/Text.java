package org.strategybot.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A normalised text cut into tokens (words, numbers, punctuation) and sentences, in one linear pass, for
 * the rules that look at a word's neighbours rather than at a shape.
 */
final class Text {

    enum Type { WORD, NUMBER, OTHER }

    /**
     * @param text     as written (after normalising)
     * @param lower    lower case, for looking up
     * @param sentence the index of its sentence; a line break or a full stop before a capital starts one
     */
    record Token(String text, String lower, Type type, int start, int end, int sentence) {

        boolean word() {
            return type == Type.WORD;
        }

        boolean capitalised() {
            return type == Type.WORD && Character.isUpperCase(text.codePointAt(0))
                    && (text.length() == 1 || text.codePoints().skip(1).anyMatch(Character::isLowerCase));
        }

        boolean is(String... words) {
            for (String w : words) {
                if (lower.equals(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    // a full stop after these does not end a sentence
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "mx", "dr", "cllr", "st", "no", "nos", "eg",
            "ie", "etc", "vs", "approx", "ref", "prof", "rev", "ext", "tel", "b", "e.g", "i.e");

    final String value;
    final List<Token> tokens;

    private Text(String value, List<Token> tokens) {
        this.value = value;
        this.tokens = tokens;
    }

    static Text of(String normalised) {
        List<Token> tokens = new ArrayList<>();
        int sentence = 0;
        int i = 0;
        int n = normalised.length();
        while (i < n) {
            char c = normalised.charAt(i);
            if (c == '\n') {
                sentence++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int end = wordEnd(normalised, i);
                tokens.add(token(normalised, i, end, Type.WORD, sentence));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = numberEnd(normalised, i);
                boolean plain = end == n || !Character.isLetter(normalised.charAt(end));
                if (!plain) {
                    end = wordEnd(normalised, end);
                }
                tokens.add(token(normalised, i, end, plain ? Type.NUMBER : Type.OTHER, sentence));
                i = end;
            } else if (c == '\'' && i + 1 < n && (normalised.charAt(i + 1) == 's' || normalised.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Character.isLetter(normalised.charAt(i + 2)))) {
                tokens.add(token(normalised, i, i + 2, Type.OTHER, sentence));
                i += 2;
            } else {
                tokens.add(token(normalised, i, i + 1, Type.OTHER, sentence));
                if ((c == '.' || c == '!' || c == '?') && endsSentence(normalised, i, tokens)) {
                    sentence++;
                }
                i++;
            }
        }
        return new Text(normalised, List.copyOf(tokens));
    }

    private static Token token(String s, int start, int end, Type type, int sentence) {
        String text = s.substring(start, end);
        return new Token(text, text.toLowerCase(Locale.ROOT), type, start, end, sentence);
    }

    /** Letters and digits, with an apostrophe or hyphen inside ("O'Connor", "Ava-Mae"), but not a possessive 's. */
    private static int wordEnd(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '\'' || c == '-') && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))
                    && !(c == '\'' && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                            && (i + 2 == n || !Character.isLetter(s.charAt(i + 2))))) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    /** Digits, with a comma or point between digits ("1,200", "2.4"). */
    private static int numberEnd(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < n && Character.isDigit(s.charAt(i + 1)) && i > 0
                    && Character.isDigit(s.charAt(i - 1))) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean endsSentence(String s, int dot, List<Token> tokens) {
        if (dot + 1 < s.length() && !Character.isWhitespace(s.charAt(dot + 1))) {
            return false;
        }
        if (tokens.size() >= 2) {
            Token before = tokens.get(tokens.size() - 2);
            if (before.end() == dot && before.word() && (ABBREVIATIONS.contains(before.lower()) || before.text().length() == 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence around a position in a normalised text, looked for at most 300 characters either way so that
     * a text without full stops costs no more than a short one.
     */
    static String sentenceAround(String s, int at) {
        int from = at;
        int floor = Math.max(0, at - 300);
        while (from > floor && !boundary(s, from - 1)) {
            from--;
        }
        int to = at;
        int ceiling = Math.min(s.length(), at + 300);
        while (to < ceiling && !boundary(s, to)) {
            to++;
        }
        return s.substring(from, to);
    }

    private static boolean boundary(String s, int i) {
        char c = s.charAt(i);
        return c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == s.length() || s.charAt(i + 1) == ' '));
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** Whether token i exists and is one of the words given (in lower case). */
    boolean is(int i, String... words) {
        Token t = get(i);
        return t != null && t.is(words);
    }

    boolean sameSentence(int a, int b) {
        Token x = get(a);
        Token y = get(b);
        return x != null && y != null && x.sentence() == y.sentence();
    }
}
