package org.strategybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The passages of every strategy's documents in a Lucene index. It is held in memory and rebuilt from the
 * store at start-up: the documents are a few hundred kilobytes per strategy, indexing them takes well
 * under a second, and the store stays the one place that must survive a restart, so there is no index
 * on disk to back up, migrate or get out of step with it.
 *
 * <p>Every passage carries its strategy's id and every query is filtered by one, so a question can only
 * ever find passages of the strategy it was asked in.
 */
final class PassageIndex implements AutoCloseable {

    /** A passage found, with its relevance. */
    record Hit(StoredPassage passage, float score) {
    }

    private static final String ID = "id";
    private static final String STRATEGY = "strategy";
    private static final String DOCUMENT = "document";
    private static final String SECTION = "section";
    private static final String TEXT = "text";
    /** Headings say what a passage is about, but less surely than its own words. */
    private static final float SECTION_BOOST = 0.5f;

    private final Analysis analysis;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    PassageIndex(Analysis analysis) {
        this.analysis = analysis;
        try {
            this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analysis.documents()));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a document's passages in place of whatever the index held for it, all at once for searchers. */
    void replace(String documentId, List<StoredPassage> passages) {
        try {
            List<Document> docs = passages.stream().map(PassageIndex::document).toList();
            writer.updateDocuments(new Term(DOCUMENT, documentId), docs);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The passages of this strategy that best answer the question, best first; empty when none is relevant. */
    List<Hit> search(String strategyId, String question, int limit) {
        Query words = relevant(new QueryBuilder(analysis.questionWords()).createBooleanQuery(TEXT, question, Occur.SHOULD));
        if (words == null) {
            return List.of();
        }
        // the question as asked, or with a synonym in place of what it names ("NEET", "LAC")
        BooleanQuery.Builder text = new BooleanQuery.Builder().add(words, Occur.SHOULD);
        Query synonyms = relevant(withSynonyms().createBooleanQuery(TEXT, question, Occur.SHOULD));
        if (synonyms != null) {
            text.add(synonyms, Occur.SHOULD);
        }
        BooleanQuery.Builder about = new BooleanQuery.Builder().add(text.build(), Occur.MUST);
        Query section = withSynonyms().createBooleanQuery(SECTION, question, Occur.SHOULD);
        if (section != null) {
            about.add(new BoostQuery(section, SECTION_BOOST), Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(STRATEGY, strategyId)), Occur.FILTER)
                .add(about.build(), Occur.MUST)
                .build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Hit> hits = new ArrayList<>();
                for (ScoreDoc d : searcher.search(query, limit).scoreDocs) {
                    hits.add(new Hit(passage(searcher.storedFields().document(d.doc)), d.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private QueryBuilder withSynonyms() {
        QueryBuilder builder = new QueryBuilder(analysis.questions());
        // "children in care" for "LAC" must be those words together, not each of them anywhere
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return builder;
    }

    /**
     * Word for word, a passage must share most of what the question is about (one of two words, two of
     * three, half of more), so that one common word in a longer question does not pass for an answer.
     */
    private static Query relevant(Query query) {
        if (!(query instanceof BooleanQuery bool) || bool.clauses().size() < 3) {
            return query;
        }
        int n = bool.clauses().size();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (BooleanClause c : bool.clauses()) {
            b.add(c);
        }
        return b.setMinimumNumberShouldMatch(n == 3 ? 2 : n / 2).build();
    }

    private static Document document(StoredPassage p) {
        Document d = new Document();
        d.add(new StringField(ID, p.id(), Field.Store.YES));
        d.add(new StringField(STRATEGY, p.strategyId(), Field.Store.YES));
        d.add(new StringField(DOCUMENT, p.documentId(), Field.Store.YES));
        d.add(new StoredField("version", p.version()));
        d.add(new StoredField("ordinal", p.ordinal()));
        if (p.section() != null) {
            d.add(new TextField(SECTION, p.section(), Field.Store.YES));
        }
        d.add(new TextField(TEXT, p.text(), Field.Store.YES));
        return d;
    }

    private static StoredPassage passage(Document d) {
        return new StoredPassage(d.get(ID), d.get(STRATEGY), d.get(DOCUMENT), d.get("version"),
                d.getField("ordinal").numericValue().intValue(), d.get(SECTION), d.get(TEXT));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
