package id.jejaring.identity.web;

import java.util.Locale;
import java.util.Set;

import id.jejaring.identity.JejaringUser;
import id.jejaring.identity.UserManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Switches the interface language (a POST, since it changes the user's stored preference)
 * and returns to the page the user was on.
 */
@Controller
class LocaleController {

	private static final Set<String> SUPPORTED = Set.of("id", "en");

	private final LocaleResolver localeResolver;

	private final UserManagement users;

	LocaleController(LocaleResolver localeResolver, UserManagement users) {
		this.localeResolver = localeResolver;
		this.users = users;
	}

	@PostMapping("/locale")
	String change(@RequestParam String lang, @RequestParam(defaultValue = "/") String returnTo,
			@AuthenticationPrincipal JejaringUser user, HttpServletRequest request, HttpServletResponse response) {
		if (SUPPORTED.contains(lang)) {
			Locale locale = Locale.forLanguageTag(lang);
			this.localeResolver.setLocale(request, response, locale);
			if (user != null) {
				this.users.preferLocale(user.id(), locale);
			}
		}
		return "redirect:" + safeReturn(returnTo);
	}

	/** Only same-site paths, so the form cannot be used to send users elsewhere. */
	static String safeReturn(String returnTo) {
		return (returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")) ? returnTo : "/";
	}

}
