package id.jejaring.partner;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.NeedAspect;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partner map shows the filtered partners that have a location (page and API), and
 * only its page lets images come from the tile server.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerMapWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	static PartnerDetails located(String name, String category, String region, String latitude, String longitude,
			PartnerStatus status, String tag) {
		return new PartnerDetails(PartnerKind.ORGANISATION, name, category, null, null, null, region,
				(latitude != null) ? new BigDecimal(latitude) : null,
				(longitude != null) ? new BigDecimal(longitude) : null, null, null, null, null, null, null,
				List.of(new PartnerDetails.Offering(NeedAspect.FACILITIES, null)), false, null, null, status,
				List.of(tag), null);
	}

	@Test
	void theMapShowsFilteredPartnersWithALocationOnly() throws Exception {
		PartnerMother mother = new PartnerMother(this.institutions, this.partners);
		UUID bandung = mother.bandung();
		String tag = "peta-" + UUID.randomUUID().toString().substring(0, 6);
		Partner bank = mother.partner(bandung, located(PartnerMother.unique("Bank Peta"), "BUSINESS.CSR", "32.04.33",
				"-7.0123", "107.7512", PartnerStatus.ACTIVE, tag));
		Partner nowhere = mother.partner(bandung, located(PartnerMother.unique("Koperasi Tanpa Lokasi"), "BUSINESS.CSR",
				"32.04.33", null, null, PartnerStatus.ACTIVE, tag));
		Partner former = mother.partner(bandung, located(PartnerMother.unique("Mantan Peta"), "BUSINESS.CSR",
				"32.04.33", "-7.1", "107.6", PartnerStatus.FORMER, tag));

		this.mvc.perform(get("/partners/map?tag=" + tag).with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(bank.getName())))
			.andExpect(content().string(containsString("data-lat=\"-7.0123")))
			.andExpect(content().string(containsString(former.getName())))
			.andExpect(content().string(not(containsString(nowhere.getName()))))
			.andExpect(content().string(containsString("/dist/leaflet.js")))
			.andExpect(header().string("Content-Security-Policy",
					containsString("img-src 'self' data: https://tile.openstreetmap.org;")));
		this.mvc
			.perform(get("/partners/map?tag=" + tag + "&status=ACTIVE").with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(bank.getName())))
			.andExpect(content().string(not(containsString(former.getName()))));

		this.mvc.perform(get("/api/v1/partners/map?tag=" + tag).with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.features.length()").value(2))
			.andExpect(jsonPath("$.features[?(@.properties.name == '%s')].geometry.coordinates[0]", bank.getName())
				.value(107.7512));
		this.mvc
			.perform(get("/api/v1/partners/map?tag=" + tag + "&category=GOVERNMENT")
				.with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		// another institution sees none of them
		this.mvc.perform(get("/api/v1/partners/map?tag=" + tag).with(SignedIn.as(this.users, "pengelola.semarang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void onlyTheMapPageAllowsTileImages() throws Exception {
		this.mvc.perform(get("/partners").with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/partners/map")))
			.andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data:;")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("openstreetmap"))));
	}

}
