package org.strategybot.search;

import java.util.regex.Pattern;

/**
 * Documents copied from PDFs and web pages carry their layout: bullets, tabs between table cells, runs of
 * non-breaking spaces, HTML tags inside table cells and Markdown emphasis. A quote shows the words alone.
 */
final class Layout {

    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][^<>]{0,200}>");
    /** Bold and italic markers around words, and backslashes escaping Markdown. */
    private static final Pattern EMPHASIS = Pattern.compile("\\\\?\\*\\\\?\\*(.+?)\\\\?\\*\\\\?\\*|__(.+?)__");
    private static final Pattern ESCAPES = Pattern.compile("\\\\([*_\\[\\]#`>])");
    private static final Pattern BULLETS = Pattern.compile("(?m)(^|\\s)[\u2022\u00b7\u25aa\u25e6\u25cf\u2023\u2043\u25a0\u25a1\uf0b7]+(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u2007\u202f\u200b\ufeff]+");
    /** A table row's empty cells ("Principles — Description — —"). */
    private static final Pattern EMPTY_CELLS = Pattern.compile("(\\s*\u2014\\s*)+$|^(\\s*\u2014\\s*)+");

    private Layout() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = TAGS.matcher(text).replaceAll(" ");
        s = EMPHASIS.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        s = ESCAPES.matcher(s).replaceAll("$1");
        // a tab separates table cells: shown as a dash between them
        s = s.replace("\t", " \u2014 ");
        // spaces first: a bullet is often followed by non-breaking ones
        s = SPACES.matcher(s).replaceAll(" ");
        s = BULLETS.matcher(s).replaceAll("$1");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = s.replaceAll("(\u2014 )+\u2014", "\u2014");
        return EMPTY_CELLS.matcher(s).replaceAll("").strip();
    }
}
