package id.jejaring.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * {@code Authorization: Bearer jjr_…} on API requests, through Spring Security's
 * {@link AuthenticationFilter}. Token requests are stateless: no session is created.
 */
@Component
class ApiTokenAuthentication {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	ApiTokenAuthentication(ApiTokens tokens) {
		this.tokens = tokens;
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.startsWith(BEARER);
	}

	AuthenticationFilter filter() {
		AuthenticationConverter converter = (request) -> hasBearerToken(request) ? UsernamePasswordAuthenticationToken
			.unauthenticated("token", request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).trim())
				: null;
		AuthenticationManager manager = (authentication) -> {
			JejaringUser user = this.tokens.authenticate((String) authentication.getCredentials())
				.orElseThrow(() -> new BadCredentialsException("Unknown or revoked token"));
			return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		};
		AuthenticationFilter filter = new AuthenticationFilter(manager, converter);
		filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
		filter.setSuccessHandler((request, response, authentication) -> {
		});
		filter.setFailureHandler(ApiProblems::unauthorized);
		return filter;
	}

}
