package id.jejaring.ui;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs: the API accepts the browser session or a
 * personal API token as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI jejaringApi() {
		return new OpenAPI()
			.info(new Info().title("Jejaring API")
				.version("v1")
				.description("Partnership management for course and training institutions (LKP). Every request "
						+ "acts for the signed-in user's institution. Authenticate with the browser session "
						+ "(writes need the CSRF token) or with a personal API token from the My account page: "
						+ "Authorization: Bearer jjr_…. Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("personalToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("personalToken"));
	}

}
