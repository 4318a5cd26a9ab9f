/**
 * Progress updates posted in chat: propose, confirm on a card, apply; who may update what; undo; and the
 * guard that keeps personal data about children and families out of the store and the logs.
 */
package org.strategybot.updates;
