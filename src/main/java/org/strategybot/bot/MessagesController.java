package org.strategybot.bot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.strategybot.access.Access;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The Bot Framework messaging endpoint. It stands in for bot-integration-spring's controller, which
 * fails on Spring 6+ (botbuilder-java issue 1521), and behaves as that one did: an invoke's response
 * goes back as the HTTP body, anything else gets 202, a bad token 401. The body is read as text and
 * converted by the SDK's own (Jackson 2) mapper, because Spring Boot 4's MVC uses Jackson 3.
 */
@RestController
class MessagesController {

    private static final Logger log = LoggerFactory.getLogger(MessagesController.class);

    private final BotFrameworkHttpAdapter adapter;
    private final Bot bot;
    private final BotSettings settings;
    private final Access access;

    MessagesController(BotFrameworkHttpAdapter adapter, Bot bot, BotSettings settings, Access access) {
        this.adapter = adapter;
        this.bot = bot;
        this.settings = settings;
        this.access = access;
    }

    @PostMapping("/api/messages")
    ResponseEntity<String> receive(HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) throws IOException {
        String body = readLimited(request);
        if (body == null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The activity is larger than " + settings.maxRequestBytes() + ".");
        }
        Activity activity;
        try {
            JsonNode tree = Serialization.jsonToTree(body);
            if (tree == null || !tree.isObject()) {
                return problem(HttpStatus.BAD_REQUEST, "The body must be a JSON object: a Bot Framework activity.");
            }
            List<String> misshapen = misshapenFields(tree);
            if (!misshapen.isEmpty()) {
                return problem(HttpStatus.BAD_REQUEST, "The activity has fields of the wrong shape: "
                        + String.join(", ", misshapen) + ".");
            }
            activity = Serialization.safeGetAs(tree, Activity.class);
        } catch (MismatchedInputException e) {
            return problem(HttpStatus.BAD_REQUEST, "The activity has a field of the wrong type: " + path(e) + ".");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
        }
        List<String> missing = missingFields(activity);
        if (!missing.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "The activity lacks " + String.join(", ", missing) + ".");
        }
        String tenant = StrategyBot.tenant(activity);
        if (!access.servesTenant(tenant)) {
            log.warn("Refused activity {} from tenant {}: not in strategy-bot.allowed-tenants", activity.getId(), tenant);
            return problem(HttpStatus.FORBIDDEN, "This bot does not serve your organisation.");
        }
        avoidSdkNullPointer(activity);
        return process(activity, authorization);
    }

    private ResponseEntity<String> process(Activity activity, String authorization) {
        try {
            InvokeResponse response = start(activity, authorization).get(settings.turnTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (response == null) {
                return ResponseEntity.accepted().build();
            }
            String json = response.getBody() == null ? null : Serialization.toString(response.getBody());
            return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON).body(json);
        } catch (TimeoutException e) {
            log.warn("Turn for activity {} took longer than {}; it goes on and replies when done", activity.getId(),
                    settings.turnTimeout());
            return ResponseEntity.accepted().build();
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = unwrap(e);
            // a token that is not even a JWT fails in the SDK's JWT library, not as an AuthenticationException
            if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException) {
                log.info("Refused activity {}: {}", activity.getId(), cause.getMessage());
                return problem(HttpStatus.UNAUTHORIZED, "The request is not authorised.");
            }
            if (cause instanceof IOException) {
                // the answer was made but could not be delivered: the Bot Connector is unreachable or failing
                log.error("Activity {} ({}): could not reach the Bot Connector at {}: {}", activity.getId(),
                        activity.getType(), activity.getServiceUrl(), cause.toString());
                return problem(HttpStatus.BAD_GATEWAY, "The bot could not deliver its reply to the Bot Connector.");
            }
            log.error("Activity {} ({}) failed", activity.getId(), activity.getType(), cause);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The bot could not process this activity.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "The bot is shutting down.");
        } catch (JsonProcessingException e) {
            log.error("Could not write the response to activity {}", activity.getId(), e);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The bot could not process this activity.");
        }
    }

    /** The SDK throws some failures (a token that is not a JWT) before it has a future to fail: one path for all. */
    private CompletableFuture<InvokeResponse> start(Activity activity, String authorization) {
        try {
            return adapter.processIncomingActivity(authorization, activity, bot);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Reads the body up to the configured limit; null when it is larger. */
    private String readLimited(HttpServletRequest request) throws IOException {
        long limit = settings.maxRequestBytes().toBytes();
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            return bytes.length > limit ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * Fields the SDK's mapper would quietly coerce ("conversation": "x" becomes a conversation with that id)
     * and that then fail deep inside a turn.
     */
    private static List<String> misshapenFields(JsonNode tree) {
        List<String> wrong = new ArrayList<>();
        for (String field : List.of("conversation", "from", "recipient", "channelData")) {
            if (tree.has(field) && !tree.get(field).isObject() && !tree.get(field).isNull()) {
                wrong.add(field + " (an object)");
            }
        }
        for (String field : List.of("entities", "attachments", "membersAdded", "membersRemoved")) {
            if (tree.has(field) && !tree.get(field).isArray() && !tree.get(field).isNull()) {
                wrong.add(field + " (a list)");
            }
        }
        return wrong;
    }

    /** What the SDK needs to route a turn and reply to it; it fails obscurely without them. */
    private static List<String> missingFields(Activity activity) {
        List<String> missing = new ArrayList<>();
        if (blank(activity.getType())) {
            missing.add("type");
        }
        if (blank(activity.getChannelId())) {
            missing.add("channelId");
        }
        if (activity.getConversation() == null || blank(activity.getConversation().getId())) {
            missing.add("conversation.id");
        }
        boolean expectReplies = DeliveryModes.EXPECT_REPLIES.toString().equals(activity.getDeliveryMode());
        if (!expectReplies && !isHttpUrl(activity.getServiceUrl())) {
            missing.add("serviceUrl (an http or https address)");
        }
        return missing;
    }

    /** Anonymous emulator traffic without a recipient role makes JwtTokenValidation throw a NullPointerException. */
    private static void avoidSdkNullPointer(Activity activity) {
        if (Channels.EMULATOR.equals(activity.getChannelId()) && activity.getRecipient() != null
                && activity.getRecipient().getRole() == null) {
            activity.getRecipient().setRole(RoleTypes.BOT);
        }
    }

    private static boolean isHttpUrl(String url) {
        if (blank(url)) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.isEmpty() ? "(the activity itself)" : path.toString();
    }

    /** The cause inside the wrappers that futures put round an exception. */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static ResponseEntity<String> problem(HttpStatus status, String message) {
        String json = "{\"error\":" + Serialization.toStringSilent(message) + "}";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
