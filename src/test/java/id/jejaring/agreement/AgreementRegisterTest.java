package id.jejaring.agreement;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import id.jejaring.SignedIn;
import id.jejaring.partnership.Partnership;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register: the status filter, run in the database, agrees with
 * {@link AgreementStatusPolicy} for agreements in every state; the page's filters and the
 * XLSX export show the same selection.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementRegisterTest {

	@Autowired
	AgreementMother mother;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementSettingsManagement settings;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	UUID bandung;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.bandung = this.mother.partnerships().bandung();
		this.today = this.agreements.today();
	}

	private <T> T as(Supplier<T> work) {
		return this.mother.partnerships().as(this.bandung, work);
	}

	private Partnership partnership() {
		return this.mother.partnerships().partnership(this.bandung);
	}

	/**
	 * One partnership for the examples that need no partner of their own: each new
	 * partnership brings a program and a need, which other tests list.
	 */
	private Partnership shared;

	private Partnership shared() {
		if (this.shared == null) {
			this.shared = partnership();
		}
		return this.shared;
	}

	/** Signed today by every party, valid from the given day for a year. */
	private Agreement signedToday(LocalDate from) {
		Partnership partnership = shared();
		AgreementDetails details = this.mother.details(this.bandung, partnership, AgreementKind.MOU, from);
		return as(() -> {
			Agreement a = this.agreements.draft(partnership.getId(), AgreementKind.MOU, null, details);
			a = this.agreements.markReady(a.getId(), a.getVersion());
			this.agreements.uploadScan(a.getId(), "scan.pdf", AgreementMother.PDF, DataSize.ofMegabytes(5));
			a = this.agreements.recordSignatures(a.getId(), a.getVersion(),
					a.getParties().stream().map((p) -> this.today).toList());
			return this.agreements.markSigned(a.getId(), a.getVersion());
		});
	}

	/** One agreement in each state the policy knows. */
	private Map<AgreementStatus, Agreement> oneOfEach() {
		int soon = this.settings.current().endingSoonDays();
		Map<AgreementStatus, Agreement> made = new EnumMap<>(AgreementStatus.class);
		made.put(AgreementStatus.DRAFT, this.mother.draft(this.bandung, shared(), AgreementKind.MOU, null));
		Agreement draft = this.mother.draft(this.bandung, shared(), AgreementKind.MOU, null);
		made.put(AgreementStatus.READY_TO_SIGN, as(() -> this.agreements.markReady(draft.getId(), draft.getVersion())));
		made.put(AgreementStatus.SIGNED, signedToday(this.today.plusDays(20)));
		made.put(AgreementStatus.IN_FORCE,
				this.mother.signed(this.bandung, shared(), this.today.minusYears(1).plusDays(soon + 40)));
		made.put(AgreementStatus.ENDING_SOON,
				this.mother.signed(this.bandung, shared(), this.today.minusYears(1).plusDays(Math.max(1, soon / 2))));
		made.put(AgreementStatus.EXPIRED, this.mother.signed(this.bandung, shared(), LocalDate.of(2024, 1, 1)));
		Agreement terminated = this.mother.signed(this.bandung, shared(), this.today.minusMonths(2));
		made.put(AgreementStatus.TERMINATED, as(() -> this.agreements.terminate(terminated.getId(),
				terminated.getVersion(), this.today, "Mitra menutup usahanya")));
		Agreement old = this.mother.signed(this.bandung, shared(), this.today.minusMonths(6));
		as(() -> {
			Agreement extension = this.agreements.renew(old.getId(), old.getVersion(), RenewalKind.EXTENSION,
					this.today.plusMonths(6), this.today.plusMonths(18));
			this.agreements.uploadScan(extension.getId(), "scan.pdf", AgreementMother.PDF, DataSize.ofMegabytes(5));
			extension = this.agreements.recordSignatures(extension.getId(), extension.getVersion(),
					extension.getParties().stream().map((p) -> this.today).toList());
			return this.agreements.markSigned(extension.getId(), extension.getVersion());
		});
		made.put(AgreementStatus.SUPERSEDED, as(() -> this.agreements.get(old.getId())));
		return made;
	}

	@Test
	void theStatusFilterInTheDatabaseAgreesWithThePolicy() {
		Map<AgreementStatus, Agreement> made = oneOfEach();
		made.forEach((expected, agreement) -> assertThat(as(() -> this.agreements.status(agreement)))
			.as("policy status of the %s example", expected)
			.isEqualTo(expected));
		Map<AgreementStatus, Set<UUID>> selected = new EnumMap<>(AgreementStatus.class);
		for (AgreementStatus status : AgreementStatus.values()) {
			selected.put(status, as(
					() -> this.agreements.all(new AgreementFilter(null, status, null, null, null, null), Sort.by("id")))
				.stream()
				.map(Agreement::getId)
				.collect(Collectors.toSet()));
		}
		made.forEach((expected, agreement) -> {
			Set<AgreementStatus> where = EnumSet.noneOf(AgreementStatus.class);
			selected.forEach((status, ids) -> {
				if (ids.contains(agreement.getId())) {
					where.add(status);
				}
			});
			assertThat(where).as("statuses whose filter selects the %s example", expected).containsExactly(expected);
		});
		// every agreement of the institution, demo data included, in exactly the
		// status the policy gives it
		for (Agreement agreement : as(() -> this.agreements.all(AgreementFilter.NONE, Sort.by("id")))) {
			AgreementStatus status = as(() -> this.agreements.status(this.agreements.get(agreement.getId())));
			assertThat(selected.get(status)).as("filter %s holds %s", status, agreement.getTitle())
				.contains(agreement.getId());
		}
	}

	@Test
	void thePageFiltersByStatusPartnerAndEndingWithinDays() throws Exception {
		int soon = this.settings.current().endingSoonDays();
		Agreement inForce = this.mother.signed(this.bandung, partnership(),
				this.today.minusYears(1).plusDays(soon + 40));
		Partnership endingPartnership = partnership();
		Agreement ending = this.mother.signed(this.bandung, endingPartnership, this.today.minusYears(1).plusDays(5));
		Agreement draft = this.mother.draft(this.bandung, endingPartnership, AgreementKind.MOU, null);

		// each partnership has its own partner, so the partner filter isolates these
		// from agreements other tests made
		UUID inForcePartner = inForce.getParties().get(1).getPartnerId();
		UUID endingPartner = ending.getParties().get(1).getPartnerId();
		assertThat(page("/agreements?status=IN_FORCE&partner=" + inForcePartner)).contains(inForce.getTitle(),
				"text-bg-success");
		assertThat(page("/agreements?status=ENDING_SOON&partner=" + inForcePartner)).doesNotContain(inForce.getTitle());
		assertThat(page("/agreements?status=ENDING_SOON&partner=" + endingPartner)).contains(ending.getTitle());
		assertThat(page("/agreements?within=10&partner=" + endingPartner)).contains(ending.getTitle());
		assertThat(page("/agreements?within=10&partner=" + inForcePartner)).doesNotContain(inForce.getTitle());
		assertThat(page("/agreements?sort=until&partner=" + inForcePartner)).contains(inForce.getTitle())
			.doesNotContain(ending.getTitle(), draft.getTitle());

		// the unknown values are ignored, not an error page
		String unique = draft.getTitle().substring(draft.getTitle().lastIndexOf(' ') + 1);
		String words = page("/agreements?q=" + unique + "&kind=MOU&status=nonsense&within=x&partner=y");
		assertThat(words).contains(draft.getTitle(), "Draf", "/agreements/" + draft.getId())
			.doesNotContain(inForce.getTitle());
	}

	@Test
	void theExportHoldsTheFilteredRegister() throws Exception {
		Agreement signed = this.mother.signed(this.bandung, shared(), LocalDate.of(2026, 1, 1));
		byte[] xlsx = this.mvc
			.perform(get("/agreements/export.xlsx").param("q", signed.getTitle())
				.with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nomor");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			Row row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(signed.getLetterNumber());
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Nota kesepahaman (MoU)");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo(signed.getTitle());
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo(signed.getParties().get(1).getPartyName());
			assertThat(row.getCell(4).getStringCellValue())
				.isEqualTo(List.of("Berlaku", "Segera berakhir", "Kedaluwarsa").get(statusIndex(signed)));
			assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 1));
			assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
			assertThat(row.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 29));
		}
	}

	private int statusIndex(Agreement signed) {
		return switch (as(() -> this.agreements.status(signed))) {
			case IN_FORCE -> 0;
			case ENDING_SOON -> 1;
			default -> 2;
		};
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
