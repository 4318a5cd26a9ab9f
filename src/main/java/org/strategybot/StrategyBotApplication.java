package org.strategybot;

import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.strategybot.planadmin.PlanImportCommand;
import org.strategybot.search.ImportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableCaching
@EnableScheduling
public class StrategyBotApplication {
    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(StrategyBotApplication.class);
        if (ImportCommand.requested(args) || PlanImportCommand.requested(args)) {
            // an import runs beside, not instead of, a running bot: no port to take, no digest to send
            app.setWebApplicationType(WebApplicationType.NONE);
            app.run(Stream.concat(Stream.of("--strategy-bot.digest.enabled=false"), Stream.of(args)).toArray(String[]::new));
            return;
        }
        app.run(args);
    }
}
