package org.strategybot.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategybot.ask.Answer.Detail;
import org.strategybot.ask.Answer.Line;
import org.strategybot.ask.Answer.Part;
import org.strategybot.ask.Answer.Tone;
import org.strategybot.digest.Conversation;
import org.strategybot.understanding.Intent;

/** The one policy over what a conversation shows, for each setting and kind of conversation. */
class DisclosureTest {

    static final Answer STATUS = new Answer(Intent.STATUS, "SP2 status: Red", "Excel in our practice", List.of(
            Line.from("Lead", Tone.PLAIN, Part.name("", "Lee Lead")),
            Line.from("Latest update", Tone.PLAIN, Part.plain("SP2.1, 3 Dec 2026"), Part.note(": ", "clinics weekly", false),
                    Part.name(" — ", "Ada Admin")),
            Line.from("SP2.3", Tone.ATTENTION, Part.note("", "staff sickness", true).orInstead("Updated")),
            new Line("Complete", "55%")), null, List.of());

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        // withheld                | kind      | shown                                          | left out
        "names,notes,sensitive     | channel   | Lead: Not shown here;SP2.1, 3 Dec 2026;Updated;55% | Lee Lead;Ada Admin;clinics;sickness",
        "names,notes,sensitive     | groupChat | Updated;55%                                     | Lee Lead;clinics;sickness",
        "names,notes,sensitive     | personal  | Lee Lead;clinics weekly — Ada Admin;staff sickness (marked sensitive) | 1:1 chat",
        "names,notes,sensitive     | null      | Updated                                         | Lee Lead;clinics;sickness",
        "sensitive                 | channel   | Lee Lead;clinics weekly — Ada Admin;Updated     | sickness",
        "notes                     | channel   | Lee Lead;Ada Admin;Updated                      | clinics;sickness",
        "names                     | channel   | clinics weekly;staff sickness                   | Lee Lead;Ada Admin",
        "''                        | channel   | Lee Lead;clinics weekly;staff sickness          | 1:1 chat",
    })
    void aSharedConversationLeavesOutWhatTheSettingsWithhold(String withheld, String kind, String shown, String leftOut) {
        Disclosure disclosure = new Disclosure(new DisclosureSettings(details(withheld)));
        Conversation conversation = kind.equals("null") ? null : new Conversation("c", "t", kind, null, "{}");

        String seen = text(disclosure.in(conversation, STATUS));

        for (String s : shown.split(";")) {
            assertThat(seen).contains(s.strip());
        }
        for (String s : leftOut.split(";")) {
            assertThat(seen).doesNotContain(s.strip());
        }
        if (!leftOut.contains("1:1 chat")) {
            assertThat(seen).as("says where to ask").contains("ask me in a 1:1 chat for detail");
        }
    }

    private static Set<Detail> details(String names) {
        Set<Detail> set = EnumSet.noneOf(Detail.class);
        for (String n : names.split(",")) {
            if (!n.isBlank()) {
                set.add(Detail.valueOf(n.strip().toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return set;
    }

    private static String text(Answer a) {
        StringBuilder s = new StringBuilder(a.text()).append('\n');
        a.lines().forEach(l -> s.append(l.label()).append(": ").append(l.text()).append('\n'));
        return s.toString();
    }
}
