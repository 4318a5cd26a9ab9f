package org.strategybot.bot;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The part of the Bot Connector service a bot calls back, on loopback: it records what the bot sends.
 * The real service cannot run here; this one answers as it does.
 */
public final class FakeConnector implements AutoCloseable {

    public record Call(String method, String path, JsonNode body, int status) {
        Call(String method, String path, JsonNode body) {
            this(method, path, body, 200);
        }

        String flatText() {
            return FakeConnector.flatten(body);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    /** Every n-th post of an activity is refused, as Teams' throttling and outages do; 0 for never. */
    private volatile int throttleEvery;
    private volatile int failEvery;
    private final java.util.concurrent.atomic.AtomicInteger posts = new java.util.concurrent.atomic.AtomicInteger();
    /** Chat id to Azure AD object id, for member look-ups. */
    private final java.util.Map<String, String> members = new java.util.concurrent.ConcurrentHashMap<>();
    /** Chat id to the member's JSON as the connector gives it with their email and UPN, for look-ups and rosters. */
    private final java.util.Map<String, String> profiles = new java.util.concurrent.ConcurrentHashMap<>();

    public FakeConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** Conversations the bot has been removed from: posts there are refused with 403. */
    final java.util.Set<String> gone = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Posts of activities are held this long before they are answered, as a connector that hangs does. */
    private volatile Duration hang = Duration.ZERO;

    void hang(Duration hang) {
        this.hang = hang;
    }

    /** Look-ups of a conversation's members are held this long, as a connector that never answers holds them. */
    private volatile Duration memberHang = Duration.ZERO;

    void hangMembers(Duration hang) {
        this.memberHang = hang;
    }

    void misbehave(int throttleEvery, int failEvery) {
        this.throttleEvery = throttleEvery;
        this.failEvery = failEvery;
    }

    List<Call> all() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    void member(String chatId, String aadObjectId) {
        members.put(chatId, aadObjectId);
    }

    /** A member the connector describes in full, as Teams does: in look-ups and on the conversation's or team's roster. */
    void member(String chatId, String aadObjectId, String name, String email, String userPrincipalName) {
        members.put(chatId, aadObjectId);
        profiles.put(chatId, Serialization.createObjectNode().put("id", chatId).put("aadObjectId", aadObjectId)
                .put("name", name).put("email", email).put("userPrincipalName", userPrincipalName).toString());
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            body = text.isBlank() ? Serialization.createObjectNode() : Serialization.jsonToTree(text);
        }
        String path = exchange.getRequestURI().getPath();
        String json = "{\"id\":\"" + UUID.randomUUID() + "\"}";
        int status = 200;
        if ("POST".equals(exchange.getRequestMethod()) && path.contains("/activities")) {
            hold(hang);
            int n = posts.incrementAndGet();
            if (gone.stream().anyMatch(path::contains)) {
                status = 403;
                json = "{\"error\":{\"code\":\"BotNotInConversationRoster\"}}";
            } else if (throttleEvery > 0 && n % throttleEvery == 0) {
                status = 429;
                exchange.getResponseHeaders().add("Retry-After", "0.02");
                json = "{\"error\":{\"code\":\"Throttled\"}}";
            } else if (failEvery > 0 && n % failEvery == 0) {
                status = 503;
                json = "{\"error\":{\"code\":\"ServiceUnavailable\"}}";
            }
        }
        synchronized (calls) {
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), body, status));
            calls.notifyAll();
        }
        if ("GET".equals(exchange.getRequestMethod()) && path.contains("/members/")) {
            hold(memberHang);
            String member = path.substring(path.lastIndexOf('/') + 1);
            String aad = members.get(member);
            status = aad == null ? 404 : 200;
            json = aad == null ? "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}"
                    : profiles.getOrDefault(member, "{\"id\":\"" + member + "\",\"aadObjectId\":\"" + aad + "\",\"name\":\"member\"}");
        }
        if ("GET".equals(exchange.getRequestMethod()) && path.endsWith("/pagedmembers")) {
            json = "{\"members\":[" + String.join(",", profiles.values()) + "]}";
        }
        byte[] reply = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private static void hold(Duration hang) {
        try {
            Thread.sleep(hang.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Forgets what a test asked of the connector (hangs, refusals, members), so that the next test finds it answering
     * as Teams does. What it was sent is kept: tests read it from a {@link #mark()} of their own.
     */
    void reset() {
        hang = Duration.ZERO;
        memberHang = Duration.ZERO;
        throttleEvery = 0;
        failEvery = 0;
        gone.clear();
        members.clear();
        profiles.clear();
    }

    /** Waits for at least {@code n} calls since {@code mark}, returning those there are when it gives up. */
    public List<Call> awaitSince(int mark, int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (calls.size() - mark < n && System.nanoTime() < end) {
                calls.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            }
            return List.copyOf(calls.subList(mark, calls.size()));
        }
    }

    public int mark() {
        synchronized (calls) {
            return calls.size();
        }
    }

    /** Every string of an activity or card, in order, as botprobe reads a reply. */
    static String flatten(JsonNode node) {
        StringBuilder out = new StringBuilder();
        walk(node, out);
        return out.toString();
    }

    private static void walk(JsonNode node, StringBuilder out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        } else {
            node.forEach(child -> walk(child, out));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
