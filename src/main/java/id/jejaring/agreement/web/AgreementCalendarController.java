package id.jejaring.agreement.web;

import java.nio.charset.StandardCharsets;

import id.jejaring.agreement.AgreementCalendar;
import id.jejaring.identity.JejaringUser;
import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The expiry calendar: a small page where users of the institution make, renew or revoke
 * their secret subscription link, and the feed itself, which calendar apps fetch without
 * signing in (the security configuration lets it through; the token is the key).
 */
@Controller
class AgreementCalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	static final String FEED_PATH = "/calendar/agreements.ics";

	private final AgreementCalendar calendar;

	private final String baseUrl;

	AgreementCalendarController(AgreementCalendar calendar, @Value("${jejaring.base-url:}") String baseUrl) {
		this.calendar = calendar;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/agreements/calendar")
	@PreAuthorize(Access.EDIT)
	String page(@AuthenticationPrincipal JejaringUser user, Model model) {
		model.addAttribute("createdAt", this.calendar.feedCreatedAt(userId(user)).orElse(null));
		return "agreement/calendar";
	}

	/** A new link; it is shown once, on the page the browser is sent back to. */
	@PostMapping("/agreements/calendar/renew")
	@PreAuthorize(Access.EDIT)
	String renew(@AuthenticationPrincipal JejaringUser user, RedirectAttributes redirect) {
		String token = this.calendar.renew(userId(user));
		String url = UriComponentsBuilder.fromUriString(this.baseUrl + FEED_PATH)
			.queryParam("token", token)
			.build()
			.toUriString();
		redirect.addFlashAttribute("feedUrl", url);
		redirect.addFlashAttribute("webcalUrl", url.replaceFirst("^https?://", "webcal://"));
		redirect.addFlashAttribute("success", "agreement.calendar.renewed");
		return "redirect:/agreements/calendar";
	}

	@PostMapping("/agreements/calendar/revoke")
	@PreAuthorize(Access.EDIT)
	String revoke(@AuthenticationPrincipal JejaringUser user, RedirectAttributes redirect) {
		this.calendar.revoke(userId(user));
		redirect.addFlashAttribute("success", "agreement.calendar.revoked");
		return "redirect:/agreements/calendar";
	}

	/** The feed: 404 for a missing, unknown or revoked token. */
	@GetMapping(FEED_PATH)
	ResponseEntity<String> feed(@RequestParam(required = false) String token) {
		String ics = this.calendar.feed(token).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(ics);
	}

	private static java.util.UUID userId(JejaringUser user) {
		if (user == null) {
			throw new NotFoundException();
		}
		return user.id();
	}

}
