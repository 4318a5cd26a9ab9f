package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategybot.bot.TeamsActivities.Conversation;
import org.strategybot.system.JsonStub;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * With an app id configured, only a Bot Framework token the channel's OpenID metadata vouches for is
 * accepted. The metadata and its signing keys are served from loopback here, as the real ones are from
 * login.botframework.com; replies come back in the response (expectReplies), so no outgoing token is
 * ever fetched.
 */
@EndpointTest
// the application trusts the OpenID stub this class starts and stops: no later class could use it
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TokenValidationTest {

    static final String APP_ID = "6a3f0c1e-0000-4000-8000-000000000042";
    static final String ISSUER = "https://api.botframework.com";
    static final String SERVICE_URL = "https://smba.trafficmanager.net/uk/";
    static final KeyPair signing = rsaKeyPair();
    static final KeyPair stranger = rsaKeyPair();
    static JsonStub openId;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        openId = new JsonStub();
        String base = openId.url();
        openId.serve("/.well-known/openidconfiguration", "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + base + "/keys\","
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
        RSAPublicKey key = (RSAPublicKey) signing.getPublic();
        openId.serve("/keys", "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"test-key\",\"n\":\"" + b64(key.getModulus().toByteArray())
                + "\",\"e\":\"" + b64(key.getPublicExponent().toByteArray()) + "\",\"endorsements\":[\"msteams\"]}]}");
        registry.add("strategy-bot.bot.app-id", () -> APP_ID);
        registry.add("strategy-bot.bot.app-password", () -> "not-a-real-secret");
        registry.add("strategy-bot.bot.open-id-metadata", () -> base + "/.well-known/openidconfiguration");
        registry.add("strategy-bot.allowed-tenants", () -> TeamsActivities.TENANT);
    }

    @AfterAll
    static void stop() {
        openId.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aValidTokenIsAccepted() throws Exception {
        HttpResponse<String> response = post(token(base(), signing));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("safe and cared for");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"missing", "not a JWT", "signed by another key", "expired", "no expiry", "wrong audience",
            "wrong issuer", "another service URL", "no service URL", "unsigned"})
    void anyOtherTokenIsUnauthorised(String what) throws Exception {
        String header = switch (what) {
            case "missing" -> null;
            case "not a JWT" -> "Bearer not.a.jwt";
            case "signed by another key" -> token(base(), stranger);
            case "expired" -> token(base().withExpiresAt(Date.from(Instant.now().minusSeconds(3600))), signing);
            case "no expiry" -> token(JWT.create().withIssuer(ISSUER).withAudience(APP_ID).withKeyId("test-key")
                    .withClaim("serviceurl", SERVICE_URL).withIssuedAt(new Date()), signing);
            case "wrong audience" -> token(base().withAudience("00000000-0000-0000-0000-000000000000"), signing);
            case "wrong issuer" -> token(base().withIssuer("https://sts.windows.net/someone-else/"), signing);
            case "another service URL" -> token(base().withClaim("serviceurl", "https://evil.example/"), signing);
            case "no service URL" -> token(JWT.create().withIssuer(ISSUER).withAudience(APP_ID).withKeyId("test-key")
                    .withExpiresAt(Date.from(Instant.now().plusSeconds(600))), signing);
            default -> "Bearer " + JWT.create().withIssuer(ISSUER).withAudience(APP_ID).withClaim("serviceurl", SERVICE_URL)
                    .withExpiresAt(Date.from(Instant.now().plusSeconds(600))).sign(Algorithm.none());
        };
        HttpResponse<String> response = post(header);
        assertThat(response.statusCode()).as(what).isEqualTo(401);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("safe and cared for");
    }

    /**
     * The tenant an activity names is the sender's word until its token is checked: a stranger without one is
     * unauthorised, and leaves no warning about a foreign tenant in the log for every try.
     */
    @Test
    void theTenantIsCheckedOnlyOnceTheSenderIsAuthenticated(CapturedOutput output) throws Exception {
        ObjectNode foreign = activity();
        foreign.with("conversation").put("tenantId", "99999999-9999-9999-9999-999999999999");
        foreign.with("channelData").with("tenant").put("id", "99999999-9999-9999-9999-999999999999");

        HttpResponse<String> stranger = post(foreign, null);
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(output).doesNotContain("Refused activity " + foreign.get("id").asText() + " from tenant");

        HttpResponse<String> authenticated = post(foreign, token(base(), signing));
        assertThat(authenticated.statusCode()).isEqualTo(403);
        assertThat(authenticated.body()).contains("does not serve your organisation").doesNotContain("safe and cared for");
    }

    private static JWTCreator.Builder base() {
        return JWT.create().withIssuer(ISSUER).withAudience(APP_ID).withKeyId("test-key")
                .withClaim("serviceurl", SERVICE_URL).withIssuedAt(new Date())
                .withExpiresAt(Date.from(Instant.now().plusSeconds(600)));
    }

    private static String token(JWTCreator.Builder claims, KeyPair key) {
        return "Bearer " + claims.sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
    }

    private static ObjectNode activity() {
        ObjectNode activity = TeamsActivities.message(SERVICE_URL, Conversation.PERSONAL, "what is our vision?");
        activity.put("deliveryMode", "expectReplies");
        return activity;
    }

    private HttpResponse<String> post(String authorization) throws Exception {
        return post(activity(), authorization);
    }

    private HttpResponse<String> post(ObjectNode activity, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(activity.toString()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return rsa.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64url without padding, and without the sign byte Java puts before a big integer's magnitude. */
    private static String b64(byte[] bytes) {
        byte[] b = bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
