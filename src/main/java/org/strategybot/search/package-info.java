/**
 * Search over a strategy's source documents: the documents as stored sections and passages, importing
 * another (plain text or Markdown), and an index (Apache Lucene) that answers a question with the best
 * passages, quoted and cited, always within one strategy.
 */
package org.strategybot.search;
