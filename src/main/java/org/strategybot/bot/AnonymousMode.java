package org.strategybot.bot;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Without an app id the endpoint cannot tell Teams from anyone else: whoever reaches it can claim to be any person,
 * an administrator included, and name any address for the replies. So, unless
 * {@code strategy-bot.bot.allow-anonymous-from-network} says otherwise, the web server listens on loopback only (the
 * README's run command, the tests, botprobe and the Agents Playground all talk to 127.0.0.1), and an explicit
 * {@code server.address} beyond this machine stops the start-up (the container image sets 0.0.0.0, so an image
 * started without an app id fails at once, saying why). The endpoint also refuses other callers and service URLs.
 */
final class AnonymousMode implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(AnonymousMode.class);

    private final BotSettings settings;
    private final Environment environment;

    AnonymousMode(BotSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    /** After Spring Boot's own customizer, which applies server.address. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (!settings.anonymous()) {
            return;
        }
        String configured = environment.getProperty("server.address", "").trim();
        if (settings.allowAnonymousFromNetwork()) {
            log.warn("""

                    *** ANONYMOUS MODE, OPEN TO THE NETWORK ***
                    MicrosoftAppId is empty and strategy-bot.bot.allow-anonymous-from-network is true: anyone who can reach
                    this port ({}) can pose as any person, administrators included, change the action plan, and make the
                    bot send requests to any address. Use it only on a network you trust; set MicrosoftAppId for Teams.""",
                    configured.isEmpty() ? "every interface" : configured);
            return;
        }
        if (configured.isEmpty()) {
            factory.setAddress(InetAddress.getLoopbackAddress());
        } else if (!isLoopback(configured)) {
            throw new IllegalStateException("MicrosoftAppId is empty, so /api/messages would accept requests without a "
                    + "Bot Framework token, and server.address=" + configured + " would open it beyond this machine. Set "
                    + "MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId (docs/deployment.md, section 2), or, "
                    + "only on a network you trust, strategy-bot.bot.allow-anonymous-from-network=true.");
        }
        log.warn("""

                *** ANONYMOUS MODE: THIS MACHINE ONLY ***
                MicrosoftAppId is empty, so /api/messages takes requests without a Bot Framework token, as the Agents
                Playground, the Emulator and botprobe send them. It listens on {} and answers only callers and service
                URLs on this machine. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId before Teams
                or anyone else is to reach it.""", configured.isEmpty() ? InetAddress.getLoopbackAddress().getHostAddress()
                : configured);
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
