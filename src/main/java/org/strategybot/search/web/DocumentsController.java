package org.strategybot.search.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.search.DocumentInfo;
import org.strategybot.search.Found;
import org.strategybot.search.Imported;
import org.strategybot.search.NewDocument;
import org.strategybot.search.Search;
import org.strategybot.search.SearchSettings;
import org.strategybot.strategy.StrategyScope;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A strategy's documents over REST: search them, list them, import one. Search takes an optional
 * {@code strategy} id and otherwise serves the default strategy, like the rest of the API.
 */
@RestController
class DocumentsController {

    private static final String MARKDOWN = "text/markdown";

    private final Search search;
    private final SearchSettings settings;
    private final StrategyScope scope;

    DocumentsController(Search search, SearchSettings settings, StrategyScope scope) {
        this.search = search;
        this.settings = settings;
        this.scope = scope;
    }

    @GetMapping("/api/search")
    List<Found> find(@RequestParam String q, @RequestParam(required = false) String strategy) {
        return search.find(strategy(strategy), q);
    }

    @GetMapping("/api/strategies/{id}/documents")
    List<DocumentInfo> documents(@PathVariable String id) {
        return search.documents(strategy(id));
    }

    /** Imports a plain-text or Markdown document; one of the same title is replaced. */
    @PostMapping(path = "/api/strategies/{id}/documents", consumes = {MediaType.TEXT_PLAIN_VALUE, MARKDOWN})
    ResponseEntity<?> importDocument(@PathVariable String id, @RequestParam String title,
            @RequestParam(required = false) String source, @RequestParam(required = false) String date,
            HttpServletRequest request) throws IOException {
        long limit = settings.maxDocumentSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            return tooLarge(limit);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // read one byte past the limit: a body sent without a length is refused as soon as it is too large
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit + 1));
        }
        if (body.length > limit) {
            return tooLarge(limit);
        }
        boolean markdown = request.getContentType() != null && request.getContentType().startsWith(MARKDOWN);
        Imported imported = search.importDocument(strategy(id), new NewDocument(title, source, date, utf8(body), markdown));
        return ResponseEntity.status(imported.replaced() ? HttpStatus.OK : HttpStatus.CREATED).body(imported);
    }

    private static ResponseEntity<ProblemDetail> tooLarge(long limit) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "The document is larger than " + limit + " bytes "
                        + "(strategy-bot.search.max-document-size); nothing was imported."));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The document must be UTF-8 text.");
        }
    }

    /** The strategy this caller may see by that id (or their own): a tenant's client cannot reach another's. */
    private String strategy(String id) {
        return scope.forRequest(id).id();
    }
}
