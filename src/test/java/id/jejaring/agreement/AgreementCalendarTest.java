package id.jejaring.agreement;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.partnership.Partnership;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The expiry calendar feed: a user's secret link opens the calendar of their institution
 * without signing in, with an all-day event on the last day of each signed agreement and
 * nothing of other institutions; a wrong, renewed or revoked token answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementCalendarTest {

	@Autowired
	AgreementMother mother;

	@Autowired
	Agreements agreements;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.bandung = this.mother.partnerships().bandung();
	}

	private String newToken(String username) throws Exception {
		String url = (String) this.mvc
			.perform(post("/agreements/calendar/renew").with(csrf()).with(SignedIn.as(this.users, username)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		assertThat(url).contains("/calendar/agreements.ics?token=");
		return UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst("token");
	}

	private String feed(String token) throws Exception {
		String ics = this.mvc.perform(get("/calendar/agreements.ics").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/calendar;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// a calendar app must be able to read it
		new CalendarBuilder().build(new StringReader(ics));
		// long lines are folded (RFC 5545): unfold before looking for texts
		return ics.replace("\r\n ", "");
	}

	private void notFound(String token) throws Exception {
		this.mvc.perform(get("/calendar/agreements.ics").param("token", token)).andExpect(status().isNotFound());
	}

	@Test
	void theTokenOpensTheInstitutionsExpiryDatesAndNothingElse() throws Exception {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		Agreement signed = this.mother.signed(this.bandung, partnership, LocalDate.of(2026, 1, 1));
		Agreement draft = this.mother.draft(this.bandung);
		UUID semarang = this.mother.partnerships().semarang();
		Agreement elsewhere = this.mother.signed(semarang, this.mother.partnerships().partnership(semarang),
				LocalDate.of(2026, 1, 1));

		String ics = feed(newToken("staf.bandung"));

		assertThat(ics).contains("BEGIN:VCALENDAR", "UID:agreement-" + signed.getId() + "@jejaring",
				"SUMMARY:Berakhir: " + signed.getTitle() + " " + signed.getLetterNumber(), "BEGIN:VALARM");
		int uid = ics.indexOf("UID:agreement-" + signed.getId());
		String event = ics.substring(ics.lastIndexOf("BEGIN:VEVENT", uid), ics.indexOf("END:VEVENT", uid));
		// all day on the last day of the validity
		assertThat(event).contains("DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101");
		assertThat(ics).doesNotContain("agreement-" + draft.getId(), "agreement-" + elsewhere.getId());
	}

	@Test
	void aWrongRenewedOrRevokedTokenAnswers404() throws Exception {
		String first = newToken("pengelola.bandung");
		feed(first);
		notFound(this.bandung + ".tebakan");
		notFound(first.substring(0, first.length() - 2) + "xx");
		notFound("bukan-token");
		this.mvc.perform(get("/calendar/agreements.ics")).andExpect(status().isNotFound());
		// the token names its institution; another institution's id with the same secret
		// finds nothing
		notFound(this.mother.partnerships().semarang() + first.substring(first.indexOf('.')));

		String second = newToken("pengelola.bandung");
		notFound(first);
		feed(second);
		this.mvc.perform(get("/agreements/calendar").with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("calendar-feed-active")));

		this.mvc
			.perform(
					post("/agreements/calendar/revoke").with(csrf()).with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().is3xxRedirection());
		notFound(second);
	}

}
