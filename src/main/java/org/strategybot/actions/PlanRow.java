package org.strategybot.actions;

import java.time.LocalDate;

/**
 * What one row of a plan (a spreadsheet's, a plan file's, or an administrator's edit) says an action should be.
 * A null field says nothing: the action keeps what it has, so a blank cell never wipes a value.
 *
 * @param row        where the row came from, for refusals: the spreadsheet's row number, 0 for none
 * @param code       the action's code ("SP4.2"); null to match an action of the priority by its title, or to
 *                   give a new one the priority's next number
 * @param priority   the priority's code as the strategy has it ("SP4")
 * @param ownerEmail the owner's email or UPN, lower case
 * @param percent    percent complete, 0 to 100 (100 is complete)
 * @param note       the latest progress note; a new one becomes a history entry
 */
public record PlanRow(int row, String code, String priority, String title, String businessArea, String owner,
        String ownerEmail, LocalDate due, Rag rag, Integer percent, String note) {

    PlanRow withCode(String assigned) {
        return new PlanRow(row, assigned, priority, title, businessArea, owner, ownerEmail, due, rag, percent, note);
    }
}
