/**
 * The dashboard's data and the committee report: each priority's RAG and its change over a period, key
 * updates and overdue actions, rendered as print-ready HTML, PDF and Markdown; {@code reports/web} serves
 * them over REST and the dashboard's static shell at {@code /dashboard/}.
 */
package org.strategybot.reports;
