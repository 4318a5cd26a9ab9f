package org.strategybot.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.strategybot.people.Held;
import org.strategybot.people.Identity;
import org.strategybot.people.PersonalData;
import org.strategybot.people.Pseudonym;
import org.strategybot.people.Scope;
import org.strategybot.retention.RetentionSettings;

/**
 * Strategy documents that name a member of staff (a paper's author, a board's chair). Documents hold no ids, so
 * only a name learnt elsewhere, an email or an id written in the text finds them. Erasure stores a new version
 * of the document with the pseudonym in place of the name and re-indexes it, so search never finds the name again.
 */
@Component
class DocumentPersonalData implements PersonalData {

    private final MongoOperations mongo;
    private final Documents documents;
    private final Search search;
    private final RetentionSettings retention;

    DocumentPersonalData(MongoOperations mongo, Documents documents, Search search, RetentionSettings retention) {
        this.mongo = mongo;
        this.documents = documents;
        this.search = search;
        this.retention = retention;
    }

    @Override
    public Identity linked(Identity person, Scope scope) {
        return Identity.none();
    }

    @Override
    public List<Held> find(Identity person, Scope scope) {
        List<Held> held = new ArrayList<>();
        Map<StoredDocument, List<StoredPassage>> naming = naming(person, scope);
        for (StoredDocument d : naming.keySet()) {
            String kept = d.seedRevision() > 0 ? "while its strategy file ships it"
                    : "until replaced by an import of the same title, or " + RetentionSettings.words(retention.importedDocuments())
                            + " after its latest import (strategy-bot.retention.imported-documents)";
            for (StoredPassage p : naming.get(d)) {
                Map<String, String> details = new LinkedHashMap<>();
                details.put("document", d.title());
                details.put("section", String.valueOf(p.section()));
                details.put("text", p.text());
                held.add(new Held("passages", p.id(), "passage of a strategy document that names them", d.strategyId(),
                        d.importedAt(), kept, details));
            }
        }
        return held;
    }

    @Override
    public Map<String, Integer> anonymise(Identity person, Pseudonym pseudonym, Scope scope, Instant at) {
        Map<String, Integer> changed = new TreeMap<>();
        for (Map.Entry<StoredDocument, List<StoredPassage>> e : naming(person, scope).entrySet()) {
            if (search.reword(e.getKey(), text -> person.scrub(text, pseudonym))) {
                changed.merge("passages", e.getValue().size(), Integer::sum);
            }
        }
        return changed;
    }

    /** The documents in reach whose current version names the person, with the passages that do. */
    private Map<StoredDocument, List<StoredPassage>> naming(Identity person, Scope scope) {
        Pattern mention = person.storePattern();
        Map<StoredDocument, List<StoredPassage>> found = new TreeMap<>((a, b) -> a.id().compareTo(b.id()));
        if (mention == null) {
            return found;
        }
        Criteria text = new Criteria().orOperator(where("text").regex(mention), where("section").regex(mention));
        for (StoredPassage p : mongo.find(query(new Criteria().andOperator(scope.strategies("strategyId"), text)),
                StoredPassage.class)) {
            documents.find(p.documentId()).filter(d -> d.version().equals(p.version()))
                    .filter(d -> person.mentionedIn(p.text()) || person.mentionedIn(p.section()))
                    .ifPresent(d -> found.computeIfAbsent(d, k -> new ArrayList<>()).add(p));
        }
        return found;
    }
}
