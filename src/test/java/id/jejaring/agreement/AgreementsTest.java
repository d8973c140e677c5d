package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AgreementsTest {

	@Autowired
	AgreementMother mother;

	@Autowired
	Agreements agreements;

	@Autowired
	Partnerships partnerships;

	@Autowired
	AgreementGateRecords records;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.bandung = this.mother.partnerships().bandung();
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return this.mother.partnerships().as(this.bandung, work);
	}

	@Test
	void aDraftStartsFromTheLibraryWithTheInstitutionAndThePartnersAsParties() {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		AgreementDetails draft = as(() -> this.agreements.newDraft(partnership.getId(), AgreementKind.MOU));
		assertThat(draft.title()).startsWith("Nota Kesepahaman ");
		assertThat(draft.parties()).hasSize(2);
		assertThat(draft.parties().get(0).partnerId()).isNull();
		assertThat(draft.parties().get(1).partnerId()).isEqualTo(partnership.partnerIds().get(0));
		assertThat(draft.clauses()).extracting(Clause::type).containsAll(ClauseType.required());
		AgreementDetails pks = as(() -> this.agreements.newDraft(partnership.getId(), AgreementKind.PKS));
		assertThat(pks.clauses()).extracting(Clause::body)
			.noneMatch((body) -> body.toLowerCase(java.util.Locale.ROOT).contains("nota kesepahaman ini"))
			.anyMatch((body) -> body.contains("Perjanjian kerja sama ini"));
	}

	@Test
	void everyChangeOfTheTermsIsAVersion() {
		Agreement draft = this.mother.draft(this.bandung);
		assertThat(draft.getCurrentVersion()).isEqualTo(1);
		AgreementDetails details = draft.details();
		var clauses = new java.util.ArrayList<>(details.clauses());
		clauses.set(0, new Clause(ClauseType.BACKGROUND, "Latar Belakang", "Teks baru"));
		Agreement changed = as(() -> this.agreements.update(draft.getId(), draft.getVersion(),
				new AgreementDetails(details.title(), details.partnerNumber(), details.place(), details.agreementDate(),
						details.effectiveFrom(), details.effectiveUntil(), details.parties(), clauses)));
		assertThat(changed.getCurrentVersion()).isEqualTo(2);
		assertThat(as(() -> this.agreements.versions(draft.getId()))).extracting(AgreementVersion::getNumber)
			.containsExactly(2, 1);
		assertThat(as(() -> this.agreements.version(draft.getId(), 1)).clauses().get(0).body())
			.isEqualTo(details.clauses().get(0).body());
	}

	@Test
	void aDraftMissingARequiredClauseCannotBeMarkedReady() {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		AgreementDetails full = this.mother.details(this.bandung, partnership, AgreementKind.MOU,
				LocalDate.of(2026, 1, 1));
		AgreementDetails withoutFunding = new AgreementDetails(full.title(), null, null, null, full.effectiveFrom(),
				full.effectiveUntil(), full.parties(),
				full.clauses().stream().filter((c) -> c.type() != ClauseType.FUNDING).toList());
		Agreement draft = as(() -> this.agreements.draft(partnership.getId(), AgreementKind.MOU, null, withoutFunding));
		assertThatThrownBy(() -> as(() -> this.agreements.markReady(draft.getId(), draft.getVersion())))
			.isInstanceOfSatisfying(AgreementRefusedException.class,
					(refused) -> assertThat(refused.problems()).extracting(AgreementRefusedException.Problem::arguments)
						.contains(java.util.List.of("agreement.clause.FUNDING")));
		assertThat(
				this.mother.partnerships().as(this.bandung, () -> this.records.hasCompleteDraft(partnership.getId())))
			.isFalse();
		assertThat(as(() -> this.agreements.get(draft.getId())).getLetterNumber()).isNull();
	}

	@Test
	void markingReadyGivesTheNextLetterNumber() {
		Agreement first = this.mother.ready(this.bandung);
		Agreement second = this.mother.ready(this.bandung);
		assertThat(first.getLetterNumber()).matches("\\d{3}/LKP[^/]*/MoU/[IVX]+/\\d{4}");
		assertThat(second.getNumberSeq()).isEqualTo(first.getNumberSeq() + 1);
		assertThat(as(() -> this.agreements.status(second))).isEqualTo(AgreementStatus.READY_TO_SIGN);
	}

	@Test
	void signingNeedsTheScanAndEverySignatureAndOpensTheSigningGate() {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		Agreement ready = as(() -> {
			Agreement a = this.agreements.draft(partnership.getId(), AgreementKind.MOU, null,
					this.mother.details(this.bandung, partnership, AgreementKind.MOU, LocalDate.of(2026, 1, 1)));
			return this.agreements.markReady(a.getId(), a.getVersion());
		});
		assertThat(as(() -> this.records.hasCompleteDraft(partnership.getId()))).isTrue();
		assertThatThrownBy(() -> as(() -> this.agreements.markSigned(ready.getId(), ready.getVersion())))
			.isInstanceOfSatisfying(AgreementRefusedException.class,
					(refused) -> assertThat(refused.problems())
						.extracting(AgreementRefusedException.Problem::messageKey)
						.contains("agreement.missing.scan", "agreement.missing.signedOn"));
		assertThatThrownBy(() -> this.mother.partnerships()
			.as(this.bandung, "ROLE_STAFF", () -> this.agreements.markSigned(ready.getId(), ready.getVersion())))
			.isInstanceOf(AuthorizationDeniedException.class);

		Agreement signed = this.mother.signed(this.bandung, partnership, LocalDate.of(2026, 1, 1));
		assertThat(as(() -> this.records.isSigned(partnership.getId()))).isTrue();
		assertThat(signed.getAgreementDate()).isEqualTo(LocalDate.of(2025, 12, 29));
	}

	@Test
	void aRenamedHtmlFileIsRefusedAsScan() {
		Agreement draft = this.mother.ready(this.bandung);
		assertThatThrownBy(() -> as(() -> this.agreements.uploadScan(draft.getId(), "scan.pdf",
				"<html><body>hi</body></html>".getBytes(), DataSize.ofMegabytes(5))))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> as(
				() -> this.agreements.uploadScan(draft.getId(), "scan.pdf", new byte[2000], DataSize.ofKilobytes(1))))
			.isInstanceOf(InvalidInputException.class);
		ScanInfo odd = as(() -> this.agreements.uploadScan(draft.getId(), "../../etc/\"pass\u0007wd.exe",
				AgreementMother.PDF, DataSize.ofMegabytes(5)));
		assertThat(odd.fileName()).isEqualTo("passwd.pdf");
	}

	@Test
	void anExtensionIsReadyAtOnceAndSupersedesThePreviousOnceSigned() {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		Agreement signed = this.mother.signed(this.bandung, partnership, LocalDate.of(2025, 1, 1));
		Agreement extension = as(() -> this.agreements.renew(signed.getId(), signed.getVersion(), RenewalKind.EXTENSION,
				LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));
		assertThat(extension.getPreviousId()).isEqualTo(signed.getId());
		assertThat(extension.getLetterNumber()).isNotNull();
		assertThat(extension.clauses()).isEqualTo(signed.clauses());
		assertThat(as(() -> this.agreements.status(extension))).isEqualTo(AgreementStatus.READY_TO_SIGN);
		assertThatThrownBy(() -> as(() -> this.agreements.renew(signed.getId(), signed.getVersion(),
				RenewalKind.REPLACEMENT, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))))
			.isInstanceOf(AgreementRefusedException.class);
		as(() -> {
			this.agreements.uploadScan(extension.getId(), "scan.pdf", AgreementMother.PDF, DataSize.ofMegabytes(5));
			Agreement e = this.agreements.recordSignatures(extension.getId(), extension.getVersion(),
					java.util.List.of(LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 21)));
			return this.agreements.markSigned(e.getId(), e.getVersion());
		});
		assertThat(as(() -> this.agreements.status(this.agreements.get(signed.getId()))))
			.isEqualTo(AgreementStatus.SUPERSEDED);
	}

	@Test
	void anotherInstitutionsAgreementIsNotFound() {
		Agreement draft = this.mother.draft(this.bandung);
		UUID semarang = this.mother.partnerships().semarang();
		assertThatThrownBy(() -> this.mother.partnerships().as(semarang, () -> this.agreements.get(draft.getId())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void changingReadyTermsTakesBackTheSignaturesAndNeedsANewScan() {
		Agreement ready = this.mother.ready(this.bandung);
		Agreement signedOn = as(() -> {
			this.agreements.uploadScan(ready.getId(), "scan.pdf", AgreementMother.PDF, DataSize.ofMegabytes(5));
			return this.agreements.recordSignatures(ready.getId(), ready.getVersion(),
					java.util.List.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3)));
		});
		AgreementDetails terms = signedOn.details();
		java.util.List<Clause> changed = new java.util.ArrayList<>(terms.clauses());
		changed.set(0, new Clause(ClauseType.BACKGROUND, "Latar Belakang", "Latar belakang yang diubah"));
		Agreement draft = as(() -> this.agreements.update(ready.getId(), signedOn.getVersion(),
				new AgreementDetails(terms.title(), null, terms.place(), null, terms.effectiveFrom(),
						terms.effectiveUntil(), terms.parties(), changed)));
		assertThat(as(() -> this.agreements.status(draft))).isEqualTo(AgreementStatus.DRAFT);
		assertThat(draft.getParties()).allSatisfy((party) -> assertThat(party.getSignedOn()).isNull());
		// ready again: the scan of the earlier terms does not count
		Agreement again = as(() -> this.agreements.markReady(draft.getId(), draft.getVersion()));
		assertThat(again.getLetterNumber()).isEqualTo(ready.getLetterNumber());
		assertThat(as(() -> this.agreements.missingToBeSigned(again)))
			.extracting(AgreementRefusedException.Problem::messageKey)
			.contains("agreement.missing.scan", "agreement.missing.signedOn");
	}

	@Test
	void aChangeOfASignatoryAloneMovesTheVersion() {
		Agreement draft = this.mother.draft(this.bandung);
		AgreementDetails terms = draft.details();
		java.util.List<AgreementDetails.Party> parties = new java.util.ArrayList<>(terms.parties());
		AgreementDetails.Party partner = parties.get(1);
		parties.set(1, new AgreementDetails.Party(partner.partnerId(), partner.name(), "Penanda Tangan Baru",
				partner.signatoryPosition()));
		Agreement changed = as(() -> this.agreements.update(draft.getId(), draft.getVersion(),
				new AgreementDetails(terms.title(), null, terms.place(), null, terms.effectiveFrom(),
						terms.effectiveUntil(), parties, terms.clauses())));
		assertThat(changed.getVersion()).isGreaterThan(draft.getVersion());
		// every saved change is a version, a signatory's too
		assertThat(changed.getCurrentVersion()).isEqualTo(2);
		assertThat(as(() -> this.agreements.version(draft.getId(), 2)).getPartiesText())
			.contains("Penanda Tangan Baru");
		assertThatThrownBy(() -> as(() -> this.agreements.update(draft.getId(), draft.getVersion(), terms)))
			.satisfiesAnyOf((ex) -> assertThat(ex).isInstanceOf(id.jejaring.shared.StaleDataException.class),
					(ex) -> assertThat(ex)
						.isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class));
	}

	@Test
	void renewingAnAddendumAmendsWhatItAmended() {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		Agreement mou = this.mother.signed(this.bandung, partnership, LocalDate.of(2024, 1, 1));
		Agreement addendum = as(() -> this.agreements.renew(mou.getId(), mou.getVersion(), RenewalKind.ADDENDUM,
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
		Agreement signedAddendum = as(() -> {
			Agreement ready = this.agreements.markReady(addendum.getId(), addendum.getVersion());
			this.agreements.uploadScan(ready.getId(), "scan.pdf", AgreementMother.PDF, DataSize.ofMegabytes(5));
			Agreement dated = this.agreements.recordSignatures(ready.getId(), ready.getVersion(),
					java.util.List.of(LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 21)));
			return this.agreements.markSigned(dated.getId(), dated.getVersion());
		});
		Agreement second = as(() -> this.agreements.renew(signedAddendum.getId(), signedAddendum.getVersion(),
				RenewalKind.ADDENDUM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		assertThat(second.getParentId()).isEqualTo(mou.getId());
		assertThat(second.getPreviousId()).isEqualTo(signedAddendum.getId());
		// and it can be edited like any draft
		Agreement saved = as(() -> this.agreements.update(second.getId(), second.getVersion(),
				new AgreementDetails("Addendum kedua", null, null, null, LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), second.details().parties(), second.clauses())));
		assertThat(saved.getTitle()).isEqualTo("Addendum kedua");
	}

	@Test
	void onlyASignedAgreementIsTerminated() {
		Agreement draft = this.mother.draft(this.bandung);
		assertThatThrownBy(() -> as(
				() -> this.agreements.terminate(draft.getId(), draft.getVersion(), LocalDate.of(2026, 1, 1), "Batal")))
			.isInstanceOf(AgreementRefusedException.class);
	}

}
