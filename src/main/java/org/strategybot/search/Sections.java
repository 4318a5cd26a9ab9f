package org.strategybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a document into sections (at its headings) and passages (paragraphs, joined while short and cut
 * at sentence ends while long), each passage knowing its section so that a quote can say where it is from.
 *
 * <p>Headings are Markdown's ({@code # Title}) and, for plain text transcribed from council documents,
 * a paragraph of one short line that does not end like a sentence or a list item: "2. Our Vision and
 * Mission", "SCOPE OF THIS CHAPTER", "Governance Arrangements".
 */
final class Sections {

    /** A passage of a section; {@code section} is null before the first heading. */
    record Piece(String section, String text) {
    }

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    /** Longer "headings" are paragraphs; the limit also keeps the heading pattern's work small. */
    private static final int MARKDOWN_HEADING_MAX = 300;
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•·]|\\d{1,2}[.)]?\\s+(?:Are|Have|Go)\\b).*");
    /** (?U): the non-breaking spaces PDFs leave after a full stop end a sentence too, as they do for quotes. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?U)(?<=[.!?;])\\s+(?=[\"“'‘(]?[A-Z0-9•·-])");
    private static final int HEADING_MAX = 90;

    private final int minChars;
    private final int maxChars;

    Sections(int maxChars) {
        this.maxChars = maxChars;
        this.minChars = maxChars / 4;
    }

    List<Piece> split(String text, boolean markdown) {
        List<Piece> pieces = new ArrayList<>();
        String section = null;
        StringBuilder passage = new StringBuilder();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            String heading = heading(p, markdown);
            if (heading != null) {
                flush(pieces, section, passage);
                section = heading;
                continue;
            }
            String clean = markdown ? plain(p) : p;
            if (passage.length() > 0 && passage.length() + clean.length() > maxChars) {
                flush(pieces, section, passage);
            }
            if (passage.length() > 0) {
                passage.append("\n");
            }
            passage.append(clean);
            if (passage.length() >= minChars) {
                flush(pieces, section, passage);
            }
        }
        flush(pieces, section, passage);
        return pieces;
    }

    /** How many sections the pieces fall into. */
    static long sectionCount(List<Piece> pieces) {
        return pieces.stream().map(p -> String.valueOf(p.section())).distinct().count();
    }

    private void flush(List<Piece> pieces, String section, StringBuilder passage) {
        String text = passage.toString().strip();
        passage.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        for (String part : cut(text)) {
            pieces.add(new Piece(section, part));
        }
    }

    /**
     * A long paragraph is cut at sentence ends into parts no longer than the limit, and a sentence longer than the
     * limit at a space (or anywhere, when it has none): every passage is bounded, whatever the document holds, so
     * the work done on each (the personal-data guard, indexing, quoting) is too.
     */
    private List<String> cut(String text) {
        if (text.length() <= maxChars) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String sentence : sentences(text)) {
            if (part.length() > 0 && part.length() + sentence.length() + 1 > maxChars) {
                parts.add(part.toString().strip());
                part.setLength(0);
            }
            part.append(part.length() == 0 ? "" : " ").append(sentence);
        }
        if (part.length() > 0) {
            parts.add(part.toString().strip());
        }
        return parts;
    }

    private List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            int start = 0;
            while (sentence.length() - start > maxChars) {
                int end = breakBefore(sentence, start + maxChars, start + maxChars / 2);
                sentences.add(sentence.substring(start, end));
                start = end;
            }
            sentences.add(sentence.substring(start));
        }
        sentences.replaceAll(String::strip);
        sentences.removeIf(String::isEmpty);
        return sentences;
    }

    /** The last space before {@code limit} and after {@code earliest}, else {@code limit} (never inside a surrogate pair). */
    private static int breakBefore(String s, int limit, int earliest) {
        for (int i = limit; i > earliest; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return Character.isHighSurrogate(s.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static String heading(String paragraph, boolean markdown) {
        if (paragraph.length() > MARKDOWN_HEADING_MAX || paragraph.contains("\n")) {
            return null;
        }
        var md = MARKDOWN_HEADING.matcher(paragraph);
        if (md.matches()) {
            return plain(md.group(1));
        }
        if (markdown || paragraph.length() > HEADING_MAX || paragraph.contains("\t") || LIST_ITEM.matcher(paragraph).matches()
                || paragraph.matches(".*[.;:,?!)\\]]$") || !Character.isUpperCase(firstLetter(paragraph))) {
            return null;
        }
        return paragraph;
    }

    private static char firstLetter(String s) {
        return s.chars().filter(Character::isLetter).mapToObj(c -> (char) c).findFirst().orElse('a');
    }

    /**
     * Markdown's emphasis, links and list marks dropped, so quotes read as the words. A link's text and address stop
     * at the next bracket (possessively), so a document of unclosed brackets costs one pass, not one per bracket.
     */
    private static String plain(String markdown) {
        return markdown.replaceAll("\\[([^\\[\\]]*+)\\]\\([^()\\[\\]\\s]*+\\)", "$1")
                .replaceAll("(\\*\\*|__|\\*|`)", "")
                .replaceAll("(?m)^\\s*[-*+]\\s+", "• ")
                .replaceAll("(?m)^>\\s?", "");
    }
}
