package org.strategybot.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.strategybot.StrategyBotApplication;
import org.strategybot.bot.TeamsActivities.Conversation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Without an app id anyone who reaches /api/messages can claim to be anyone. Such a bot serves only its own machine
 * unless a setting named for the risk says otherwise, says so loudly at start-up, and refuses to be published on a
 * network address by accident.
 */
@EndpointTest
// an application of its own, so that its start-up (and warning) happens while this class captures the output
@TestPropertySource(properties = "strategy-bot.bot.member-lookup-timeout=4s")
@ExtendWith(OutputCaptureExtension.class)
class AnonymousModeTest {

    static final String TEAMS_CONNECTOR = "https://smba.trafficmanager.net/uk/";

    FakeConnector connector;

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;

    @Test
    void withNothingConfiguredItListensOnLoopbackOnlyAndWarns(CapturedOutput output) throws Exception {
        Connector tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(((InetAddress) tomcat.getProperty("address")).isLoopbackAddress()).isTrue();
        for (InetAddress address : thisMachinesNetworkAddresses()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2_000))
                        .as("reached on " + address).isInstanceOf(IOException.class);
            }
        }
        assertThat(output).contains("ANONYMOUS MODE: THIS MACHINE ONLY").contains("Set MicrosoftAppId");
        assertThat(post(TeamsActivities.message(connector.url(), Conversation.PERSONAL, "what is our vision?")).statusCode())
                .as("the loopback connector, as botprobe and the Agents Playground use").isBetween(200, 202);
    }

    @Test
    void repliesGoOnlyToAConnectorOnThisMachine() throws Exception {
        ObjectNode elsewhere = TeamsActivities.message(TEAMS_CONNECTOR, Conversation.PERSONAL, "what is our vision?");
        elsewhere.put("deliveryMode", "expectReplies");
        HttpResponse<String> response = post(elsewhere);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("no app id").doesNotContain("safe and cared for");

        ObjectNode internal = TeamsActivities.message("http://169.254.169.254/latest/", Conversation.PERSONAL, "hello");
        assertThat(post(internal).statusCode()).as("a metadata service is not this machine").isEqualTo(403);
    }

    @Test
    void aNetworkAddressWithoutAnAppIdStopsTheStartSayingWhy() throws Exception {
        SpringApplicationBuilder app = new SpringApplicationBuilder(StrategyBotApplication.class);
        assertThatThrownBy(() -> app.run("--server.port=0", "--server.address=0.0.0.0", "--strategy-bot.digest.enabled=false",
                "--strategy-bot.data-dir=" + Files.createTempDirectory("strategy-bot-anonymous")).close())
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                        .contains("MicrosoftAppId is empty").contains("server.address=0.0.0.0")
                        .contains("strategy-bot.bot.allow-anonymous-from-network"));
    }

    /** The explicit setting: anonymous on the network, for a trusted network only, and said as loudly. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "strategy-bot.bot.allow-anonymous-from-network=true")
    @ExtendWith(OutputCaptureExtension.class)
    class OpenToTheNetwork {

        @LocalServerPort
        int openPort;

        @Test
        void anyServiceUrlIsServedAndTheWarningSaysWhatThatMeans(CapturedOutput output) throws Exception {
            ObjectNode elsewhere = TeamsActivities.message(TEAMS_CONNECTOR, Conversation.PERSONAL, "what is our vision?");
            elsewhere.put("deliveryMode", "expectReplies");
            HttpResponse<String> response = send(openPort, elsewhere);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("safe and cared for");
            assertThat(output).contains("ANONYMOUS MODE, OPEN TO THE NETWORK").contains("pose as any person");
        }
    }

    private static List<InetAddress> thisMachinesNetworkAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).toList();
    }

    private HttpResponse<String> post(ObjectNode activity) throws Exception {
        return send(port, activity);
    }

    private static HttpResponse<String> send(int port, ObjectNode activity) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
