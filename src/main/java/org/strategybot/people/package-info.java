/**
 * What the bot holds about a member of staff, for the council's data protection officer: a subject access
 * request answered from every collection, and erasure, which puts a stable pseudonym ("former staff member 7")
 * in the person's place while the history and its RAG stay as they were. Each feature that holds personal data
 * says what it holds through {@link org.strategybot.people.PersonalData}; this package asks them all.
 */
package org.strategybot.people;
