package org.strategybot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Bot Connector on loopback, for the benchmark: counts what the bot posts, keeps bodies only when asked,
 * and can act as Teams' throttling does: at most {@code perSecond} posts in each wall-clock second (the rest
 * get 429 with Retry-After: 1), and every n-th post refused with 429 besides.
 */
final class BenchConnector implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(32);
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();
    /** Accepted posts per conversation id, for duplicates and losses. */
    final Map<String, AtomicInteger> perConversation = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> captured = new ConcurrentLinkedQueue<>();
    volatile boolean capture;
    volatile int perSecond;
    volatile int throttleEvery;
    /** Added before each answer, as the real connector's network round trip. */
    volatile int latencyMillis;
    private final AtomicLong windowSecond = new AtomicLong();
    private final AtomicInteger inWindow = new AtomicInteger();

    BenchConnector() throws IOException {
        // the JDK server writes headers and body in separate packets; without TCP_NODELAY each reply can wait
        // ~40 ms for the client's delayed ACK (Nagle), which the real Bot Connector does not impose
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    void reset() {
        accepted.set(0);
        refused.set(0);
        posts.set(0);
        perConversation.clear();
        captured.clear();
    }

    /** The conversation id in ".../v3/conversations/{id}/activities/...". */
    private static String conversationOf(String path) {
        int start = path.indexOf("/conversations/") + "/conversations/".length();
        int end = path.indexOf('/', start);
        return end < 0 ? path.substring(start) : path.substring(start, end);
    }

    private void handle(HttpExchange exchange) throws IOException {
        // read as text only when kept: the real connector's work is not on the bot's machine, so the stand-in should
        // cost as little as it can, the same for a large card as for a fixed text
        String body = null;
        try (InputStream in = exchange.getRequestBody()) {
            if (capture) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        String path = exchange.getRequestURI().getPath();
        int status = 200;
        String json = "{\"id\":\"" + posts.get() + "\"}";
        if ("POST".equals(exchange.getRequestMethod()) && path.contains("/activities")) {
            int n = posts.incrementAndGet();
            String retryAfter = null;
            if (perSecond > 0) {
                long second = System.currentTimeMillis() / 1000;
                synchronized (this) {
                    if (windowSecond.get() != second) {
                        windowSecond.set(second);
                        inWindow.set(0);
                    }
                }
                if (inWindow.incrementAndGet() > perSecond) {
                    status = 429;
                    retryAfter = "1";
                }
            }
            if (status == 200 && throttleEvery > 0 && n % throttleEvery == 0) {
                status = 429;
                retryAfter = "0.5";
            }
            if (status == 429) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
                json = "{\"error\":{\"code\":\"Throttled\"}}";
                refused.incrementAndGet();
            } else {
                accepted.incrementAndGet();
                String conversation = conversationOf(path);
                perConversation.computeIfAbsent(conversation, c -> new AtomicInteger()).incrementAndGet();
                if (body != null) {
                    captured.add(body);
                }
            }
        }
        if (latencyMillis > 0) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] reply = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
