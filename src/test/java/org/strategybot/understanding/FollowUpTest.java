package org.strategybot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Follow-ups read against what the conversation was last about. A context is written "intent / about / shown", items
 * as KIND:key, several separated by spaces.
 */
class FollowUpTest {

    private static Understanding understand(String context, String text) {
        return PlanActions.understand(text, context(context));
    }

    /** "status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2" */
    static Context context(String written) {
        String[] parts = written.split("/", -1);
        return new Context(Intent.fromKey(parts[0].strip()), items(parts[1]), items(parts[2]));
    }

    private static List<Mention> items(String written) {
        return Arrays.stream(written.strip().split("\\s+")).filter(s -> !s.isEmpty()).map(ref -> {
            int colon = ref.indexOf(':');
            return new Mention(EntityKind.valueOf(ref.substring(0, colon)), ref.substring(colon + 1).replace('_', ' '), 1);
        }).toList();
    }

    @ParameterizedTest(name = "after {0}: \"{1}\" is {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | who leads that one?                  | PRIORITY_LEAD  | SP5
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | who is in charge of it?              | PRIORITY_LEAD  | SP5
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | who's responsible for this priority? | PRIORITY_LEAD  | SP5
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | which actions sit under it?          | ACTIONS_UNDER  | SP5
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | what are its actions?                | ACTIONS_UNDER  | SP5
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | why is it red?                       | RAG_REASON     | SP5
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | how come it's amber?                 | RAG_REASON     | SP5
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | when was it last updated?            | LAST_UPDATE    | SP5
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | when was that last updated?          | LAST_UPDATE    | SP5
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | what does it mean?                   | PRIORITY       | SP5
            status / PRIORITY:SP5 / ACTION:SP5.1 ACTION:SP5.2 | and SP5?                             | STATUS         | SP5
            status / PRIORITY:SP5 /                           | and SP1?                             | STATUS         | SP1
            status / PRIORITY:SP5 /                           | what about SP1?                      | STATUS         | SP1
            status / PRIORITY:SP5 /                           | how about the workforce priority?    | STATUS         | SP4
            status / PRIORITY:SP5 /                           | and priority three                   | STATUS         | SP3
            status / PRIORITY:SP5 /                           | SP2?                                 | STATUS         | SP2
            status / PRIORITY:SP5 /                           | same for SP2                         | STATUS         | SP2
            status / PRIORITY:SP5 /                           | and SP4.2?                           | ACTION_STATUS  | SP4.2
            action-status / ACTION:SP3.3 /                    | who owns it?                         | PRIORITY_LEAD  | SP3.3
            action-status / ACTION:SP3.3 /                    | how is that one doing?               | ACTION_STATUS  | SP3.3
            action-status / ACTION:SP3.3 /                    | why is it red?                       | RAG_REASON     | SP3.3
            action-status / ACTION:SP3.3 /                    | and SP3.4?                           | ACTION_STATUS  | SP3.4
            action-status / ACTION:SP3.3 /                    | what about SP2?                      | STATUS         | SP2
            priority-lead / PRIORITY:SP5 /                    | and what about SP1?                  | STATUS         | SP1
            priority-lead / ACTION:SP4.3 /                    | and SP4.1?                           | ACTION_STATUS  | SP4.1
            actions-under / PRIORITY:SP1 / ACTION:SP1.1 ACTION:SP1.2 ACTION:SP1.3 | who owns the second one?   | PRIORITY_LEAD | SP1.2
            actions-under / PRIORITY:SP1 / ACTION:SP1.1 ACTION:SP1.2 ACTION:SP1.3 | how is the last one going? | ACTION_STATUS | SP1.3
            actions-under / PRIORITY:SP1 / ACTION:SP1.1 ACTION:SP1.2 ACTION:SP1.3 | the first one              | ACTION_STATUS | SP1.1
            actions-under / PRIORITY:SP1 / ACTION:SP1.1 ACTION:SP1.2 ACTION:SP1.3 | and number 3?              | ACTION_STATUS | SP1.3
            actions-under / PRIORITY:SP1 / ACTION:SP1.1 ACTION:SP1.2 ACTION:SP1.3 | and SP2?                   | ACTIONS_UNDER | SP2
            values / / VALUE:We_focus_on_making_a_difference. VALUE:We_aim_high. VALUE:We_value_our_people. | what does the second one mean? | VALUE | We aim high.
            values / / VALUE:We_focus_on_making_a_difference. VALUE:We_aim_high. VALUE:We_value_our_people. | and the third?                 | VALUE | We value our people.
            values / / VALUE:We_focus_on_making_a_difference. VALUE:We_aim_high. VALUE:We_value_our_people. | explain the first one          | VALUE | We focus on making a difference.
            priorities / / PRIORITY:SP1 PRIORITY:SP2 PRIORITY:SP3 PRIORITY:SP4 PRIORITY:SP5 | what's the status of the last one? | STATUS | SP5
            priorities / / PRIORITY:SP1 PRIORITY:SP2 PRIORITY:SP3 PRIORITY:SP4 PRIORITY:SP5 | tell me more about the 2nd one     | PRIORITY | SP2
            value / VALUE:We_aim_high. /                      | what about coproduction?            | VALUE          | We drive partnership, collaboration and coproduction.
            action-status / ACTION:SP3.2 /                    | who's the owner?                     | PRIORITY_LEAD  | SP3.2
            status / PRIORITY:SP5 /                           | who is the lead?                     | PRIORITY_LEAD  | SP5
            status / PRIORITY:SP5 /                           | when was the last update?            | LAST_UPDATE    | SP5
            """)
    void readsAFollowUpAgainstWhatTheConversationWasAbout(String context, String text, Intent intent, String item) {
        Understanding u = understand(context, text);
        assertThat(u.intent()).as(text).isEqualTo(intent);
        assertThat(u.mentions()).as(text).extracting(Mention::key).contains(item);
        assertThat(u.followUp()).as(text).isNotEqualTo(FollowUp.NONE);
    }

    @ParameterizedTest(name = "after {0}: \"{1}\" is {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
            status / PRIORITY:SP1 /                           | what about the partnerships one      | STATUS         | SP5
            status / PRIORITY:SP1 /                           | and the workforce one?               | STATUS         | SP4
            status / PRIORITY:SP1 /                           | how about the transport bit?         | STATUS         | SP3
            status / PRIORITY:SP2 /                           | same for the recruitment side        | STATUS         | SP4
            priority-lead / PRIORITY:SP2 /                    | and the workforce one?               | STATUS         | SP4
            actions-under / PRIORITY:SP1 / ACTION:SP1.1 ACTION:SP1.2 ACTION:SP1.3 | what about the efficiency one? | ACTIONS_UNDER | SP3
            rag-reason / PRIORITY:SP2 /                       | and the partnerships bit?            | RAG_REASON     | SP5
            """)
    void aTopicWithOneOrBitNamesItsPriorityInAnEllipsis(String context, String text, Intent intent, String item) {
        Understanding u = understand(context, text);
        assertThat(u.intent()).as(text).isEqualTo(intent);
        assertThat(u.all(EntityKind.PRIORITY)).as(text).extracting(Mention::key).containsExactly(item);
        assertThat(u.followUp()).as(text).isEqualTo(FollowUp.ELLIPSIS);
    }

    @ParameterizedTest(name = "\"{0}\" in a new conversation")
    @CsvSource(delimiter = '|', textBlock = """
            how is the workforce one going?              | STATUS
            who leads the partnerships one?              | PRIORITY_LEAD
            """)
    void aTopicWithOneNamesItsPriorityWithoutAContextToo(String text, Intent intent) {
        Understanding u = PlanActions.understand(text);
        assertThat(u.intent()).as(text).isEqualTo(intent);
        assertThat(u.first(EntityKind.PRIORITY)).as(text).isPresent();
    }

    @ParameterizedTest(name = "after {0}: \"{1}\" is {2} about {3} alone")
    @CsvSource(delimiter = '|', textBlock = """
            rag-reason / ACTION:SP3.2 /                       | ok and SP4?                          | RAG_REASON     | SP4   | SP3.2
            action-status / ACTION:SP3.3 /                    | what about SP2?                      | STATUS         | SP2   | SP3.3
            status / PRIORITY:SP5 /                           | and SP4.2?                           | ACTION_STATUS  | SP4.2 | SP5
            """)
    void aPlanItemNamedReplacesTheOneAskedAbout(String context, String text, Intent intent, String item, String before) {
        Understanding u = understand(context, text);
        assertThat(u.intent()).as(text).isEqualTo(intent);
        assertThat(u.mentions()).as(text).extracting(Mention::key).contains(item).doesNotContain(before);
    }

    @ParameterizedTest(name = "after {0}: \"{1}\" is {2} among {3}")
    @CsvSource(delimiter = '|', textBlock = """
            actions-under / PRIORITY:SP1 / ACTION:SP1.1 ACTION:SP1.2 ACTION:SP1.3 | which of those are overdue?    | OVERDUE | SP1.1 SP1.2 SP1.3
            actions-under / PRIORITY:SP1 / ACTION:SP1.1 ACTION:SP1.2 ACTION:SP1.3 | are any of them stale?         | STALE   | SP1.1 SP1.2 SP1.3
            actions-under / PRIORITY:SP1 / ACTION:SP1.1 ACTION:SP1.2 ACTION:SP1.3 | which of these are red?        | BY_RAG  | SP1.1 SP1.2 SP1.3
            status / PRIORITY:SP3 / ACTION:SP3.1 ACTION:SP3.2                     | is anything in it overdue?     | OVERDUE | SP3
            overdue / / ACTION:SP1.2 ACTION:SP3.3                                 | and in SP2?                    | OVERDUE | SP2
            by-rag / RAG:RED / ACTION:SP2.3 ACTION:SP3.3                          | what about SP5?                | BY_RAG  | SP5
            status / PRIORITY:SP1 /                                               | are any of its actions late?   | OVERDUE | SP1
            status / PRIORITY:SP4 /                                               | which SP1 actions have gone quiet? | STALE | SP1
            values / / VALUE:We_aim_high.                                         | which SP2 actions are past due? | OVERDUE | SP2
            """)
    void narrowsAListQuestionToTheItemsPointedAt(String context, String text, Intent intent, String scope) {
        Understanding u = understand(context, text);
        assertThat(u.intent()).as(text).isEqualTo(intent);
        assertThat(u.scope()).as(text).extracting(Mention::key).containsExactlyInAnyOrder(scope.split(" "));
    }

    @ParameterizedTest(name = "after {0}: \"{1}\" stands on its own as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            status / PRIORITY:SP5 /                      | what are our values?                 | VALUES
            status / PRIORITY:SP5 /                      | which actions are overdue?           | OVERDUE
            status / PRIORITY:SP5 /                      | list the strategic priorities        | PRIORITIES
            status / PRIORITY:SP5 /                      | who leads SP2?                       | PRIORITY_LEAD
            status / PRIORITY:SP5 /                      | which acts underpin it               | LEGISLATION
            status / PRIORITY:SP5 /                      | what years does it cover?            | PERIOD
            status / PRIORITY:SP5 /                      | what is SP3?                         | PRIORITY
            status / PRIORITY:SP5 /                      | and who leads SP1?                   | PRIORITY_LEAD
            values / / VALUE:We_aim_high.                | which actions are red?               | BY_RAG
            """)
    void aQuestionThatSaysWhatItAsksIsNotAFollowUp(String context, String text, Intent intent) {
        assertThat(understand(context, text).intent()).as(text).isEqualTo(intent);
    }

    @Test
    void withoutAContextAPronounPointsAtNothing() {
        Understanding u = PlanActions.understand("who leads it?");
        assertThat(u.mentions()).isEmpty();
        assertThat(u.followUp()).isEqualTo(FollowUp.NONE);
        assertThat(u.intent()).isNotIn(Intent.PRIORITY_LEAD, Intent.STATUS);
    }
}
