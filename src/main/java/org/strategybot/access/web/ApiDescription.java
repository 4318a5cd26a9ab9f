package org.strategybot.access.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description at /api/openapi (and Swagger UI at /api/docs/swagger-ui/index.html): what the API is,
 * which version, and the two ways to call it that {@link SecurityConfiguration} accepts, either of them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiDescription {

    static final String API_KEY = "apiKey";
    static final String BEARER = "entraId";

    @Bean
    OpenAPI strategyBotApi(ObjectProvider<BuildProperties> build) {
        // the build writes its version into build-info.properties; a run straight from an IDE's classes has none
        String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info().title("strategy-bot API").version(version)
                        .description("The strategy, the action plan, its history, reports and digests that the Teams bot "
                                + "answers from. Reading needs any caller; writing an administrator.")
                        .license(new License().name("MIT")))
                .components(new Components()
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiKeyAuthentication.HEADER)
                                .description("A machine client's key (strategy-bot.api-keys or strategy-bot.clients)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("An Entra ID access token, when strategy-bot.entra is configured")))
                // two requirements: either one will do
                .addSecurityItem(new SecurityRequirement().addList(API_KEY))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
