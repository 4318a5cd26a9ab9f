package org.strategybot.ask;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.strategybot.ask.Answer.Detail;
import org.strategybot.ask.Answer.Line;
import org.strategybot.digest.Conversation;

/**
 * The one place that decides what an answer may show where it is posted. Answers mark what in them is a person's
 * name, a note or a note marked sensitive ({@link Answer.Part}); in a 1:1 chat all of it is shown, and in a team
 * channel or group chat, which more people read than asked, the details {@link DisclosureSettings} withholds are left
 * out and the answer says where to ask for them. A conversation whose kind Teams does not give counts as shared.
 */
@Component
public class Disclosure {

    static final String ASK_IN_PRIVATE = "Some detail is left out here: ask me in a 1:1 chat for detail.";
    private static final String NOT_HERE = "Not shown here: ask me in a 1:1 chat.";
    private static final String PERSONAL = "personal";

    private final DisclosureSettings settings;

    Disclosure(DisclosureSettings settings) {
        this.settings = settings;
    }

    /** The answer as this conversation may show it. */
    public Answer in(Conversation conversation, Answer answer) {
        return oneToOne(conversation) ? answer : shared(answer);
    }

    /** Whether a conversation is a 1:1 chat, the only kind that shows everything. */
    static boolean oneToOne(Conversation conversation) {
        return conversation != null && PERSONAL.equals(conversation.kind());
    }

    /** The answer as a conversation shared by several people may show it: how the digest always goes out. */
    public Answer shared(Answer answer) {
        List<Line> lines = new ArrayList<>(answer.lines().size());
        boolean leftOut = false;
        for (Line line : answer.lines()) {
            Line shown = line.without(this::withheld);
            if (shown != line) {
                leftOut = true;
                shown = shown.text().isBlank() ? new Line(shown.label(), NOT_HERE, shown.tone()) : shown;
            }
            lines.add(shown);
        }
        if (!leftOut) {
            return answer;
        }
        String text = answer.text() == null || answer.text().isBlank() ? ASK_IN_PRIVATE : answer.text() + "\n\n" + ASK_IN_PRIVATE;
        return new Answer(answer.intent(), answer.kind(), answer.title(), text, lines, answer.citation(), answer.suggestions(),
                answer.proposal(), answer.link(), answer.context(), answer.notice());
    }

    /** A note marked sensitive is a note: withholding notes withholds it too. */
    private boolean withheld(Detail detail) {
        return settings.withheld().contains(detail) || detail == Detail.SENSITIVE && settings.withheld().contains(Detail.NOTES);
    }
}
