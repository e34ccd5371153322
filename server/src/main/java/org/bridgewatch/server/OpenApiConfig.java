package org.bridgewatch.server;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the bearer-token scheme the write operations use. */
@Configuration
public class OpenApiConfig {

  @Bean
  OpenAPI bridgewatchOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Bridgewatch API").version("v1")
            .description("Community Notes for a community: posts, notes, ratings, note requests, public export."))
        .components(new Components().addSecuritySchemes("bearer",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API token from sign-up or POST /api/v1/contributors/me/tokens")));
  }
}
