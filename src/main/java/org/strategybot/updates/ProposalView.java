package org.strategybot.updates;


import org.strategybot.actions.UpdateView;

/**
 * A proposed update as its confirmation card shows it: the card's contract, kept apart from how a proposal is
 * stored, so that a field renamed in the store does not change the card.
 *
 * @param id        what the card's buttons send back: nothing else on the card is trusted
 * @param action    true for an action (it has a due date), false for a priority
 * @param sensitive whether the card shows the note marked sensitive: the author's choice as they left it when
 *                  Confirm was refused, false on a new card
 * @param sample    whether the plan is sample data
 */
public record ProposalView(String id, String target, String title, boolean action, UpdateView.Values current,
        UpdateView.Values proposed, String note, boolean sensitive, boolean sample) {
}
