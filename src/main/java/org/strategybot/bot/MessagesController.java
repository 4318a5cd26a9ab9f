package org.strategybot.bot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
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
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The Bot Framework messaging endpoint. It stands in for bot-integration-spring's controller, which fails on
 * Spring 6+ (botbuilder-java issue 1521), and behaves as that one did: an invoke's response goes back as the HTTP
 * body, anything else gets 202, a bad token 401. The body is read as text and converted by the SDK's own
 * (Jackson 2) mapper, because Spring Boot 4's MVC uses Jackson 3.
 *
 * <p>Order matters: the caller is authenticated before anything it says (its tenant) is acted on, and the turn
 * runs on the bot's own threads, so the request is answered after the turn timeout whatever the turn is doing.
 */
@RestController
class MessagesController {

    private static final Logger log = LoggerFactory.getLogger(MessagesController.class);

    private final TeamsAdapter adapter;
    private final Bot bot;
    private final BotSettings settings;
    private final Access access;
    private final ExecutorService turns;

    MessagesController(TeamsAdapter adapter, Bot bot, BotSettings settings, Access access,
            @Qualifier("turns") ExecutorService turns) {
        this.adapter = adapter;
        this.bot = bot;
        this.settings = settings;
        this.access = access;
        this.turns = turns;
    }

    @PostMapping("/api/messages")
    ResponseEntity<String> receive(HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) throws IOException {
        if (settings.loopbackOnly() && !Loopback.host(request.getRemoteAddr())) {
            log.warn("Refused a request from {}: without an app id the bot serves only this machine", request.getRemoteAddr());
            return problem(HttpStatus.FORBIDDEN, "This bot has no app id configured, so it serves only its own machine.");
        }
        String body = readLimited(request);
        if (body == null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The activity is larger than " + settings.maxRequestBytes() + ".");
        }
        IncomingActivity incoming = IncomingActivity.read(body);
        if (incoming.refusal() != null) {
            return problem(incoming.refusal().status(), incoming.refusal().message());
        }
        Activity activity = incoming.activity();
        if (settings.loopbackOnly() && !Loopback.url(activity.getServiceUrl())) {
            log.warn("Refused activity {}: without an app id the bot replies only to a service URL on this machine",
                    activity.getId());
            return problem(HttpStatus.FORBIDDEN, "This bot has no app id configured, so it replies only to a Bot Connector "
                    + "on its own machine (a loopback serviceUrl).");
        }
        avoidSdkNullPointer(activity);
        return process(activity, authorization);
    }

    private ResponseEntity<String> process(Activity activity, String authorization) {
        CompletableFuture<ResponseEntity<String>> turn;
        try {
            turn = CompletableFuture.supplyAsync(() -> turn(activity, authorization), turns).thenCompose(answer -> answer);
        } catch (RejectedExecutionException busy) {
            log.warn("Refused activity {}: every turn thread is busy", activity.getId());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(MediaType.APPLICATION_JSON).body(error("The bot is busy; try again in a few seconds."));
        }
        try {
            return turn.get(settings.turnTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("Turn for activity {} took longer than {}; it goes on and replies when done", activity.getId(),
                    settings.turnTimeout());
            turn.whenComplete((late, failure) -> {
                if (failure != null) {
                    failed(activity, failure);
                }
            });
            return ResponseEntity.accepted().build();
        } catch (ExecutionException | CompletionException e) {
            return failed(activity, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "The bot is shutting down.");
        }
    }

    /** Authenticate, then check the tenant the now-trusted activity names, then run the turn. */
    private CompletableFuture<ResponseEntity<String>> turn(Activity activity, String authorization) {
        try {
            return adapter.authenticate(authorization, activity).thenCompose(identity -> served(identity, activity));
        } catch (RuntimeException e) {
            // the SDK throws some failures (a token that is not a JWT) before it has a future to fail: one path for all
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<ResponseEntity<String>> served(ClaimsIdentity identity, Activity activity) {
        String tenant = Activities.tenant(activity);
        if (!access.servesTenant(tenant)) {
            log.warn("Refused activity {} from tenant {}: not in strategy-bot.allowed-tenants", activity.getId(), tenant);
            return CompletableFuture.completedFuture(problem(HttpStatus.FORBIDDEN, "This bot does not serve your organisation."));
        }
        return adapter.processActivity(identity, activity, bot::onTurn).thenApply(MessagesController::answer);
    }

    private static ResponseEntity<String> answer(InvokeResponse response) {
        if (response == null) {
            return ResponseEntity.accepted().build();
        }
        try {
            String json = response.getBody() == null ? null : Serialization.toString(response.getBody());
            return ResponseEntity.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON).body(json);
        } catch (JsonProcessingException e) {
            throw new CompletionException(e);
        }
    }

    /** Who hears what about a failure: the sender a status and a sentence, the log the details. */
    private static ResponseEntity<String> failed(Activity activity, Throwable failure) {
        Throwable cause = unwrap(failure);
        // a token that is not even a JWT fails in the SDK's JWT library, not as an AuthenticationException
        if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException) {
            log.info("Refused activity {}: {}", activity.getId(), cause.getMessage());
            return problem(HttpStatus.UNAUTHORIZED, "The request is not authorised.");
        }
        if (cause instanceof IOException) {
            // the answer was made but could not be delivered: the Bot Connector is unreachable
            log.error("Activity {} ({}): could not reach the Bot Connector at {}: {}", activity.getId(), activity.getType(),
                    activity.getServiceUrl(), cause.toString());
            return problem(HttpStatus.BAD_GATEWAY, "The bot could not deliver its reply to the Bot Connector.");
        }
        if (cause instanceof RestException rest && rest.response() != null) {
            // the Bot Connector answered, but not with success: the fault is upstream of the bot, so 502 as for no answer
            log.error("Activity {} ({}): the Bot Connector at {} answered HTTP {}", activity.getId(), activity.getType(),
                    activity.getServiceUrl(), rest.response().code());
            return problem(HttpStatus.BAD_GATEWAY, "The Bot Connector refused the bot's reply.");
        }
        log.error("Activity {} ({}) failed", activity.getId(), activity.getType(), cause);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The bot could not process this activity.");
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

    /** Anonymous emulator traffic without a recipient role makes JwtTokenValidation throw a NullPointerException. */
    private static void avoidSdkNullPointer(Activity activity) {
        if (Channels.EMULATOR.equals(activity.getChannelId()) && activity.getRecipient() != null
                && activity.getRecipient().getRole() == null) {
            activity.getRecipient().setRole(RoleTypes.BOT);
        }
    }

    /** The cause inside the wrappers that futures put round an exception. */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static ResponseEntity<String> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error(message));
    }

    private static String error(String message) {
        return "{\"error\":" + Serialization.toStringSilent(message) + "}";
    }
}
