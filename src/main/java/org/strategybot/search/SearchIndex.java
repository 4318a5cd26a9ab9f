package org.strategybot.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What search reads in memory, the passage index and the glossary, with the document versions they hold. It is
 * built after the application is ready ({@link DocumentSeeder}), which takes the shipped documents' personal-data
 * checks and indexing off every cold start; until then every reader waits for it, so that nobody is told a
 * document says nothing because it was not indexed yet.
 */
final class SearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** Longer than building it has ever taken on a loaded machine; a reader then goes on with what is indexed. */
    private static final Duration WARM_UP_WAIT = Duration.ofSeconds(60);

    private final PassageIndex passages;
    private final Glossary glossary;
    /** Document id to the version the index holds. */
    private final Map<String, String> indexed = new ConcurrentHashMap<>();
    private final CountDownLatch built = new CountDownLatch(1);

    SearchIndex(Analysis analysis) {
        this.passages = new PassageIndex(analysis);
        this.glossary = new Glossary(analysis);
    }

    List<PassageIndex.Hit> search(String strategyId, String text, int results) {
        awaitBuilt();
        return passages.search(strategyId, text, results);
    }

    Optional<Glossary.Acronym> acronym(String strategyId, String subject) {
        awaitBuilt();
        return glossary.acronym(strategyId, subject);
    }

    List<Glossary.Use> uses(String strategyId, String phrase) {
        awaitBuilt();
        return glossary.uses(strategyId, phrase);
    }

    boolean holds(String documentId, String version) {
        return version.equals(indexed.get(documentId));
    }

    Set<String> documentIds() {
        return Set.copyOf(indexed.keySet());
    }

    void put(String documentId, String version, List<StoredPassage> documentPassages) {
        passages.replace(documentId, documentPassages);
        glossary.replace(documentId, documentPassages);
        indexed.put(documentId, version);
    }

    void remove(String documentId) {
        passages.replace(documentId, List.of());
        glossary.replace(documentId, List.of());
        indexed.remove(documentId);
    }

    /** The start-up build is over (done, or failed and logged): readers stop waiting. */
    void markBuilt() {
        built.countDown();
    }

    /** Waits, within bounds, for the start-up build; the callers of search, imports and erasure all come through here. */
    void awaitBuilt() {
        try {
            if (!built.await(WARM_UP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The search index is still being built after {} s; answering from what it holds so far",
                        WARM_UP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        passages.close();
    }
}
