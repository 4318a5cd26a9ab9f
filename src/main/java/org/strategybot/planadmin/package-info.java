/**
 * An administrator's upkeep of the action plan: importing it from the spreadsheet the directorate keeps (CSV or
 * XLSX; a dry run first, then apply), exporting it back in the same columns, and adding, editing and retiring
 * actions and priorities, and starting a new strategy period. Every text cell goes through the personal-data
 * guard before anything is written.
 */
package org.strategybot.planadmin;
