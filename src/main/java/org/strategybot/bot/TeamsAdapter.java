package org.strategybot.bot;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;

/**
 * The SDK's adapter, made to fetch its outgoing tokens from the bot's own tenant. botbuilder-java has no
 * tenant setting and asks the botframework.com tenant, which single-tenant bots (the only kind Azure
 * creates since July 2025) are not registered in.
 */
class TeamsAdapter extends BotFrameworkHttpAdapter {

    private final BotSettings settings;

    TeamsAdapter(BotSettings settings) {
        super(new SdkConfiguration(settings));
        this.settings = settings;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        if (settings.appTenantId() == null || settings.appTenantId().isBlank()) {
            return super.buildAppCredentials(appId, scope);
        }
        return CompletableFuture.completedFuture(
                new MicrosoftAppCredentials(appId, settings.appPassword(), settings.appTenantId().trim(), scope));
    }
}
