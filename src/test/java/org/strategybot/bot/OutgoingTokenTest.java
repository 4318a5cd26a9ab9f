package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * The bot's outgoing token, fetched the way it is in production: the SDK's credentials (as {@link TeamsAdapter}
 * builds them for a single-tenant bot) ask msal4j, which asks Entra ID at https://login.microsoftonline.com. Here
 * that host is a local stand-in, reached through a proxy and trusted through a certificate made for the test, so
 * the real HTTP requests msal4j builds (instance discovery, the client-credentials grant) are seen and answered.
 * This is what keeps the pinned msal4j honest: a version whose requests the SDK can no longer drive fails here.
 */
class OutgoingTokenTest {

    static final String HOST = "login.microsoftonline.com";
    static final String APP_ID = "6a3f0c1e-0000-4000-8000-0000000000a1";
    static final String SECRET = "not-a-real-client-secret";
    static final String TENANT = "72f988bf-0000-4000-8000-0000000000b2";
    /** The scope botbuilder asks for when it replies to a channel. */
    static final String SCOPE = AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE;

    static HttpsServer entra;
    static ServerSocket proxy;
    static final List<String> requests = new CopyOnWriteArrayList<>();
    static final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    static final List<String> tunnels = new CopyOnWriteArrayList<>();
    static ProxySelector previousProxies;
    static SSLSocketFactory previousSockets;

    @BeforeAll
    static void standInForEntraId(@TempDir Path dir) throws Exception {
        char[] password = "changeit".toCharArray();
        Path keystore = dir.resolve("entra.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "entra", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=" + HOST, "-ext", "san=dns:" + HOST, "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(keys.getKeyManagers(), null, null);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);

        entra = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        entra.setHttpsConfigurator(new HttpsConfigurator(server));
        entra.createContext("/", OutgoingTokenTest::answer);
        entra.start();
        proxy = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread accept = new Thread(OutgoingTokenTest::tunnel, "entra-proxy");
        accept.setDaemon(true);
        accept.start();

        // msal4j's HTTP client uses the JVM's proxy selector and default socket factory: only its host is redirected
        previousProxies = ProxySelector.getDefault();
        previousSockets = HttpsURLConnection.getDefaultSSLSocketFactory();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return HOST.equalsIgnoreCase(uri.getHost())
                        ? List.of(new Proxy(Proxy.Type.HTTP, proxy.getLocalSocketAddress()))
                        : previousProxies.select(uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException e) {
                previousProxies.connectFailed(uri, sa, e);
            }
        });
        HttpsURLConnection.setDefaultSSLSocketFactory(client.getSocketFactory());
    }

    @AfterAll
    static void stop() throws IOException {
        ProxySelector.setDefault(previousProxies);
        HttpsURLConnection.setDefaultSSLSocketFactory(previousSockets);
        entra.stop(0);
        proxy.close();
    }

    @Test
    void theSdkGetsItsTokenFromTheBotsOwnTenantThroughTheClientCredentialsGrant() throws Exception {
        BotSettings settings = new BotSettings(APP_ID, SECRET, TENANT, null, false, DataSize.ofKilobytes(256),
                Duration.ofSeconds(12), Duration.ofSeconds(5));
        AppCredentials credentials = new TeamsAdapter(settings).buildAppCredentials(APP_ID, SCOPE).get(10, TimeUnit.SECONDS);

        String token = credentials.getToken().get(60, TimeUnit.SECONDS);

        assertThat(token).isEqualTo("stand-in-access-token");
        assertThat(tunnels).as("msal4j addressed Entra ID itself").allMatch(t -> t.startsWith(HOST + ":443"));
        assertThat(tokenRequests).as("requests seen: " + requests).hasSize(1);
        Map<String, String> grant = tokenRequests.get(0);
        assertThat(grant).containsEntry("grant_type", "client_credentials").containsEntry("client_id", APP_ID)
                .containsEntry("client_secret", SECRET);
        assertThat(grant.get("scope").split(" ")).contains("https://api.botframework.com/.default");
        assertThat(requests).anyMatch(r -> r.equals("POST /" + TENANT + "/oauth2/v2.0/token"));
    }

    /** Entra ID's answers to what msal4j asks: instance discovery, tenant metadata, and the token itself. */
    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + path);
        String authority = "https://" + HOST + "/" + TENANT;
        String json;
        if (path.endsWith("/discovery/instance")) {
            json = "{\"tenant_discovery_endpoint\":\"" + authority + "/v2.0/.well-known/openid-configuration\","
                    + "\"api-version\":\"1.1\",\"metadata\":[{\"preferred_network\":\"" + HOST + "\","
                    + "\"preferred_cache\":\"login.windows.net\",\"aliases\":[\"" + HOST + "\",\"login.windows.net\"]}]}";
        } else if (path.endsWith("/openid-configuration")) {
            json = "{\"token_endpoint\":\"" + authority + "/oauth2/v2.0/token\",\"authorization_endpoint\":\"" + authority
                    + "/oauth2/v2.0/authorize\",\"issuer\":\"" + authority + "/v2.0\"}";
        } else if (path.endsWith("/oauth2/v2.0/token")) {
            tokenRequests.add(form(body));
            json = "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                    + "\"access_token\":\"stand-in-access-token\"}";
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] reply = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** An HTTP CONNECT proxy that tunnels every connection to the stand-in, whatever host was asked for. */
    private static void tunnel() {
        while (!proxy.isClosed()) {
            try {
                Socket client = proxy.accept();
                String request = readHead(client.getInputStream());
                tunnels.add(request.split(" ")[1]);
                Socket upstream = new Socket("127.0.0.1", entra.getAddress().getPort());
                client.getOutputStream().write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                pipe(client.getInputStream(), upstream.getOutputStream());
                pipe(upstream.getInputStream(), client.getOutputStream());
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        List<Byte> head = new ArrayList<>();
        int b;
        while ((b = in.read()) != -1) {
            head.add((byte) b);
            int n = head.size();
            if (n >= 4 && head.get(n - 4) == '\r' && head.get(n - 3) == '\n' && head.get(n - 2) == '\r' && head.get(n - 1) == '\n') {
                break;
            }
        }
        byte[] bytes = new byte[head.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = head.get(i);
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static void pipe(InputStream from, OutputStream to) {
        Thread t = new Thread(() -> {
            try (from; to) {
                from.transferTo(to);
            } catch (IOException closed) {
                // either side hung up
            }
        }, "entra-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }
}
