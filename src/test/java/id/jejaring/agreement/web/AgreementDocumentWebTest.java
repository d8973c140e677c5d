package id.jejaring.agreement.web;

import java.util.List;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementMother;
import id.jejaring.agreement.AgreementVersion;
import id.jejaring.agreement.Agreements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents download as attachments with a safe name, for the institution's users
 * only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementDocumentWebTest {

	@Autowired
	AgreementMother mother;

	@Autowired
	Agreements agreements;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theManagerDownloadsThePdfAndTheDocx() throws Exception {
		UUID bandung = this.mother.partnerships().bandung();
		Agreement agreement = this.mother.ready(bandung);
		String name = "MoU-" + agreement.getLetterNumber().replaceAll("[^A-Za-z0-9]+", "-");

		MvcResult pdf = this.mvc
			.perform(get("/agreements/{id}/document.pdf", agreement.getId())
				.with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("filename=\"" + name + ".pdf\"")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

		MvcResult docx = this.mvc
			.perform(get("/agreements/{id}/document.docx", agreement.getId())
				.with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition", containsString("filename=\"" + name + ".docx\"")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		// a DOCX is a ZIP archive
		assertThat(new String(docx.getResponse().getContentAsByteArray(), 0, 2)).isEqualTo("PK");
	}

	@Test
	void aSavedVersionDownloadsAndAnotherAgreementsVersionIsNotFound() throws Exception {
		UUID bandung = this.mother.partnerships().bandung();
		Agreement agreement = this.mother.draft(bandung);
		Agreement other = this.mother.draft(bandung);
		List<AgreementVersion> versions = this.mother.partnerships()
			.as(bandung, () -> this.agreements.versions(agreement.getId()));

		this.mvc
			.perform(get("/agreements/{id}/versions/{otherId}/document.pdf", agreement.getId(), versions.get(0).getId())
				.with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("MoU-draf-versi-1.pdf")));
		this.mvc
			.perform(get("/agreements/{id}/versions/{otherId}/document.pdf", other.getId(), versions.get(0).getId())
				.with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isNotFound());
	}

}
