package org.strategybot.bot;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import org.strategybot.actions.Rag;
import org.strategybot.ask.Asker;
import org.strategybot.ask.StatusCard;
import org.strategybot.ask.StatusCards;
import org.strategybot.finder.Hit;
import org.strategybot.finder.PlanFinder;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.ActionTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.CardAction;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.ThumbnailCard;
import com.microsoft.bot.schema.teams.MessagingExtensionAttachment;
import com.microsoft.bot.schema.teams.MessagingExtensionParameter;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionResult;

/**
 * The search message extension and link unfurling: typing "SP4", "workforce" or "ASYE" in a compose box lists the
 * plan's matching priorities and actions; picking one inserts its status card; pasting a link to this deployment's
 * dashboard ({@code https://host/dashboard/#SP4}) shows that item's card as the preview. The cards are made to be
 * shared (what a channel may see) and stay current ({@link RefreshableCards}).
 */
final class MessageExtension {

    private static final Logger log = LoggerFactory.getLogger(MessageExtension.class);

    /** The query command's id and its one parameter's name, as the manifest declares them. */
    static final String COMMAND = "findStatus";
    static final String PARAMETER = "query";

    private final StatusCards cards;
    private final String host;

    MessageExtension(StatusCards cards, URI publicUrl) {
        this.cards = cards;
        this.host = publicUrl.getHost() == null ? "" : publicUrl.getHost().toLowerCase(Locale.ROOT);
    }

    /** A page of matches; none at all is an empty list, which Teams shows as "no results". */
    MessagingExtensionResponse query(MessagingExtensionQuery query, Asker asker) {
        int skip = query.getQueryOptions() == null ? 0 : query.getQueryOptions().getSkip();
        int count = query.getQueryOptions() == null || query.getQueryOptions().getCount() <= 0 ? PlanFinder.MAX_PAGE
                : query.getQueryOptions().getCount();
        PlanFinder.Page page = cards.search(text(query), asker, skip, count);
        return result(page.hits().stream().map(MessageExtension::listed).toList());
    }

    /**
     * The item picked from the list, as the status card Teams puts in the compose box.
     *
     * @param viewer the Teams id of the person sharing it
     */
    MessagingExtensionResponse select(Object value, Asker asker, String viewer) {
        JsonNode picked = value == null ? null : Serialization.objectToTree(value);
        String code = picked != null && picked.path("code").isTextual() ? picked.path("code").asText() : null;
        Optional<StatusCard> card = code == null ? Optional.empty() : cards.toShare(code, asker);
        return card.map(c -> result(List.of(shared(c, asker, viewer))))
                .orElseGet(() -> message("That item is not in your organisation's plan any more. Search again."));
    }

    /** A link to this deployment's dashboard naming a priority or action; any other link gets no preview from us. */
    MessagingExtensionResponse link(String url, Asker asker, String viewer) {
        return code(url).flatMap(code -> cards.toShare(code, asker))
                .map(c -> result(List.of(shared(c, asker, viewer))))
                .orElseGet(() -> result(List.of()));
    }

    /** The code in {@code https://host/dashboard/#SP4} (or {@code #card-SP4}, the dashboard's own card anchor). */
    Optional<String> code(String url) {
        URI uri;
        try {
            uri = url == null ? null : URI.create(url.trim());
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
        if (uri == null || uri.getHost() == null || !host.equals(uri.getHost().toLowerCase(Locale.ROOT))
                || !"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                || uri.getPath() == null || !uri.getPath().startsWith("/dashboard") || uri.getFragment() == null) {
            return Optional.empty();
        }
        String code = uri.getFragment().startsWith("card-") ? uri.getFragment().substring(5) : uri.getFragment();
        return code.isBlank() || code.length() > 20 ? Optional.empty() : Optional.of(code);
    }

    /** A failure is answered in the compose box as a sentence, never as the SDK's 500 with the exception's message. */
    static CompletableFuture<MessagingExtensionResponse> answered(String invoke, Supplier<MessagingExtensionResponse> answer) {
        try {
            return CompletableFuture.completedFuture(answer.get());
        } catch (RuntimeException e) {
            boolean storeDown = BotConfiguration.causedBy(e, DataAccessException.class);
            log.error("Message extension {} failed{}", invoke, storeDown ? ": store unavailable" : "", e);
            return CompletableFuture.completedFuture(message(storeDown ? BotConfiguration.STORE_DOWN
                    : BotConfiguration.SOMETHING_WRONG));
        }
    }

    private static MessagingExtensionResponse message(String text) {
        MessagingExtensionResult result = new MessagingExtensionResult();
        result.setType("message");
        result.setText(text);
        return new MessagingExtensionResponse(result);
    }

    private static String text(MessagingExtensionQuery query) {
        List<MessagingExtensionParameter> parameters = query.getParameters() == null ? List.of() : query.getParameters();
        // Teams' first call, when the search opens, carries only "initialRun": everything is listed
        return parameters.stream().filter(p -> PARAMETER.equals(p.getName()) && p.getValue() != null)
                .map(p -> String.valueOf(p.getValue())).findFirst().orElse("");
    }

    /** A line of the result list: code, RAG in colour and in words, title; picking it asks for the full card. */
    private static MessagingExtensionAttachment listed(Hit hit) {
        ThumbnailCard line = new ThumbnailCard();
        line.setTitle(hit.code() + " · " + rag(hit));
        line.setText(hit.title() + " — " + (hit.complete() ? "complete" : hit.percent() + "% complete")
                + (hit.kind() == Hit.Kind.ACTION ? " (action under " + hit.priority() + ")" : " (priority)"));
        CardAction pick = new CardAction();
        pick.setType(ActionTypes.INVOKE);
        pick.setValue(Map.of("code", hit.code()));
        line.setTap(pick);
        Attachment preview = line.toAttachment();
        MessagingExtensionAttachment item = new MessagingExtensionAttachment();
        item.setContentType(preview.getContentType());
        item.setContent(preview.getContent());
        item.setPreview(preview);
        return item;
    }

    /** RAG in colour and in words: the words are there for readers who cannot tell the colours apart. */
    private static String rag(Hit hit) {
        if (hit.complete()) {
            return "✅ Complete";
        }
        if (hit.rag() == null) {
            return "⚪ Not rated";
        }
        String dot = hit.rag() == Rag.RED ? "🔴" : hit.rag() == Rag.AMBER ? "🟠" : "🟢";
        return dot + " " + hit.rag().label();
    }

    private static MessagingExtensionAttachment shared(StatusCard card, Asker asker, String viewer) {
        MessagingExtensionAttachment item = new MessagingExtensionAttachment();
        item.setContentType(AnswerCards.CONTENT_TYPE);
        String kind = asker.conversation() == null ? null : asker.conversation().kind();
        item.setContent(Serialization.objectToTree(RefreshableCards.card(card, RefreshableCards.postedFor(viewer, kind))));
        ThumbnailCard preview = new ThumbnailCard();
        preview.setTitle(card.answer().title());
        preview.setText(card.answer().text());
        item.setPreview(preview.toAttachment());
        return item;
    }

    private static MessagingExtensionResponse result(List<MessagingExtensionAttachment> attachments) {
        MessagingExtensionResult result = new MessagingExtensionResult();
        result.setType("result");
        result.setAttachmentLayout("list");
        result.setAttachments(attachments);
        return new MessagingExtensionResponse(result);
    }
}
