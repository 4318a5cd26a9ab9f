package org.strategybot.reports;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl where people reach the application (env STRATEGY_BOT_PUBLIC_URL): links in chat to the
 *                  dashboard and the report are built on it
 */
@ConfigurationProperties("strategy-bot")
public record ReportSettings(@DefaultValue("http://localhost:3978") URI publicUrl) {

    /** The dashboard's report view, where the report is chosen by period and downloaded with the viewer's credential. */
    public String reportPage() {
        return base() + "/dashboard/#report";
    }

    public String dashboardPage() {
        return base() + "/dashboard/";
    }

    private String base() {
        String url = publicUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
