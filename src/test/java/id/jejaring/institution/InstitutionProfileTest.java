package id.jejaring.institution;

import id.jejaring.SignedIn;
import id.jejaring.shared.TenantContext;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The institution profile as its manager and staff use it: edit with validation beside
 * the fields, optimistic locking, and the change history from Envers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InstitutionProfileTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Test
	void managerSavesAProfileWithNormalisedPhoneNumbersAndSeesItInTheHistory() throws Exception {
		Institution before = bandung();
		this.mvc
			.perform(profile(before, "phone", "(022) 589-1235", "whatsapp", "0813 2245 6790", "vision",
					"Visi baru " + before.getVersion()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/institution"));

		Institution after = bandung();
		assertThat(after.getPhone()).isEqualTo("+62225891235");
		assertThat(after.getWhatsapp()).isEqualTo("+6281322456790");
		assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
		assertThat(after.getUpdatedBy()).isEqualTo("pengelola.bandung");

		this.mvc.perform(get("/institution/history").with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Visi baru " + before.getVersion()),
					containsString("+62225891235"), containsString("oleh pengelola.bandung"))));
	}

	@Test
	void badInputIsExplainedBesideTheFieldsAndNothingIsSaved() throws Exception {
		Institution before = bandung();
		String otherNpsn = this.institutions.findByNpsn("K5659876").orElseThrow().getNpsn();
		this.mvc
			.perform(profile(before, "phone", "12345", "email", "bukan-email", "regionCode", "99.99", "npsn", otherNpsn,
					"website", "terampil.id", "foundedYear", "tahun lalu"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nomor telepon tidak valid"),
					containsString("Alamat email tidak valid"), containsString("Pilih wilayah dari daftar"),
					containsString("NPSN ini sudah dipakai lembaga lain"), containsString("http:// atau https://"),
					containsString("Isi tahun dengan empat angka"), not(containsString("Exception")))));
		assertThat(bandung().getVersion()).isEqualTo(before.getVersion());
	}

	@Test
	void anEditBasedOnAnOlderVersionIsRefusedWithAReloadMessage() throws Exception {
		Institution before = bandung();
		this.mvc.perform(profile(before, "version", String.valueOf(before.getVersion() + 100)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("telah diubah oleh pengguna lain")));
		assertThat(bandung().getVersion()).isEqualTo(before.getVersion());
	}

	@Test
	void aFormThatCannotBeReadGetsTheBadRequestPageNotAnError() throws Exception {
		Institution before = bandung();
		// MockMvc does not render the container's error page; the status says it all
		// here.
		this.mvc.perform(profile(before, "version", "bukan-angka")).andExpect(status().isBadRequest());
		assertThat(bandung().getVersion()).isEqualTo(before.getVersion());
	}

	@Test
	void staffReadTheProfileButCannotEditIt() throws Exception {
		this.mvc.perform(get("/institution").with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LKP Terampil Mandiri")));
		this.mvc.perform(get("/institution/edit").with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isForbidden());
		this.mvc.perform(profile(bandung()).with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isForbidden());
	}

	@Test
	void eachInstitutionSeesOnlyItsOwnProfile() throws Exception {
		this.mvc.perform(get("/institution").with(SignedIn.as(this.users, "pengelola.semarang")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("LKP Cipta Karya"), not(containsString("LKP Terampil Mandiri")))));
	}

	private Institution bandung() {
		return TenantContext.callAs(this.institutions.findByNpsn("K5651234").orElseThrow().getId(),
				this.institutions::current);
	}

	/**
	 * The profile form as the browser would post it: the current values, with some
	 * changed.
	 * @param changes field name, new value, field name, new value…
	 */
	private MockHttpServletRequestBuilder profile(Institution current, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(current.getVersion()));
		fields.put("name", current.getName());
		fields.put("npsn", current.getNpsn());
		fields.put("legalBody", current.getLegalBody());
		fields.put("address", current.getAddress());
		fields.put("regionCode", current.getRegionCode());
		fields.put("phone", current.getPhone());
		fields.put("whatsapp", current.getWhatsapp());
		fields.put("email", current.getEmail());
		fields.put("website", current.getWebsite());
		fields.put("headName", current.getHeadName());
		fields.put("foundedYear", String.valueOf(current.getFoundedYear()));
		fields.put("accreditationGrade", current.getAccreditationGrade());
		fields.put("accreditationYear", String.valueOf(current.getAccreditationYear()));
		fields.put("vision", current.getVision());
		fields.put("mission", current.getMission());
		fields.put("goals", current.getGoals());
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/institution").with(manager()).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor manager() {
		return SignedIn.as(this.users, "pengelola.bandung");
	}

}
