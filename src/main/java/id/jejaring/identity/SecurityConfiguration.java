package id.jejaring.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the JSON API ({@code /api/**}, session or personal token, JSON
 * errors) and the HTML application (form sign-in). Both keep CSRF protection for browser
 * sessions and send a Content-Security-Policy that allows only our own scripts and
 * styles.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The only page that shows images from elsewhere: the partner map's tiles. */
	static final String MAP_PAGE = "/partners/map";

	/**
	 * The policy for the partner map: the same, with images also from the configured tile
	 * server's origin ({s} sub-domains become a wildcard).
	 */
	static String mapContentSecurityPolicy(String tileUrl) {
		String origin = tileOrigin(tileUrl);
		return (origin != null)
				? CONTENT_SECURITY_POLICY.replace("img-src 'self' data:;", "img-src 'self' data: " + origin + ";")
				: CONTENT_SECURITY_POLICY;
	}

	/** https://{s}.tile.example.org/{z}/{x}/{y}.png → https://*.tile.example.org */
	static String tileOrigin(String tileUrl) {
		if (tileUrl == null) {
			return null;
		}
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("^(https?://)([A-Za-z0-9.{}\\-]+)(:[0-9]+)?(/.*)?$")
			.matcher(tileUrl.trim());
		if (!matcher.matches()) {
			return null;
		}
		String host = matcher.group(2).replace("{s}", "*");
		if (!host.matches("(\\*\\.)?[A-Za-z0-9.\\-]+")) {
			return null;
		}
		return matcher.group(1) + host + ((matcher.group(3) != null) ? matcher.group(3) : "");
	}

	private final String mapPolicy;

	SecurityConfiguration(
			@org.springframework.beans.factory.annotation.Value("${jejaring.map.tile-url:}") String tileUrl) {
		this.mapPolicy = mapContentSecurityPolicy(tileUrl);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottledAuthenticationProvider authenticationProvider(JejaringUserDetailsService userDetails,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, SecurityLog securityLog) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthenticationProvider(passwords, throttle, securityLog);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthentication tokens, SecurityLog securityLog)
			throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs/**")
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.addFilterBefore(tokens.filter(),
					org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
			.csrf((csrf) -> csrf.ignoringRequestMatchers(ApiTokenAuthentication::hasBearerToken))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(ApiProblems::unauthorized)
				.accessDeniedHandler((request, response, denied) -> {
					logDenied(securityLog, request);
					ApiProblems.forbidden(request, response, denied);
				}));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, LocaleResolver localeResolver, UserManagement users,
			SecurityLog securityLog) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					org.springframework.security.core.Authentication authentication)
					throws ServletException, IOException {
				if (authentication.getPrincipal() instanceof JejaringUser user) {
					String preferred = users.account(user.id()).getPreferredLocale();
					if (preferred != null) {
						localeResolver.setLocale(request, response, Locale.forLanguageTag(preferred));
					}
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		success.setDefaultTargetUrl("/");
		// The provider bean is already the global AuthenticationManager's only provider;
		// adding it to a chain as well made a failed password run it twice (chain, then
		// parent), counting two failures per attempt for the sign-in throttle.
		http.authorizeHttpRequests((authorize) -> authorize
			.requestMatchers("/login", "/error", "/error/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
					"/favicon.ico", "/favicon.svg", "/actuator/health/**")
			.permitAll()
			// the expiry calendar: calendar apps cannot sign in; AgreementCalendar checks
			// the link's secret token and answers 404 without it (any method, so a
			// calendar app's HEAD is not sent to the sign-in page)
			.requestMatchers("/calendar/agreements.ics")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/locale")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.PLATFORM_ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").successHandler(success).failureHandler(failureHandler()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(webAccessDenied(securityLog)));
		headers(http);
		return http.build();
	}

	private void headers(HttpSecurity http) throws Exception {
		String mapPolicy = this.mapPolicy;
		http.headers((headers) -> headers.addHeaderWriter((request, response) -> {
			if (!response.containsHeader("Content-Security-Policy")) {
				boolean map = request.getRequestURI().equals(request.getContextPath() + MAP_PAGE);
				response.setHeader("Content-Security-Policy", map ? mapPolicy : CONTENT_SECURITY_POLICY);
			}
		})
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(
					(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=(self)")));
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String reason = (exception instanceof LockedException) ? "locked"
					: (exception instanceof DisabledException) ? "disabled" : "error";
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

	private static AccessDeniedHandler webAccessDenied(SecurityLog securityLog) {
		// Without an error page it sends 403, which Boot renders with
		// templates/error/403.html.
		AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			logDenied(securityLog, request);
			delegate.handle(request, response, denied);
		};
	}

	static void logDenied(SecurityLog securityLog, HttpServletRequest request) {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		String username = (authentication != null) ? authentication.getName() : null;
		java.util.UUID institution = (authentication != null
				&& authentication.getPrincipal() instanceof JejaringUser user) ? user.institutionId() : null;
		securityLog.record(SecurityEvent.Kind.ACCESS_DENIED, username, institution,
				request.getMethod() + " " + request.getRequestURI());
	}

}
