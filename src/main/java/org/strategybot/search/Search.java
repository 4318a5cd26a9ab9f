package org.strategybot.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;
import org.strategybot.privacy.Finding;
import org.strategybot.privacy.PersonalDataGuard;
import org.strategybot.strategy.StrategyCatalog;

import jakarta.annotation.PreDestroy;

/**
 * Search over the source documents of each strategy, and importing them. A question asked in one strategy
 * only ever finds that strategy's passages.
 */
@Service
public class Search {

    private static final Logger log = LoggerFactory.getLogger(Search.class);
    private static final int TITLE_LIMIT = 200;
    /** An import that has not switched its document's version after this long was interrupted. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Documents documents;
    private final StrategyCatalog catalog;
    private final SearchSettings settings;
    private final Clock clock;
    /**
     * Lucene's analysers and the in-memory index, made by whatever needs them first: the start-up build, which runs
     * after the application is ready, or an earlier reader (which then waits for that build). Made with the bean,
     * they loaded about 600 of Lucene's classes on the main thread of every start.
     */
    // a lambda, not Engine::make, which would load Lucene with this class
    private final SingletonSupplier<Engine> engine = SingletonSupplier.of(() -> Engine.make());
    private final PersonalDataGuard guard;
    private final Sections sections;

    Search(Documents documents, StrategyCatalog catalog, PersonalDataGuard guard, SearchSettings settings, Clock clock) {
        this.documents = documents;
        this.guard = guard;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
        this.sections = new Sections(settings.passageChars());
    }

    /** The passages of the strategy's documents that best answer the question, best first; empty when none does. */
    public List<Found> find(String strategyId, String question) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        String text = Analysis.plain(question);
        Engine engine = this.engine.obtain();
        Set<String> terms = engine.analysis().questionTerms(text);
        Map<String, StoredDocument> docs = new ConcurrentHashMap<>();
        List<Found> found = new ArrayList<>();
        List<PassageIndex.Hit> hits = engine.index().search(strategyId, text, settings.results());
        for (PassageIndex.Hit hit : hits) {
            // the 2nd and 3rd passage only when nearly as relevant as the 1st: one shared word is not an answer
            if (hit.score() < settings.relevanceFloor() * hits.get(0).score()) {
                break;
            }
            StoredPassage p = hit.passage();
            document(docs, p.documentId()).ifPresent(d -> found.add(new Found(d.id(), d.title(), p.section(),
                    engine.quotes().quote(p.text(), terms), p.text(), d.source(), d.date(), hit.score())));
        }
        return found;
    }

    /**
     * What the strategy's documents say a term is: an acronym's expansion where they give one, and the sentences
     * that hold it, those that say what it is first and each from a different document where there are several (so
     * that "who is the director?" shows which document, and when, says what). Empty when no document has the term.
     */
    public Optional<Definition> define(String strategyId, String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        String term = Analysis.plain(subject).strip();
        Optional<Glossary.Acronym> acronym = index().acronym(strategyId, term);
        List<Glossary.Use> uses = new ArrayList<>();
        acronym.ifPresent(a -> uses.add(new Glossary.Use(a.sentence(), Double.MAX_VALUE, true)));
        uses.addAll(index().uses(strategyId, acronym.map(Glossary.Acronym::letters).orElse(term)));
        if (uses.isEmpty()) {
            String shorter = term.replaceAll("(?i)\\s+(programme|program|project|work|initiative|scheme|approach|service|team)s?$", "");
            if (!shorter.equals(term)) {
                uses.addAll(index().uses(strategyId, shorter));
            }
        }
        if (uses.isEmpty()) {
            return Optional.empty();
        }
        Map<String, StoredDocument> docs = new ConcurrentHashMap<>();
        List<Found> found = new ArrayList<>();
        for (Glossary.Use use : Glossary.pick(uses, settings.results())) {
            Glossary.Sentence s = use.sentence();
            document(docs, s.documentId()).ifPresent(d -> found.add(new Found(d.id(), d.title(), s.section(),
                    Quotes.shorten(s.text()), s.text(), d.source(), d.date(), (float) Math.min(use.score(), Float.MAX_VALUE))));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new Definition(acronym.map(Glossary.Acronym::letters).orElse(term),
                acronym.map(Glossary.Acronym::expansion).orElse(null), found, uses.get(0).defines()));
    }

    private Optional<StoredDocument> document(Map<String, StoredDocument> docs, String id) {
        return Optional.ofNullable(docs.computeIfAbsent(id, key -> documents.find(key).orElse(null)));
    }

    /**
     * Imports a document into a strategy, replacing an earlier one of the same title. Refused, with the
     * reason, when the strategy is unknown, the document is empty or it looks like it holds personal data.
     */
    public synchronized Imported importDocument(String strategyId, NewDocument doc) {
        if (strategyId == null || catalog.find(strategyId).isEmpty()) {
            throw new NoSuchElementException("No strategy '" + strategyId + "'. Loaded: " + String.join(", ", catalog.ids()) + ".");
        }
        if (doc.title() == null || doc.title().isBlank() || doc.title().length() > TITLE_LIMIT) {
            throw new IllegalArgumentException("A document needs a title of at most " + TITLE_LIMIT + " characters.");
        }
        if (doc.text() == null || doc.text().isBlank()) {
            throw new IllegalArgumentException("The document is empty: nothing was imported.");
        }
        List<Finding> findings = guard.checkPublished(doc.text());
        if (!findings.isEmpty()) {
            // the kinds found, never the text itself
            throw new IllegalArgumentException("Not imported: the document looks like it holds personal data ("
                    + findings.stream().map(f -> f.kind().description()).distinct().collect(Collectors.joining(", "))
                    + "). strategy-bot holds strategy documents, never case data about a child or family; remove it and import again.");
        }
        return store(strategyId, doc, 0, sections.split(doc.text(), doc.markdown()));
    }

    /**
     * Stores a document shipped with a strategy, unless the store has it from this revision on or it was
     * imported. These are published documents, so rather than refusing one whole, a passage that looks like
     * personal data is left out (the committee report's finance table, "Financial Year (Year 1)", reads to
     * the guard as a name with an age).
     */
    boolean seed(String strategyId, NewDocument doc, int revision) {
        String id = id(strategyId, doc.title());
        Optional<StoredDocument> stored = documents.find(id);
        if (stored.isPresent() && (stored.get().seedRevision() == 0 || stored.get().seedRevision() >= revision)) {
            return false;
        }
        List<Sections.Piece> pieces = new ArrayList<>();
        for (Sections.Piece piece : sections.split(doc.text(), doc.markdown())) {
            List<Finding> findings = guard.checkPublished(piece.text());
            if (findings.isEmpty()) {
                pieces.add(piece);
            } else {
                log.warn("A passage of {} in section '{}' is left out of search: it looks like {}", id, piece.section(),
                        findings.stream().map(Finding::kind).distinct().toList());
            }
        }
        store(strategyId, doc, revision, pieces);
        return true;
    }

    public List<DocumentInfo> documents(String strategyId) {
        index().awaitBuilt();
        return documents.of(strategyId).stream().map(d -> new DocumentInfo(d.id(), d.title(), d.source(), d.date(),
                d.sections(), d.passages(), d.seedRevision() > 0, d.importedAt())).toList();
    }

    /**
     * Brings the index into line with the store: every document whose version the index does not hold yet,
     * whether imported here, through another instance or from the command line. Synchronized with imports, so
     * that the index never takes an older version after a newer one.
     */
    synchronized void sync() {
        String abandonedBefore = version(clock.instant().minus(ABANDONED));
        Set<String> stored = new HashSet<>();
        for (StoredDocument d : documents.all()) {
            stored.add(d.id());
            if (!index().holds(d.id(), d.version())) {
                documents.tidy(d, abandonedBefore);
                index().put(d.id(), d.version(), documents.passages(d));
            }
        }
        // removed from the store (retention) by this instance or another
        index().documentIds().stream().filter(id -> !stored.contains(id)).forEach(index()::remove);
    }

    /**
     * The start-up build: the shipped documents stored by {@code seeding}, then the index built from the store. Imports,
     * erasures and retention wait for this lock; readers wait for the index, whether or not this succeeds.
     */
    synchronized void warmUp(Runnable seeding) {
        try {
            seeding.run();
            sync();
        } finally {
            index().markBuilt();
        }
    }

    /**
     * Stores a new version of a document with its wording changed (an erased person's name replaced) and
     * indexes it at once; other instances pick the version up at their next sync, as they do an import.
     *
     * @return whether this version is now the document's (false when an import got there first)
     */
    synchronized boolean reword(StoredDocument d, UnaryOperator<String> edit) {
        String version = version(clock.instant());
        String title = edit.apply(d.title());
        // a document's id is made from its title, so a title that named someone moves the document to a new id
        String id = id(d.strategyId(), title);
        List<StoredPassage> passages = documents.passages(d).stream().map(p -> new StoredPassage(
                id + "#" + version + "#" + p.ordinal(), p.strategyId(), id, version, p.ordinal(),
                edit.apply(p.section()), edit.apply(p.text()))).toList();
        StoredDocument next = new StoredDocument(id, d.strategyId(), title, edit.apply(d.source()), d.date(), version,
                d.seedRevision(), d.sections(), d.passages(), d.importedAt());
        if (!documents.save(next, passages)) {
            return false;
        }
        index().put(id, version, passages);
        if (!id.equals(d.id())) {
            documents.delete(d);
            index().remove(d.id());
        }
        return true;
    }

    /** Removes imported documents last imported before {@code before}, from the store and the index; returns how many. */
    synchronized int forgetImportedBefore(Instant before) {
        List<StoredDocument> expired = documents.importedBefore(before);
        expired.forEach(d -> {
            documents.delete(d);
            index().remove(d.id());
        });
        return expired.size();
    }

    private Imported store(String strategyId, NewDocument doc, int seedRevision, List<Sections.Piece> pieces) {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("The document has no text to import.");
        }
        String id = id(strategyId, doc.title());
        Instant now = clock.instant();
        String version = version(now);
        List<StoredPassage> passages = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            passages.add(new StoredPassage(id + "#" + version + "#" + i, strategyId, id, version, i,
                    pieces.get(i).section(), pieces.get(i).text()));
        }
        int sectionCount = (int) Sections.sectionCount(pieces);
        boolean replaced = documents.find(id).isPresent();
        StoredDocument stored = new StoredDocument(id, strategyId, doc.title().strip(), blank(doc.source()),
                blank(doc.date()), version, seedRevision, sectionCount, passages.size(), now);
        if (documents.save(stored, passages)) {
            index().put(id, version, passages);
            log.info("Document {} stored: {} sections, {} passages", id, sectionCount, passages.size());
        }
        return new Imported(id, strategyId, stored.title(), sectionCount, passages.size(), replaced);
    }

    static String id(String strategyId, String title) {
        String slug = title.strip().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("A document's title needs letters or digits.");
        }
        return strategyId + ":" + (slug.length() > 80 ? slug.substring(0, 80) : slug);
    }

    /** Sorts by time, then apart by a random part, so that of two imports at once the later one wins. */
    private static String version(Instant at) {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return String.format("%013d-%s", at.toEpochMilli(), HexFormat.of().formatHex(random));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private SearchIndex index() {
        return engine.obtain().index();
    }

    @PreDestroy
    void close() {
        index().close();
    }

    private record Engine(Analysis analysis, SearchIndex index, Quotes quotes) {
        static Engine make() {
            Analysis analysis = new Analysis();
            return new Engine(analysis, new SearchIndex(analysis), new Quotes(analysis));
        }
    }
}
