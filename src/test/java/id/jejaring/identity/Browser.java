package id.jejaring.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A browser for MockMvc: keeps cookies between requests (the session lives in the
 * database, named by the SESSION cookie) and signs in through the real login form.
 */
final class Browser {

	static final String SESSION_COOKIE = "SESSION";

	private final MockMvc mvc;

	private final String address;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	Browser(MockMvc mvc) {
		this(mvc, "127.0.0.1");
	}

	/** A browser at its own address, so sign-in failures per address do not add up. */
	Browser(MockMvc mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		request.with((servletRequest) -> {
			servletRequest.setRemoteAddr(this.address);
			return servletRequest;
		});
		MvcResult result = this.mvc.perform(request).andReturn();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

	MvcResult signIn(String username, String password) throws Exception {
		return perform(post("/login").param("username", username).param("password", password).with(csrf()));
	}

	/** The SESSION cookie's value, or null without a session. */
	String session() {
		Cookie cookie = this.cookies.get(SESSION_COOKIE);
		return (cookie != null) ? cookie.getValue() : null;
	}

	void useSession(String value) {
		this.cookies.put(SESSION_COOKIE, new Cookie(SESSION_COOKIE, value));
	}

}
