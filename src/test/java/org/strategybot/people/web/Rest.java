package org.strategybot.people.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API as a client with one key calls it. */
final class Rest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    Rest(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String key, String accept) throws Exception {
        return http.send(request(path, key).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path, String key) throws Exception {
        return http.send(request(path, key).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String key, String contentType, String body) throws Exception {
        return http.send(request(path, key).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path, String key) throws Exception {
        HttpResponse<String> r = get(path, key, "application/json");
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JsonMapper.shared().readTree(r.body());
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return key == null ? b : b.header("X-API-Key", key);
    }
}
