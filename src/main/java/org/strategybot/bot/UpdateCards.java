package org.strategybot.bot;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.strategybot.actions.UpdateView;
import org.strategybot.actions.Rag;
import org.strategybot.ask.Answer;
import org.strategybot.updates.ProposalView;

/**
 * The confirmation card of a progress update: what is there now, the proposed values in editable inputs,
 * and Confirm and Cancel. Buttons are Action.Execute (Teams' universal actions, answered in the HTTP
 * response) with an Action.Submit fallback for clients without them; both carry only the proposal's id.
 */
final class UpdateCards {

    static final String CONFIRM = "confirmUpdate";
    static final String CANCEL = "cancelUpdate";
    /** The toggle that keeps a note to 1:1 chats: "true" when on. */
    static final String SENSITIVE = "sensitive";
    /** Marks card data as ours, so a value-only message that is not from our card is not mistaken for one. */
    static final String MARKER = "strategyBot";
    /** Dates as people in the UK read them; the date input itself keeps the ISO form Adaptive Cards need. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private UpdateCards() {
    }

    static Map<String, Object> confirmation(Answer answer) {
        ProposalView p = answer.proposal();
        boolean refused = answer.kind() == Answer.Kind.REFUSED;
        List<Object> body = new ArrayList<>();
        body.add(AnswerCards.text("Confirm your update to " + p.target() + (p.sample() ? " (sample data)" : ""),
                Map.of("size", "Medium", "weight", "Bolder", "style", "heading")));
        body.add(AnswerCards.text(p.target() + ": " + p.title(), Map.of("isSubtle", true)));
        body.add(AnswerCards.text("Now: " + describe(p.current(), p.action()), Map.of("spacing", "Small")));
        String read = proposed(p.proposed());
        if (!read.isEmpty()) {
            // what the bot read from the message ("3/4 done" as 75%), before the inputs that hold it
            body.add(AnswerCards.text("Proposed: " + read, Map.of("spacing", "Small", "weight", "Bolder")));
        }
        if (refused) {
            body.add(AnswerCards.text(answer.text(), AnswerCards.colour(Answer.Tone.ATTENTION, Map.of("weight", "Bolder"))));
        } else if (answer.text() != null) {
            // what to do, or a question about what was read ("Which date is “by Easter”?"), answered on the card itself
            body.add(AnswerCards.text(answer.text(), Map.of("spacing", "Small")));
        }
        Rag rag = p.proposed().rag() != null ? p.proposed().rag() : p.current().rag();
        body.add(input("Input.ChoiceSet", "rag", "RAG", rag == null ? null : rag.name(), Map.of("style", "compact",
                "choices", List.of(choice(Rag.RED), choice(Rag.AMBER), choice(Rag.GREEN)))));
        Integer percent = p.proposed().percent() != null ? p.proposed().percent() : p.current().percent();
        body.add(input("Input.Number", "percent", "Percent complete", percent, Map.of("min", 0, "max", 100)));
        if (p.action()) {
            var due = p.proposed().due() != null ? p.proposed().due() : p.current().due();
            body.add(input("Input.Date", "due", "Due date", due == null ? null : due.toString(), Map.of()));
        }
        body.add(input("Input.Text", "note", p.action() ? "What happened (a reason is needed for Amber and Red)"
                : "What happened (a reason is needed for Amber and Red, and for a RAG other than the calculated one)",
                p.note(), Map.of("isMultiline", true, "maxLength", 1000,
                        "placeholder", "Progress in a sentence or two. No names or details of children or families.")));
        // a reason such as staff sickness is for 1:1 chats: channels, group chats, the digest and the committee report leave it out
        body.add(input("Input.Toggle", SENSITIVE, "Sensitive", String.valueOf(p.sensitive()), Map.of(
                "title", "Sensitive: show this note only in 1:1 chats", "valueOn", "true", "valueOff", "false")));
        Map<String, Object> data = Map.of(MARKER, true, "proposalId", p.id());
        return AnswerCards.adaptiveCard(body, List.of(button("Confirm", CONFIRM, data, "positive"),
                button("Cancel", CANCEL, data, "default")));
    }

    private static String describe(UpdateView.Values s, boolean action) {
        String text = (s.rag() == null ? "Not rated" : s.rag().label()) + (s.percent() == null ? "" : ", " + s.percent() + "% complete");
        return action && s.due() != null ? text + ", due " + DAY.format(s.due()) : text;
    }

    /** The values an update proposes to change, in the words "Now:" uses; empty for a note alone. */
    private static String proposed(UpdateView.Values s) {
        List<String> parts = new ArrayList<>();
        if (s.rag() != null) {
            parts.add(s.rag().label());
        }
        if (s.percent() != null) {
            parts.add(s.percent() + "% complete");
        }
        if (s.due() != null) {
            parts.add("due " + DAY.format(s.due()));
        }
        return String.join(", ", parts);
    }

    private static Map<String, Object> choice(Rag rag) {
        return Map.of("title", rag.label(), "value", rag.name());
    }

    private static Map<String, Object> input(String type, String id, String label, Object value, Map<String, Object> more) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", type);
        input.put("id", id);
        input.put("label", label);
        if (value != null) {
            input.put("value", value);
        }
        input.putAll(more);
        return input;
    }

    private static Map<String, Object> button(String title, String verb, Map<String, Object> data, String style) {
        Map<String, Object> withVerb = new LinkedHashMap<>(data);
        withVerb.put("verb", verb);
        Map<String, Object> fallback = new LinkedHashMap<>();
        fallback.put("type", "Action.Submit");
        fallback.put("title", title);
        fallback.put("data", withVerb);
        Map<String, Object> execute = new LinkedHashMap<>();
        execute.put("type", "Action.Execute");
        execute.put("title", title);
        execute.put("verb", verb);
        execute.put("data", withVerb);
        execute.put("style", style);
        execute.put("fallback", fallback);
        return execute;
    }
}
