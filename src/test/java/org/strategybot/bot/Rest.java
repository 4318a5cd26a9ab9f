package org.strategybot.bot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API as a client with one key (or none, for {@code null}) calls it; from {@link Endpoint}. */
public final class Rest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    Rest(int port) {
        this.port = port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public HttpResponse<String> get(String path, String key) throws Exception {
        return http.send(request(path, key).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String key, String accept) throws Exception {
        return http.send(request(path, key).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> bytes(String path, String key) throws Exception {
        return http.send(request(path, key).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String key, String contentType, String body) throws Exception {
        return send("POST", path, key, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> post(String path, String key, String contentType, byte[] body) throws Exception {
        return send("POST", path, key, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Any method; a {@code null} body sends none. */
    public HttpResponse<String> send(String method, String path, String key, String contentType, String body) throws Exception {
        return send(method, path, key, contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    /** The JSON a GET answers, which must be a 200. */
    public JsonNode json(String path, String key) throws Exception {
        HttpResponse<String> r = get(path, key, "application/json");
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JsonMapper.shared().readTree(r.body());
    }

    private HttpResponse<String> send(String method, String path, String key, String contentType,
            HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = request(path, key).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String key) {
        // long enough for a large import on a busy machine; a hung request still fails the test rather than the run
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
        return key == null ? b : b.header("X-API-Key", key);
    }
}
