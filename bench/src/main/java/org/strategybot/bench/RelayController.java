package org.strategybot.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ceiling of any bot that answers as the Bot Framework requires, by POSTing its reply to the connector, without
 * the SDK: it reads the activity's reply address and posts one fixed text there with the JDK's HTTP client, then
 * answers 202. Between the trivial endpoint and this lies the protocol's second HTTP exchange; between this and
 * the fixed-reply bot, the SDK. Exists only under the {@code bench} profile, in the benchmark's sources.
 */
@Profile("bench")
@RestController
class RelayController {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @PostMapping(path = "/bench/relay", consumes = MediaType.ALL_VALUE)
    ResponseEntity<Void> relay(@RequestBody String body) throws Exception {
        JsonNode activity = JsonMapper.shared().readTree(body);
        String conversation = activity.path("conversation").path("id").asText();
        URI reply = URI.create(activity.path("serviceUrl").asText() + "v3/conversations/"
                + URLEncoder.encode(conversation, StandardCharsets.UTF_8) + "/activities/"
                + URLEncoder.encode(activity.path("id").asText(), StandardCharsets.UTF_8));
        String text = "{\"type\":\"message\",\"text\":\"A fixed reply.\",\"replyToId\":\"" + activity.path("id").asText()
                + "\",\"conversation\":{\"id\":\"" + conversation + "\"}}";
        HttpResponse<Void> sent = http.send(HttpRequest.newBuilder(reply).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                HttpResponse.BodyHandlers.discarding());
        return sent.statusCode() / 100 == 2 ? ResponseEntity.accepted().build() : ResponseEntity.status(502).build();
    }
}
