package org.strategybot.people.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.people.ErasureReport;
import org.strategybot.people.People;
import org.strategybot.people.SubjectAccess;
import org.strategybot.system.Csv;

/**
 * Subject access and erasure for administrators (the security rules refuse everyone else): a person is named in
 * the path by their Azure AD object id or their email address. Answers are never cached by a browser or proxy.
 */
@RestController
class PeopleController {

    static final String CSV = "text/csv";
    private static final List<String> HEADER = List.of("collection", "record", "what", "strategy", "at", "kept_for",
            "details");

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    /** {@code also}: further object ids or emails of the same person (comma separated or repeated). */
    @GetMapping(value = "/api/people/{person}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubjectAccess> find(@PathVariable String person, @RequestParam(required = false) List<String> also) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(people.find(person, also));
    }

    /** The same as CSV, one record a line, for a spreadsheet or the reply to the person. */
    @GetMapping(value = "/api/people/{person}", produces = CSV)
    ResponseEntity<String> csv(@PathVariable String person, @RequestParam(required = false) List<String> also) {
        SubjectAccess found = people.find(person, also);
        // Arrays.asList, as a cell may be null (a record of no one strategy)
        List<List<String>> rows = found.records().stream().map(h -> Arrays.asList(h.collection(), h.id(), h.what(),
                h.strategyId(), h.at() == null ? "" : h.at().toString(), h.keptFor(), details(h.details()))).toList();
        String csv = "\uFEFF" + Csv.table(HEADER, rows);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(csv);
    }

    @PostMapping("/api/people/{person}/erase")
    ErasureReport erase(@PathVariable String person, @RequestParam(required = false) List<String> also) {
        return people.erase(person, also);
    }

    /** An erasure as the audit trail shows it: by whom and when, never of whom. */
    record ErasureView(int number, String pseudonym, String by, Instant startedAt, Instant finishedAt,
            Map<String, Integer> changed) {
    }

    @GetMapping("/api/people/erasures")
    List<ErasureView> erasures() {
        return people.erasures().stream().map(e -> new ErasureView(e.number(), e.pseudonym(), e.by(), e.startedAt(),
                e.finishedAt(), e.changed())).toList();
    }

    private static String details(Map<String, String> details) {
        StringBuilder out = new StringBuilder();
        details.forEach((k, v) -> out.append(out.isEmpty() ? "" : "; ").append(k).append(": ").append(v));
        return out.toString();
    }
}
