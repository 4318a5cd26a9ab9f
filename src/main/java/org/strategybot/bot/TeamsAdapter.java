package org.strategybot.bot;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.auth0.jwt.JWT;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.GovernmentChannelValidation;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftGovernmentAppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.ConfigurationChannelProvider;
import com.microsoft.bot.integration.ConfigurationCredentialProvider;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.schema.Activity;

/**
 * The SDK's adapter, made to fetch its outgoing tokens from the bot's own tenant, and to authenticate a request
 * as a step of its own. botbuilder-java has no tenant setting and asks the botframework.com tenant, which
 * single-tenant bots (the only kind Azure creates since July 2025) are not registered in. Authentication comes
 * apart from processing so that nothing about the request (its tenant, say) is acted on before the caller is
 * known, and so that a token without an expiry, which the SDK's JWT check lets through, is refused. Its Bot
 * Connector clients write JSON without the SDK's flattening serializer ({@link PlainJsonAdapter}).
 */
class TeamsAdapter extends BotFrameworkHttpAdapter {

    /** The SDK's credential and channel providers, kept to authenticate with the same ones the adapter uses. */
    record Providers(CredentialProvider credentials, ChannelProvider channel) {
        static Providers of(BotSettings settings) {
            SdkConfiguration sdk = new SdkConfiguration(settings);
            return new Providers(new ConfigurationCredentialProvider(sdk), new ConfigurationChannelProvider(sdk));
        }
    }

    private final BotSettings settings;
    private final Providers providers;
    /** One client per service URL and credentials, as the SDK keeps them: each holds its own connection pool. */
    private final Map<String, ConnectorClient> connectors = new ConcurrentHashMap<>();

    TeamsAdapter(BotSettings settings) {
        this(settings, Providers.of(settings));
    }

    private TeamsAdapter(BotSettings settings, Providers providers) {
        super(providers.credentials(), providers.channel());
        this.settings = settings;
        this.providers = providers;
        if (settings.openIdMetadata() != null && !settings.openIdMetadata().isBlank()) {
            // a JVM-wide setting in the SDK, as BotFrameworkHttpAdapter's own constructor sets it
            ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadata().trim());
            GovernmentChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadata().trim());
        }
    }

    /**
     * Who sent the activity, as the Bot Framework token in the Authorization header says (anonymous when no app id
     * is configured and no header is sent); fails with an {@link AuthenticationException} otherwise.
     */
    CompletableFuture<ClaimsIdentity> authenticate(String authorization, Activity activity) {
        return JwtTokenValidation.authenticateRequest(activity, authorization, providers.credentials(), providers.channel(),
                new AuthenticationConfiguration()).thenApply(identity -> {
                    requireExpiry(authorization);
                    return identity;
                });
    }

    /** The SDK's JWT library checks an expiry only when the token has one: a token that never expires is refused. */
    private static void requireExpiry(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return;
        }
        String token = authorization.trim().replaceFirst("(?i)^bearer\\s+", "");
        if (JWT.decode(token).getExpiresAt() == null) {
            throw new AuthenticationException("The token has no expiry (exp).");
        }
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        if (settings.appTenantId() == null || settings.appTenantId().isBlank()) {
            return super.buildAppCredentials(appId, scope);
        }
        return CompletableFuture.completedFuture(
                new MicrosoftAppCredentials(appId, settings.appPassword(), settings.appTenantId().trim(), scope));
    }

    /**
     * The SDK's connector client for a service URL, made as the SDK makes it (its response builder, the same
     * credentials, empty ones when there are none) but with {@link PlainJsonAdapter}. The adapter sets no retry
     * strategy, so there is none to copy.
     */
    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl, AppCredentials credentials) {
        AppCredentials used = credentials != null ? credentials
                : providers.channel() != null && providers.channel().isGovernment() ? MicrosoftGovernmentAppCredentials.empty()
                : MicrosoftAppCredentials.empty();
        String key = keyForConnectorClient(serviceUrl, used.getAppId(), used.oAuthScope());
        ConnectorClient known = connectors.get(key);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        String baseUrl;
        try {
            if (serviceUrl == null) {
                throw new URISyntaxException("null", "no service URL");
            }
            baseUrl = new URI(serviceUrl).toURL().toString();
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Invalid Service URL: " + serviceUrl, e));
        }
        return CompletableFuture.completedFuture(connectors.computeIfAbsent(key, k -> new RestConnectorClient(
                new RestClient.Builder().withBaseUrl(baseUrl).withCredentials(used).withSerializerAdapter(new PlainJsonAdapter())
                        .withResponseBuilderFactory(new ServiceResponseBuilder.Factory()).build())));
    }
}
