/**
 * Finding priorities and actions of the plan from a few typed words ("SP4", "workforce", "ASYE"), as Teams' search
 * message extension asks: the recogniser that reads chat questions names the items, and the plan gives their status.
 */
package org.strategybot.finder;
