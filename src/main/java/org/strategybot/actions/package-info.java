/**
 * The action plan: priorities' leads, actions with their RAG, percent complete and due dates,
 * the history of progress updates, and the rules that roll them up into each priority's status
 * (RAG, overdue, stale, trend). Loading a plan file; the answers it gives are plain records.
 */
package org.strategybot.actions;
