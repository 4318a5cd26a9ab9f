package org.strategybot.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

/**
 * Strategy documents and their passages in the store. Every write is a single-document operation (the
 * embedded store has no transactions): a new version's passages first, then the document's version
 * switch, then the old passages' removal, so a reader that follows the document's version never sees a
 * half-written document, and an interrupted import leaves only unreferenced passages, removed by {@link #tidy}.
 */
@Repository
class Documents {

    private final MongoOperations mongo;

    Documents(MongoOperations mongo) {
        this.mongo = mongo;
        mongo.indexOps(StoredPassage.class).createIndex(new Index().on("documentId", Sort.Direction.ASC));
        mongo.indexOps(StoredDocument.class).createIndex(new Index().on("strategyId", Sort.Direction.ASC));
    }

    Optional<StoredDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, StoredDocument.class));
    }

    List<StoredDocument> all() {
        return mongo.findAll(StoredDocument.class).stream().sorted(Comparator.comparing(StoredDocument::id)).toList();
    }

    List<StoredDocument> of(String strategyId) {
        return mongo.find(query(where("strategyId").is(strategyId)), StoredDocument.class).stream()
                .sorted(Comparator.comparing(StoredDocument::title)).toList();
    }

    /** The passages of the document's current version, in document order. */
    List<StoredPassage> passages(StoredDocument document) {
        return mongo.find(query(where("documentId").is(document.id()).and("version").is(document.version())),
                StoredPassage.class).stream().sorted(Comparator.comparingInt(StoredPassage::ordinal)).toList();
    }

    /**
     * Stores a new version of a document with its passages.
     *
     * @return whether this version is now the document's; false when a later import got there first
     */
    boolean save(StoredDocument document, List<StoredPassage> passages) {
        mongo.insertAll(passages);
        boolean current;
        try {
            mongo.insert(document);
            current = true;
        } catch (DuplicateKeyException exists) {
            current = mongo.findAndReplace(query(where("_id").is(document.id()).and("version").lt(document.version())),
                    document) != null;
        }
        if (current) {
            mongo.remove(query(where("documentId").is(document.id()).and("version").lt(document.version())),
                    StoredPassage.class);
        } else {
            mongo.remove(query(where("documentId").is(document.id()).and("version").is(document.version())),
                    StoredPassage.class);
        }
        return current;
    }

    /**
     * Removes passages no document version refers to: older versions, and newer ones from an import
     * interrupted before its switch (left alone while young, as another instance may be importing them).
     */
    int tidy(StoredDocument document, String abandonedBefore) {
        return (int) mongo.remove(query(where("documentId").is(document.id()).and("version").ne(document.version())
                .orOperator(where("version").lt(document.version()), where("version").lt(abandonedBefore))),
                StoredPassage.class).getDeletedCount();
    }

    /** Imported documents (not shipped with a strategy file) whose latest import was before {@code before}. */
    List<StoredDocument> importedBefore(Instant before) {
        return mongo.find(query(where("seedRevision").is(0).and("importedAt").lt(before)), StoredDocument.class);
    }

    /**
     * Deletes a document: its passages first, then the document, so that an interrupted delete leaves a document
     * with nothing to find rather than passages no document refers to (the next retention run finishes it).
     */
    void delete(StoredDocument document) {
        mongo.remove(query(where("documentId").is(document.id())), StoredPassage.class);
        mongo.remove(query(where("_id").is(document.id())), StoredDocument.class);
    }
}
