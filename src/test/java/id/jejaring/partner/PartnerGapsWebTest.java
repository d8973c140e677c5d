package id.jejaring.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import id.jejaring.SignedIn;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.ProgramMother;
import id.jejaring.institution.Programs;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedDetails;
import id.jejaring.needs.Needs;
import id.jejaring.needs.RegionScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gap view: a category without a partner is a gap until a partner is added in it; an
 * open need without a candidate partner in its categories and region scope is listed
 * until one is added there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerGapsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	Programs programs;

	@Autowired
	Needs needs;

	@Test
	void aCategoryWithoutPartnerIsAGapUntilOneIsAdded() throws Exception {
		PartnerMother mother = new PartnerMother(this.institutions, this.partners);
		UUID bandung = mother.bandung();
		String regency = this.institutions.findByNpsn("K5651234").orElseThrow().getRegionCode().substring(0, 5);
		List<String> missing = missingCategories();
		String category = missing.stream()
			.sorted(java.util.Comparator.comparing((String code) -> !code.contains(".")))
			.findFirst()
			.orElseThrow();

		this.mvc.perform(get("/partners/gaps").with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/partners/new?category=" + category)));

		mother.partner(bandung, PartnerMapWebTest.located(PartnerMother.unique("Calon Celah"), category,
				regency + ".33", null, null, PartnerStatus.CANDIDATE, "celah"));
		assertThat(missingCategories()).doesNotContain(category);
		this.mvc.perform(get("/partners/gaps").with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/partners/new?category=" + category + "\""))));
		// the form opened from a gap starts in that category
		this.mvc.perform(get("/partners/new?category=" + category).with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + category + "\" selected")));
	}

	@Test
	void anOpenNeedWithoutCandidateIsListedUntilAPartnerFitsItsCategoryAndScope() throws Exception {
		PartnerMother mother = new PartnerMother(this.institutions, this.partners);
		// in Semarang: needs added in Bandung would change what the needs' own
		// query-count test sees
		UUID semarang = mother.semarang();
		String regency = this.institutions.findByNpsn("K5659876").orElseThrow().getRegionCode().substring(0, 5);
		String category = missingCategories("pengelola.semarang").stream()
			.sorted(java.util.Comparator.comparing((String code) -> !code.contains(".")))
			.findFirst()
			.orElseThrow();
		Need need = mother.as(semarang, () -> {
			Program program = this.programs.create(ProgramMother.sewing());
			return this.needs.create(null,
					new NeedDetails(program.getId(), null, NeedAspect.FACILITIES, PartnerMother.unique("Ruang praktik"),
							null, 1L, null, LocalDate.now().plusDays(60), null, RegionScope.SAME_REGENCY, null, null,
							List.of(category)));
		});

		assertThat(needGaps("pengelola.semarang")).contains(need.getId().toString());
		this.mvc.perform(get("/partners/gaps").with(SignedIn.as(this.users, "pengelola.semarang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(need.getTitle())));

		// outside the need's region scope, and a former partner: still no candidate
		mother.partner(semarang, PartnerMapWebTest.located(PartnerMother.unique("Jauh"), category, "32.73.01", null,
				null, PartnerStatus.ACTIVE, "celah"));
		mother.partner(semarang, PartnerMapWebTest.located(PartnerMother.unique("Mantan"), category, regency + ".10",
				null, null, PartnerStatus.FORMER, "celah"));
		assertThat(needGaps("pengelola.semarang")).contains(need.getId().toString());

		mother.partner(semarang, PartnerMapWebTest.located(PartnerMother.unique("Dekat"), category, regency + ".10",
				null, null, PartnerStatus.CANDIDATE, "celah"));
		assertThat(needGaps("pengelola.semarang")).doesNotContain(need.getId().toString());
		this.mvc.perform(get("/partners/gaps").with(SignedIn.as(this.users, "pengelola.semarang")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(need.getTitle()))));
		// another institution never sees it
		assertThat(needGaps("pengelola.bandung")).doesNotContain(need.getId().toString());
	}

	private List<String> missingCategories() throws Exception {
		return missingCategories("staf.bandung");
	}

	private List<String> missingCategories(String user) throws Exception {
		String json = this.mvc.perform(get("/api/v1/partners/gaps").with(SignedIn.as(this.users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> groups = JsonPath.read(json, "$.groups[?(@.category.missing == true)].category.code");
		List<String> members = JsonPath.read(json, "$.groups[*].members[?(@.missing == true)].code");
		return java.util.stream.Stream.concat(groups.stream(), members.stream()).toList();
	}

	private List<String> needGaps() throws Exception {
		return needGaps("pengelola.bandung");
	}

	private List<String> needGaps(String user) throws Exception {
		String json = this.mvc.perform(get("/api/v1/partners/gaps").with(SignedIn.as(this.users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.needs[*].id");
	}

}
