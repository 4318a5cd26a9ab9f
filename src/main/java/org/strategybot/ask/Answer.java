package org.strategybot.ask;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.strategybot.understanding.Context;
import org.strategybot.understanding.Intent;
import org.strategybot.updates.ProposalView;

/**
 * An answer, independent of how it is shown.
 *
 * @param intent      what was asked, for logs and metrics
 * @param kind        whether the answer gives what was asked, or what it is instead (see {@link #key()})
 * @param title       a heading
 * @param text        the main paragraph; quoted from the strategy where it comes from one
 * @param lines       items under the paragraph, each optionally labelled (a code, a value's name)
 * @param citation    where the wording comes from; null for answers not drawn from the strategy
 * @param suggestions questions worth asking next
 * @param proposal    an update waiting for its author's Confirm, to show as a card with inputs; usually null
 * @param link        a page to open, such as the committee report; usually null
 * @param context     what the conversation is about after this answer (items and the kind of question, never
 *                    text), for follow-ups; null leaves what it was about as it was
 * @param notice      a caveat to show in one line with its details on request, such as that data are a sample
 */
public record Answer(Intent intent, Kind kind, String title, String text, List<Line> lines, Citation citation,
        List<String> suggestions, ProposalView proposal, Link link, Context context, Notice notice) {

    private static final int SUMMARY_LIMIT = 400;
    /** A title that ends as a sentence does, compiled once: every answer's summary is made twice. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:]$");

    public Answer {
        kind = kind == null ? Kind.ANSWER : kind;
        lines = lines == null ? List.of() : List.copyOf(lines);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public Answer(Intent intent, String title, String text, List<Line> lines, Citation citation, List<String> suggestions) {
        this(intent, Kind.ANSWER, title, text, lines, citation, suggestions, null, null, null, null);
    }

    public Answer(Intent intent, String title, String text, List<Line> lines, Citation citation, List<String> suggestions,
            ProposalView proposal, Link link) {
        this(intent, Kind.ANSWER, title, text, lines, citation, suggestions, proposal, link, null, null);
    }

    /**
     * What an answer is when it does not simply give what was asked. Metrics count answers by {@link #key()}, so
     * that how often people are refused, or find nothing, shows beside what they ask.
     */
    public enum Kind {
        /** gives what was asked */
        ANSWER,
        /** says why what was asked was not done, such as an update refused */
        REFUSED,
        /** what was asked for is in none of the documents */
        NOTHING_FOUND,
        /** what was asked about does not exist, such as a priority the strategy does not have */
        NO_SUCH_ITEM,
        /** said on joining a conversation, unasked */
        WELCOME,
        /** a reminder to a lead, unasked */
        REMINDER,
        /** the digest, asked for or sent on its schedule */
        DIGEST
    }

    /** The name the metrics count this answer by: its intent's key ("status"), or what it is instead of an answer. */
    public String key() {
        return switch (kind) {
            case ANSWER -> intent.key();
            case REFUSED -> intent.key() + "-refused";
            case NOTHING_FOUND -> intent.key() + "-none";
            case NO_SUCH_ITEM -> intent.key() + "-unknown";
            case WELCOME, REMINDER, DIGEST -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    /** This answer as being of another kind. */
    public Answer as(Kind other) {
        return new Answer(intent, other, title, text, lines, citation, suggestions, proposal, link, context, notice);
    }

    /** This answer, remembered by the conversation as being about these items. */
    public Answer withContext(Context about) {
        return new Answer(intent, kind, title, text, lines, citation, suggestions, proposal, link, about, notice);
    }

    public Answer withNotice(Notice caveat) {
        return new Answer(intent, kind, title, text, lines, citation, suggestions, proposal, link, context, caveat);
    }

    public Answer withLink(Link page) {
        return new Answer(intent, kind, title, text, lines, citation, suggestions, proposal, page, context, notice);
    }

    /** This answer showing a proposed update on its card. */
    Answer withProposal(ProposalView card) {
        return new Answer(intent, kind, title, text, lines, citation, suggestions, card, link, context, notice);
    }

    /**
     * A caveat shown in one line, its details on request: cards stay short, and the full text is one press away
     * (and in full on the dashboard and the committee report).
     *
     * @param text    the line ("Sample data: an illustrative action plan.")
     * @param label   the button that shows the details
     * @param details the whole caveat
     */
    public record Notice(String text, String label, String details) {
    }

    /** A page an answer points to, with the words for its button. */
    public record Link(String title, String url) {
    }

    /** How a line should stand out: RAG colours, always shown with the RAG word as well. */
    public enum Tone {
        PLAIN, GOOD, WARNING, ATTENTION
    }

    /**
     * What a piece of an answer shows that not every reader may see: a conversation shared by several people shows
     * only what {@link Disclosure} allows.
     */
    public enum Detail {
        /** an individual's name: a lead, an owner, an author */
        NAMES,
        /** what someone wrote: a progress note, the reason for a RAG */
        NOTES,
        /** a note or reason its author marked sensitive, such as staff sickness */
        SENSITIVE
    }

    /**
     * A piece of a line's text.
     *
     * @param detail  what it shows that not every reader may see, or null when it is for everyone
     * @param instead what to show where that detail is withheld
     */
    public record Part(String text, Detail detail, String instead) {

        public static Part plain(String text) {
            return new Part(text, null, "");
        }

        /** A person's name after {@code before} (" — Lee Lead"); nothing without a name. */
        public static Part name(String before, String name) {
            return name == null || name.isBlank() ? plain("") : new Part(before + name, Detail.NAMES, "");
        }

        /** A note after {@code before}, said to be sensitive where it is; nothing without a note. */
        public static Part note(String before, String note, boolean sensitive) {
            if (note == null || note.isBlank()) {
                return plain("");
            }
            return sensitive ? new Part(before + note + " (marked sensitive)", Detail.SENSITIVE, "")
                    : new Part(before + note, Detail.NOTES, "");
        }

        /** This part, showing {@code text} where its detail is withheld. */
        public Part orInstead(String text) {
            return new Part(this.text, detail, text);
        }
    }

    /**
     * @param parts the pieces {@code text} is made of, where some are details for 1:1 readers only; empty when the
     *              whole text is for everyone
     */
    public record Line(String label, String text, Tone tone, List<Part> parts) {
        public Line {
            tone = tone == null ? Tone.PLAIN : tone;
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        public Line(String label, String text, Tone tone) {
            this(label, text, tone, List.of());
        }

        public Line(String label, String text) {
            this(label, text, Tone.PLAIN);
        }

        public static Line of(String text) {
            return new Line(null, text);
        }

        /** A line whose text is its parts, one after another. */
        public static Line from(String label, Tone tone, Part... parts) {
            return new Line(label, join(List.of(parts)), tone, List.of(parts));
        }

        /** This line with what its withheld parts say instead of them; itself when it has none. */
        Line without(Predicate<Detail> withheld) {
            if (parts.stream().noneMatch(p -> p.detail() != null && withheld.test(p.detail()))) {
                return this;
            }
            List<Part> shown = parts.stream()
                    .map(p -> p.detail() == null || !withheld.test(p.detail()) ? p : Part.plain(p.instead())).toList();
            return new Line(label, join(shown), tone, shown);
        }

        private static String join(List<Part> parts) {
            return parts.stream().map(Part::text).collect(Collectors.joining());
        }

        @Override
        public String toString() {
            return label == null ? text : label + " " + text;
        }
    }

    /** Where an answer's wording was quoted from. */
    public record Citation(String strategy, String document, String section) {
        @Override
        public String toString() {
            String where = document.equals(strategy) ? strategy : strategy + ", " + document;
            return section == null || section.isBlank() ? where : where + " (" + section + ")";
        }
    }

    /** A one-paragraph plain-text version, for notifications and clients that show no cards. */
    public String summary() {
        StringBuilder s = new StringBuilder(title);
        String joint = SENTENCE_END.matcher(title).matches() ? " " : ": ";
        if (text != null && !text.isBlank()) {
            s.append(joint).append(text);
        } else if (!lines.isEmpty()) {
            s.append(joint).append(lines.stream().map(Line::toString).collect(Collectors.joining("; ")));
        }
        String summary = s.length() > SUMMARY_LIMIT ? s.substring(0, SUMMARY_LIMIT - 1).trim() + "…" : s.toString();
        if (link != null) {
            summary = summary + "\n" + link.title() + ": " + link.url();
        }
        return citation == null ? summary : summary + "\nSource: " + citation;
    }
}
