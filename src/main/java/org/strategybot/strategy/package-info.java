/**
 * The strategy as data: vision, values, business areas and their missions, principles, strategic
 * priorities, focus cohorts, governance, successes and legislation; loading strategy files into the
 * store and finding the strategy a conversation sees.
 */
package org.strategybot.strategy;
