/**
 * How long the bot keeps each kind of record, and removing what has been kept longer, on a schedule, once per
 * deployment. Each feature that keeps records removes its own expired ones ({@link org.strategybot.retention.Expiring}),
 * with plain deletes by date: the embedded store has no TTL indexes, and Cosmos DB's TTL works differently from
 * MongoDB's, so the same code does it on every store.
 */
package org.strategybot.retention;
