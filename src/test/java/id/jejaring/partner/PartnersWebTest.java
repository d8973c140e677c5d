package id.jejaring.partner;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.jejaring.SignedIn;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.shared.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partner list's filters and search, a partner's page, the form with Indonesian
 * messages and likely duplicates, stale edits, contacts, archiving and the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnersWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	PartnerMother mother;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.mother = new PartnerMother(this.institutions, this.partners);
		this.bandung = this.mother.bandung();
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	long countNamed(String name) {
		return this.mother.as(this.bandung,
				() -> this.partners
					.list(new PartnerFilter(name, null, null, null, null, null, false), PageRequest.of(0, 10))
					.getTotalElements());
	}

	@Test
	void theDemoRegistryIsListedWithItsNearDuplicates() throws Exception {
		this.mvc.perform(get("/partners").param("q", "sinar garmen").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PT Sinar Garmen Majalaya")))
			.andExpect(content().string(containsString("Sinar Garmen Majalaya, PT")));
		this.mvc.perform(get("/partners").param("category", "COMMUNITY.PKK").with(staff()))
			.andExpect(content().string(containsString("TP PKK Kabupaten Bandung")))
			.andExpect(content().string(not(containsString("Bank bjb"))));
	}

	@Test
	void theListFiltersByCategoryGroupRegionStatusAspectAndTag() throws Exception {
		String tag = "uji-" + UUID.randomUUID().toString().substring(0, 6);
		PartnerDetails base = PartnerMother.garment(PartnerMother.unique("PT Saring"));
		Partner partner = this.mother.partner(this.bandung,
				new PartnerDetails(base.kind(), base.name(), base.categoryCode(), base.sector(), base.scale(),
						base.address(), base.regionCode(), base.latitude(), base.longitude(), null, null, null, null,
						null, null, base.offerings(), true, null, null, PartnerStatus.ACTIVE, java.util.List.of(tag),
						null));
		String name = partner.getName();
		expectListed(name, "tag", tag.toUpperCase());
		expectListed(name, "category", "BUSINESS");
		expectNotListed(name, "category", "GOVERNMENT");
		expectListed(name, "region", "32");
		expectListed(name, "region", "32.04");
		expectListed(name, "region", "32.04.33");
		expectNotListed(name, "region", "32.04.37");
		expectNotListed(name, "region", "33");
		expectListed(name, "status", "ACTIVE");
		expectNotListed(name, "status", "CANDIDATE");
		expectListed(name, "aspect", "FACILITIES");
		expectNotListed(name, "aspect", "FUNDS");
	}

	private void expectListed(String name, String filter, String value) throws Exception {
		this.mvc.perform(get("/partners").param("q", name).param(filter, value).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + name + "</a>")));
	}

	private void expectNotListed(String name, String filter, String value) throws Exception {
		this.mvc.perform(get("/partners").param("q", name).param(filter, value).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(">" + name + "</a>"))));
	}

	@Test
	void theSearchFindsAPartnerByAContactsNameOrPhone() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		String digits = String.valueOf(100000 + (int) (Math.random() * 899999));
		String contact = PartnerMother.unique("Wulandari");
		this.mother.contact(partner, contact, "0857" + digits + "1");
		this.mvc.perform(get("/partners").param("q", contact.substring(2).toUpperCase()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(partner.getName())));
		this.mvc.perform(get("/partners").param("q", "0857-" + digits).with(staff()))
			.andExpect(content().string(containsString(partner.getName())));
		this.mvc.perform(get("/partners").param("q", contact + " tidak ada").with(staff()))
			.andExpect(content().string(not(containsString(">" + partner.getName() + "</a>"))));
	}

	@Test
	void aPartnersPageShowsContactsWithWhatsAppLinksAndTheHistory() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		this.mother.contact(partner, "Ibu Rina Kurniasih", "0812-3456-7890");
		this.mvc.perform(get("/partners/{id}", partner.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ibu Rina Kurniasih")))
			.andExpect(content().string(containsString("href=\"https://wa.me/6281234567890\"")))
			.andExpect(content().string(containsString("Tempat magang")))
			.andExpect(content().string(containsString("Riwayat perubahan")));
	}

	@Test
	void badInputIsRefusedBesideTheFieldsInIndonesianAndNothingIsSaved() throws Exception {
		String name = PartnerMother.unique("CV Salah Isi");
		this.mvc
			.perform(post("/partners").with(csrf())
				.with(staff())
				.param("kind", "ORGANISATION")
				.param("name", name)
				.param("categoryCode", "TIDAK.ADA")
				.param("phone", "12345")
				.param("email", "bukan-email")
				.param("latitude", "95")
				.param("longitude", "107.5")
				.param("status", "CANDIDATE")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilih kategori mitra dari daftar.")))
			.andExpect(content().string(containsString("Nomor telepon tidak valid.")))
			.andExpect(content().string(containsString("Alamat email tidak valid.")))
			.andExpect(content().string(containsString("Lintang harus angka antara -90 dan 90")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")));
		assertThat(countNamed(name)).isZero();
	}

	@Test
	void aLikelyDuplicateIsShownBeforeSavingAndCanBeSavedAnyway() throws Exception {
		String words = UUID.randomUUID().toString().substring(0, 8);
		this.mother.partner(this.bandung, PartnerMother.garment("PT Kembar " + words));
		MockHttpServletRequestBuilder again = post("/partners").with(csrf())
			.with(staff())
			.param("name", "Kembar " + words + ", PT.")
			.param("categoryCode", "BUSINESS.LARGE")
			.param("regionCode", "32.04.37")
			.param("phone", "0812 9999 0000")
			.param("email", "Kembar@Example.ID")
			.param("version", "0");
		this.mvc.perform(again)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mungkin mitra ini sudah tercatat")))
			.andExpect(content().string(containsString("PT Kembar " + words)));
		assertThat(countNamed("Kembar " + words)).as("only the first one").isEqualTo(1);

		this.mvc.perform(again.param("saveAnyway", "true")).andExpect(status().is3xxRedirection());
		Partner saved = this.mother.as(this.bandung,
				() -> this.partners
					.list(new PartnerFilter("Kembar " + words + ", PT", null, null, null, null, null, false),
							PageRequest.of(0, 10))
					.getContent()
					.stream()
					.filter((p) -> p.getName().endsWith(", PT."))
					.findFirst()
					.orElseThrow());
		assertThat(saved.getPhone()).isEqualTo("+6281299990000");
		assertThat(saved.getEmail()).isEqualTo("kembar@example.id");
		assertThat(saved.getNameNormalised()).isEqualTo("kembar " + words);
	}

	@Test
	void editingAPartnerSavedBesideALookAlikeWarnsOnlyWhenTheChangeBringsALikeness() throws Exception {
		String words = UUID.randomUUID().toString().substring(0, 8);
		Partner first = this.mother.partner(this.bandung, PartnerMother.garment("PT Kembar Ubah " + words));
		this.mother.as(this.bandung,
				() -> this.partners.update(first.getId(), first.getVersion(),
						new PartnerDetails(first.getKind(), first.getName(), "BUSINESS.CSR", null, null, null,
								"32.04.33", null, null, null, null, "ubah-" + words + "@contoh.id", null, null, null,
								List.of(), false, null, null, PartnerStatus.ACTIVE, List.of(), null)));
		Partner second = this.mother.partner(this.bandung, PartnerMother.garment("Kembar Ubah " + words + ", PT."));
		java.util.function.BiFunction<String, Partner, MockHttpServletRequestBuilder> edit = (email,
				current) -> post("/partners/{id}", current.getId()).with(csrf())
					.with(staff())
					.param("name", current.getName())
					.param("categoryCode", "BUSINESS.CSR")
					.param("regionCode", "32.04.33")
					.param("sector", "Konveksi")
					.param("email", email)
					.param("version", String.valueOf(current.getVersion()));
		this.mvc.perform(edit.apply("", second)).andExpect(status().is3xxRedirection());
		Partner changed = this.mother.reload(second);
		assertThat(changed.getSector()).isEqualTo("Konveksi");

		this.mvc.perform(edit.apply("ubah-" + words + "@contoh.id", changed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mungkin mitra ini sudah tercatat")))
			.andExpect(content().string(containsString(first.getName())));
		assertThat(this.mother.reload(second).getEmail()).isNull();
	}

	@Test
	void anEditBasedOnAnOldVersionIsRefusedWith409() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		this.mvc
			.perform(post("/partners/{id}", partner.getId()).with(csrf())
				.with(staff())
				.param("name", partner.getName() + " baru")
				.param("categoryCode", "BUSINESS.CSR")
				.param("saveAnyway", "true")
				.param("version", String.valueOf(partner.getVersion() + 1)))
			.andExpect(status().isConflict());
		assertThat(this.mother.reload(partner).getName()).isEqualTo(partner.getName());
	}

	@Test
	void contactsAreAddedEditedAndRemovedAndArchivingHidesThePartner() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		this.mvc
			.perform(post("/partners/{id}/contacts", partner.getId()).with(csrf())
				.with(staff())
				.param("name", "Pak Asep")
				.param("whatsapp", "081x")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nomor telepon tidak valid.")));
		assertThat(this.mother.contactsOf(partner)).isEmpty();
		this.mvc
			.perform(post("/partners/{id}/contacts", partner.getId()).with(csrf())
				.with(staff())
				.param("name", "Pak Asep")
				.param("whatsapp", "0813-2222-3333")
				.param("role", "DECISION_MAKER")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		PartnerContact contact = this.mother.contactsOf(partner).get(0);
		assertThat(contact.getWhatsapp()).isEqualTo("+6281322223333");
		this.mvc.perform(get("/contacts/{id}/edit", contact.getId()).with(staff())).andExpect(status().isOk());
		this.mvc
			.perform(post("/contacts/{id}", contact.getId()).with(csrf())
				.with(staff())
				.param("name", "Pak Asep Sutisna")
				.param("email", "ASEP@Contoh.id")
				.param("version", String.valueOf(contact.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mother.contactsOf(partner).get(0).getEmail()).isEqualTo("asep@contoh.id");
		this.mvc.perform(post("/contacts/{id}/delete", contact.getId()).with(csrf()).with(staff()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mother.contactsOf(partner)).isEmpty();

		this.mvc.perform(post("/partners/{id}/archive", partner.getId()).with(csrf()).with(staff()))
			.andExpect(status().is3xxRedirection());
		assertThat(countNamed(partner.getName())).isZero();
		this.mvc.perform(get("/partners").param("archived", "true").param("q", partner.getName()).with(staff()))
			.andExpect(content().string(containsString(partner.getName())));
	}

	@Test
	void theApiListsCreatesUpdatesArchivesAndKeepsContacts() throws Exception {
		String name = PartnerMother.unique("Koperasi API Sejahtera");
		String body = "{\"name\":\"" + name + "\",\"categoryCode\":\"FINANCE.COOPERATIVE\",\"regionCode\":\"32.04.29\","
				+ "\"whatsapp\":\"0812-1111-2222\",\"aspects\":[\"FUNDS\"],\"offerFunds\":\"Modal usaha\","
				+ "\"tags\":\"Koperasi, Modal\",\"status\":\"ACTIVE\",\"version\":0}";
		String created = this.mvc
			.perform(post("/api/v1/partners").with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.whatsappLink").value("https://wa.me/6281211112222"))
			.andExpect(jsonPath("$.tags[0]").value("koperasi"))
			.andExpect(jsonPath("$.offerings[0].aspect").value("FUNDS"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		this.mvc.perform(get("/api/v1/partners").param("q", name).param("region", "32.04").with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value(name));
		this.mvc
			.perform(put("/api/v1/partners/{id}", id).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"version\":0", "\"version\":0,\"latitude\":\"-91\",\"longitude\":\"107\"")
					.replace("0812-1111-2222", "12")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Nomor telepon tidak valid.")))
			.andExpect(content().string(containsString("Lintang harus angka antara -90 dan 90")));
		this.mvc
			.perform(put("/api/v1/partners/{id}", id).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("ACTIVE", "FORMER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FORMER"))
			.andExpect(jsonPath("$.version").value(1));
		String contact = this.mvc.perform(post("/api/v1/partners/{id}/contacts", id).with(csrf())
			.with(staff())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\":\"Ibu Lilis\",\"whatsapp\":\"+62 857 1234 5678\",\"role\":\"SIGNATORY\",\"version\":0}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.whatsappLink").value("https://wa.me/6285712345678"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String contactId = contact.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		this.mvc
			.perform(put("/api/v1/contacts/{id}", contactId).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Ibu Lilis Sopiah\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Ibu Lilis Sopiah"));
		this.mvc.perform(get("/api/v1/partners/{id}/contacts", id).with(staff()))
			.andExpect(jsonPath("$[0].name").value("Ibu Lilis Sopiah"));
		this.mvc.perform(delete("/api/v1/contacts/{id}", contactId).with(csrf()).with(staff()))
			.andExpect(status().isNoContent());
		this.mvc.perform(post("/api/v1/partners/{id}/archive", id).with(csrf()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true));
		assertThat(countNamed(name)).isZero();
	}

	@Test
	void theApiAnswers409WithTheLikelyDuplicatesUntilTheClientSavesAnyway() throws Exception {
		String words = UUID.randomUUID().toString().substring(0, 8);
		Partner recorded = this.mother.partner(this.bandung,
				new PartnerDetails(PartnerKind.ORGANISATION, "PT Kembar API " + words, "BUSINESS.LARGE", null, null,
						null, "32.04.33", null, null,
						Texts.phone("0813" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000))),
						null, "kembar-" + words + "@contoh.id", null, null, null, List.of(), false, null, null,
						PartnerStatus.ACTIVE, List.of(), null));
		Partner other = this.mother.partner(this.bandung, PartnerMother.garment(PartnerMother.unique("CV Lain API")));
		String body = "{\"name\":\"Kembar API " + words + ", PT.\",\"categoryCode\":\"BUSINESS.LARGE\","
				+ "\"regionCode\":\"32.04.29\",\"whatsapp\":\"" + recorded.getPhone() + "\"," + "\"email\":\"Kembar-"
				+ words + "@Contoh.ID\",\"version\":0}";

		// The role is checked first: an overseer is refused, not told about duplicates.
		this.mvc
			.perform(post("/api/v1/partners").with(csrf())
				.with(SignedIn.as(this.users, "pendamping"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/partners").with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Mungkin mitra ini sudah tercatat")))
			.andExpect(jsonPath("$.duplicates.length()").value(1))
			.andExpect(jsonPath("$.duplicates[0].id").value(recorded.getId().toString()))
			.andExpect(jsonPath("$.duplicates[0].name").value("PT Kembar API " + words))
			.andExpect(jsonPath("$.duplicates[0].reasons[0]").value("SAME_NAME_IN_REGENCY"))
			.andExpect(jsonPath("$.duplicates[0].reasons[1]").value("SAME_PHONE"))
			.andExpect(jsonPath("$.duplicates[0].reasons[2]").value("SAME_EMAIL"))
			.andExpect(jsonPath("$.duplicates[0].archived").value(false));
		assertThat(countNamed("Kembar API " + words)).as("nothing saved").isEqualTo(1);

		String created = this.mvc
			.perform(post("/api/v1/partners").with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"version\":0", "\"saveAnyway\":true,\"version\":0")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		assertThat(countNamed("Kembar API " + words)).isEqualTo(2);

		// Changing what does not make it look like another partner is not refused again.
		this.mvc
			.perform(put("/api/v1/partners/{id}", id).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"version\":0", "\"sector\":\"Garmen\",\"version\":0")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sector").value("Garmen"));
		// A new e-mail that another partner has: only that partner, for that reason.
		String otherEmail = "lain-" + words + "@contoh.id";
		this.mother.as(this.bandung,
				() -> this.partners.update(other.getId(), other.getVersion(),
						new PartnerDetails(other.getKind(), other.getName(), other.getCategoryCode(), null, null, null,
								null, null, null, null, null, otherEmail, null, null, null, List.of(), false, null,
								null, PartnerStatus.CANDIDATE, List.of(), null)));
		String changed = body.replace("Kembar-" + words + "@Contoh.ID", otherEmail)
			.replace("\"version\":0", "\"version\":1");
		this.mvc
			.perform(put("/api/v1/partners/{id}", id).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.duplicates.length()").value(1))
			.andExpect(jsonPath("$.duplicates[0].id").value(other.getId().toString()))
			.andExpect(jsonPath("$.duplicates[0].reasons.length()").value(1))
			.andExpect(jsonPath("$.duplicates[0].reasons[0]").value("SAME_EMAIL"));
		// A stale version is reported as such, before any duplicate.
		this.mvc
			.perform(put("/api/v1/partners/{id}", id).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed.replace("\"version\":1", "\"version\":0")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.duplicates").doesNotExist());
		this.mvc
			.perform(put("/api/v1/partners/{id}", id).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed.replace("\"version\":1", "\"saveAnyway\":true,\"version\":1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(otherEmail));
	}

	@Test
	void theApiDescriptionTellsClientsAboutTheDuplicateAnswer() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/partners'].post.responses['409'].description")
				.value(containsString("SAME_NAME_IN_REGENCY")))
			.andExpect(jsonPath("$.paths['/api/v1/partners'].post.responses['201'].content").exists())
			.andExpect(jsonPath("$.paths['/api/v1/partners/{id}'].put.responses['409']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/partners/{id}'].put.responses['200'].content").exists())
			.andExpect(jsonPath("$.components.schemas.PartnerForm.properties.saveAnyway.description")
				.value(containsString("likely duplicates")));
	}

}
