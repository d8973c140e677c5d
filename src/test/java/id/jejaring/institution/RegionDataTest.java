package id.jejaring.institution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regions of Indonesia as loaded by {@link RegionDataMigration} (Kepmendagri
 * 300.2.2-2138/2025), and the picker fragment that serves them.
 */
@SpringBootTest
class RegionDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserDetailsService users;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void allProvincesRegenciesAndDistrictsAreLoaded() {
		assertThat(count("select count(*) from region where level = 'PROVINCE'")).isEqualTo(38);
		assertThat(count("select count(*) from region where level = 'REGENCY'")).isEqualTo(514);
		assertThat(count("select count(*) from region where level = 'DISTRICT'")).isEqualTo(7_285);
		assertThat(count("select count(*) from region")).isEqualTo(38 + 514 + 7_285);
	}

	@Test
	void everyRegionHangsUnderTheLevelAbove() {
		assertThat(count("select count(*) from region where level = 'PROVINCE' and parent_code is null")).isEqualTo(38);
		assertThat(count("select count(*) from region c join region p on c.parent_code = p.code "
				+ "where c.level = 'REGENCY' and p.level = 'PROVINCE' and c.code like p.code || '.%'"))
			.isEqualTo(514);
		assertThat(count("select count(*) from region c join region p on c.parent_code = p.code "
				+ "where c.level = 'DISTRICT' and p.level = 'REGENCY' and c.code like p.code || '.%'"))
			.isEqualTo(7_285);
	}

	@Test
	void pickerForKabupatenBandungOffersItsDistricts() throws Exception {
		String html = this.mvc
			.perform(get("/regions/picker").param("regionPick", "32.04")
				.with(user(this.users.loadUserByUsername("pengelola.bandung"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"region-picker-regionCode\"")
			.contains("name=\"regionCode\" value=\"32.04\"")
			.containsPattern("<option value=\"32\" selected=\"selected\">Jawa Barat</option>")
			.containsPattern("<option value=\"32.04\" selected=\"selected\">Kabupaten Bandung</option>")
			.contains("<option value=\"32.04.37\">Soreang</option>");
		long districtsOffered = occurrences(Pattern.compile("<option value=\"32\\.04\\.\\d{2}\">"), html);
		assertThat(districtsOffered).isEqualTo(count("select count(*) from region where parent_code = '32.04'"))
			.isGreaterThan(30);
		assertThat(html).doesNotContain("<option value=\"33.74.11\"");
	}

	@Test
	void pickerNeedsASignedInUser() throws Exception {
		this.mvc.perform(get("/regions/picker").param("regionPick", "32.04")).andExpect(status().is3xxRedirection());
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static long occurrences(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		long count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
