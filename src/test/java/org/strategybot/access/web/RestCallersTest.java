package org.strategybot.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.system.JsonStub;
import org.strategybot.system.TestStore;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Callers of the REST API as they would come: machine clients with keys (deployment-wide or confined to one
 * tenant, readers or admins) and people with Entra ID tokens, whose signing keys are served from loopback here
 * as login.microsoftonline.com serves them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestCallersTest {

    static final String HOME = "0a0a0a0a-0000-4000-8000-00000000000a";
    static final String OTHER = "0b0b0b0b-0000-4000-8000-00000000000b";
    static final String STRANGER = "0c0c0c0c-0000-4000-8000-00000000000c";
    static final String AUDIENCE = "5e5e5e5e-0000-4000-8000-000000000005";
    static final String OTHER_CLIENT_KEY = "other-tenant-reader";
    static final String ADMIN_CLIENT_KEY = "deployment-admin";
    static final String OTHER_ADMIN_KEY = "other-tenant-admin";
    static RSAKey signing;
    static RSAKey impostor;
    static JsonStub login;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        TestStore.freshDataDir(registry);
        signing = new RSAKeyGenerator(2048).keyID("entra-1").generate();
        impostor = new RSAKeyGenerator(2048).keyID("entra-1").generate();
        login = new JsonStub().serve("/common/discovery/v2.0/keys", new JWKSet(signing.toPublicJWK()).toString());
        registry.add("strategy-bot.entra.audience", () -> AUDIENCE);
        registry.add("strategy-bot.entra.tenants", () -> HOME + "," + OTHER);
        registry.add("strategy-bot.entra.login-url", RestCallersTest::loginUrl);
        registry.add("strategy-bot.strategy.tenants[" + OTHER + "]", () -> "worcestershire-children-first");
        registry.add("strategy-bot.clients[1].name", () -> "other-tenant-dashboard");
        registry.add("strategy-bot.clients[1].key", () -> OTHER_CLIENT_KEY);
        registry.add("strategy-bot.clients[1].tenant", () -> OTHER.toUpperCase());
        registry.add("strategy-bot.clients[2].name", () -> "importer");
        registry.add("strategy-bot.clients[2].key", () -> ADMIN_CLIENT_KEY);
        registry.add("strategy-bot.clients[2].admin", () -> "true");
        registry.add("strategy-bot.clients[3].name", () -> "other-tenant-importer");
        registry.add("strategy-bot.clients[3].key", () -> OTHER_ADMIN_KEY);
        registry.add("strategy-bot.clients[3].tenant", () -> OTHER);
        registry.add("strategy-bot.clients[3].admin", () -> "true");
    }

    static String loginUrl() {
        return login.url();
    }

    @AfterAll
    static void stop() {
        login.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aClientConfinedToATenantSeesThatTenantsStrategyAndNoOther() throws Exception {
        assertThat(call("GET", "/api/strategies", key(OTHER_CLIENT_KEY)).body())
                .contains("worcestershire-children-first").doesNotContain("wokingham-2021-24");
        assertThat(call("GET", "/api/strategies/worcestershire-children-first", key(OTHER_CLIENT_KEY)).statusCode()).isEqualTo(200);
        HttpResponse<String> elsewhere = call("GET", "/api/strategies/wokingham-2021-24", key(OTHER_CLIENT_KEY));
        HttpResponse<String> nowhere = call("GET", "/api/strategies/no-such-strategy", key(OTHER_CLIENT_KEY));
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.body()).as("answered as if it did not exist")
                .isEqualTo(nowhere.body().replace("no-such-strategy", "wokingham-2021-24"));
        assertThat(call("GET", "/api/actions?strategy=wokingham-2021-24", key(OTHER_CLIENT_KEY)).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/updates?strategy=wokingham-2021-24", key(OTHER_CLIENT_KEY)).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/search?q=voice+of+the+child&strategy=wokingham-2021-24", key(OTHER_CLIENT_KEY))
                .statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/search?q=voice+of+the+child", key(OTHER_CLIENT_KEY)).body())
                .isEqualTo(call("GET", "/api/search?q=voice+of+the+child&strategy=worcestershire-children-first",
                        key(TestStore.API_KEY)).body())
                .isNotEqualTo(call("GET", "/api/search?q=voice+of+the+child", key(TestStore.API_KEY)).body());
        assertThat(call("GET", "/api/reports/committee.md", key(TestStore.API_KEY)).body()).contains("SP4");
        assertThat(call("GET", "/api/reports/committee.md", key(OTHER_CLIENT_KEY)).body()).doesNotContain("SP4")
                .contains("Worcestershire");
        assertThat(call("POST", "/api/strategies/wokingham-2021-24/documents?title=Elsewhere", r -> {
            r.header("X-API-Key", OTHER_ADMIN_KEY).header("Content-Type", "text/plain");
            r.POST(HttpRequest.BodyPublishers.ofString("Notes\n\nA paragraph for another directorate."));
        }).statusCode()).as("an admin of one tenant cannot import into another's strategy").isEqualTo(404);
        assertThat(call("GET", "/api/actions", key(OTHER_CLIENT_KEY)).body())
                .isEqualTo(call("GET", "/api/actions?strategy=worcestershire-children-first", key(TestStore.API_KEY)).body())
                .doesNotContain("Emotional Wellbeing Hub");
    }

    @Test
    void aDeploymentWideClientMayNameAnyStrategyAndDefaultsToTheDefaultOne() throws Exception {
        assertThat(call("GET", "/api/strategies", key(TestStore.API_KEY)).body())
                .contains("worcestershire-children-first", "wokingham-2021-24");
        assertThat(call("GET", "/api/actions", key(TestStore.API_KEY)).body()).contains("Emotional Wellbeing Hub");
        assertThat(call("GET", "/api/priorities?strategy=worcestershire-children-first", key(TestStore.API_KEY))
                .statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/digest/deliveries", "/api/digest/subscriptions", "/actuator/prometheus"})
    void everyTenantsOperationalDataIsForDeploymentWideClientsOnly(String path) throws Exception {
        HttpResponse<String> confined = call("GET", path, key(OTHER_CLIENT_KEY));
        assertThat(confined.statusCode()).isEqualTo(403);
        assertThat(confined.body()).contains("deployment-wide");
        assertThat(call("GET", path, bearer(token(OTHER, c -> { }))).statusCode()).isEqualTo(403);
        assertThat(call("GET", path, key(TestStore.API_KEY)).statusCode()).isEqualTo(200);
    }

    @Test
    void writesNeedAnAdministrator() throws Exception {
        HttpResponse<String> reader = call("POST", "/api/priorities", key(TestStore.API_KEY));
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(reader.body()).contains("administrator");
        assertThat(call("DELETE", "/api/actions", key(OTHER_CLIENT_KEY)).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/priorities", bearer(token(HOME, c -> { }))).statusCode()).isEqualTo(403);
        // past the rule, the request meets the endpoint, which only reads
        assertThat(call("POST", "/api/priorities", key(ADMIN_CLIENT_KEY)).statusCode()).isEqualTo(405);
        assertThat(call("POST", "/api/priorities", key(TestStore.ADMIN_KEY)).statusCode()).isEqualTo(405);
        assertThat(call("POST", "/api/priorities", bearer(token(HOME, c -> c.claim("roles", List.of("StrategyBot.Admin")))))
                .statusCode()).isEqualTo(405);
    }

    @Test
    void aPersonWithAValidTokenSeesTheirOwnTenantsStrategy() throws Exception {
        HttpResponse<String> home = call("GET", "/api/strategies", bearer(token(HOME, c -> { })));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("wokingham-2021-24").doesNotContain("worcestershire-children-first");
        String theirs = call("GET", "/api/priorities?strategy=worcestershire-children-first", key(TestStore.API_KEY)).body();
        String ours = call("GET", "/api/priorities", key(TestStore.API_KEY)).body();
        assertThat(theirs).isNotEqualTo(ours);
        assertThat(call("GET", "/api/priorities", bearer(token(OTHER, c -> { }))).body()).isEqualTo(theirs);
        assertThat(call("GET", "/api/priorities", bearer(token(HOME, c -> { }))).body()).isEqualTo(ours);
    }

    @Test
    void tokensThatAreNotRightAreRefused() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        List<String> refused = List.of(
                token(HOME, c -> c.expirationTime(Date.from(past)).issueTime(Date.from(past.minusSeconds(3600)))),
                token(HOME, c -> c.expirationTime(null)),
                token(HOME, c -> c.audience("api://someone-else")),
                token(HOME, c -> c.issuer(loginUrl() + "/" + OTHER + "/v2.0")),
                token(HOME, c -> c.issuer("https://sts.windows.net/" + HOME + "/")),
                token(STRANGER, c -> { }),
                token(HOME, c -> c.claim("oid", null)),
                signed(claims(HOME, c -> { }), impostor),
                "not-a-jwt");
        for (String token : refused) {
            HttpResponse<String> response = call("GET", "/api/priorities", bearer(token));
            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertThat(response.body()).doesNotContain("Exception");
        }
    }

    @Test
    void aWrongKeyIsRefusedEvenBesideAGoodToken() throws Exception {
        String good = token(HOME, c -> { });
        assertThat(call("GET", "/api/priorities", r -> r.header("X-API-Key", "wrong").header("Authorization", "Bearer " + good))
                .statusCode()).isEqualTo(401);
    }

    private static String token(String tenant, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        return signed(claims(tenant, change), signing);
    }

    private static JWTClaimsSet claims(String tenant, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(loginUrl() + "/" + tenant + "/v2.0")
                .audience(AUDIENCE)
                .subject(UUID.randomUUID().toString())
                .claim("oid", "00000000-0000-0000-0000-0000000000b1")
                .claim("tid", tenant)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plusSeconds(3600)));
        change.accept(claims);
        return claims.build();
    }

    private static String signed(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static Consumer<HttpRequest.Builder> key(String key) {
        return r -> r.header("X-API-Key", key);
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return r -> r.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> call(String method, String path, Consumer<HttpRequest.Builder> credential) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        credential.accept(request);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
