package org.strategybot.bot;

import java.util.Properties;

import com.microsoft.bot.integration.Configuration;

/** The bot settings under the names botbuilder-java reads them by. */
final class SdkConfiguration implements Configuration {

    private final Properties properties = new Properties();

    SdkConfiguration(BotSettings settings) {
        put("MicrosoftAppId", settings.appId());
        put("MicrosoftAppPassword", settings.appPassword());
        put("MicrosoftAppTenantId", settings.appTenantId());
        put("BotOpenIdMetadata", settings.openIdMetadata());
    }

    private void put(String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.setProperty(key, value.trim());
        }
    }

    @Override
    public String getProperty(String key) {
        return properties.getProperty(key);
    }

    @Override
    public Properties getProperties() {
        return (Properties) properties.clone();
    }

    @Override
    public String[] getProperties(String key) {
        String value = getProperty(key);
        return value == null ? null : value.split(",");
    }
}
