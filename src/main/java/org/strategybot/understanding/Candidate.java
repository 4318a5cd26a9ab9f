package org.strategybot.understanding;

/**
 * One reading of a question and the evidence for it: the cues it matched, the item it names, or the
 * follow-up or definitional form it has. The highest score wins; the rest are kept so that a routing
 * decision can be seen and tested.
 */
public record Candidate(Intent intent, double score) {
}
