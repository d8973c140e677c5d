package id.jejaring.identity.web;

import id.jejaring.identity.JejaringUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the signed-in principal kept in the session (after a password change, or when
 * a facilitator starts or stops visiting an institution).
 */
@Component
class SessionPrincipal {

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	void replace(JejaringUser principal, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

}
