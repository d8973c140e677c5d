package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.identity.JejaringUser;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerContact;
import id.jejaring.partner.PartnerMother;
import id.jejaring.partner.Partners;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class InteractionsTest {

	@Autowired
	PartnershipMother partnershipMother;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Interactions interactions;

	@Autowired
	UserDetailsService users;

	PartnershipMother mother;

	InteractionMother log;

	UUID bandung;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.mother = this.partnershipMother;
		this.log = new InteractionMother(this.mother, this.interactions);
		this.bandung = this.mother.bandung();
		this.today = this.interactions.today();
	}

	UUID userId(String username) {
		return ((JejaringUser) this.users.loadUserByUsername(username)).id();
	}

	InvalidInputException refused(Partner partner, InteractionDetails details) {
		return (InvalidInputException) org.assertj.core.api.Assertions
			.catchThrowable(() -> this.log.log(partner, details));
	}

	List<String> fields(InvalidInputException ex) {
		return ex.errors().getFieldErrors().stream().map((e) -> e.getField() + ":" + e.getCode()).toList();
	}

	@Test
	void aPartnersInteractionsComeNewestFirstWithContactAndOwnerNames() {
		Partner partner = this.mother.partner(this.bandung);
		PartnerContact contact = new PartnerMother(this.institutions, this.partners).contact(partner, "Ibu Siti",
				"0812-1111-2222");
		InteractionDetails older = InteractionMother.visit(partner, this.today.minusDays(10));
		this.log.log(partner, older);
		InteractionDetails base = InteractionMother.withFollowUp(partner, this.today.minusDays(1), "Kirim proposal",
				this.today.plusDays(3), userId("staf.bandung"));
		this.log.log(partner,
				new InteractionDetails(base.partnerId(), null, base.occurredOn(), InteractionKind.WHATSAPP,
						base.approach(), "Tanya kabar", null, null, base.followUpAction(), base.followUpDue(),
						base.followUpOwnerId(), List.of(contact.getId())));
		List<InteractionView> page = this.mother.as(this.bandung,
				() -> this.interactions.forPartner(partner.getId(), PageRequest.of(0, 10)).getContent());
		assertThat(page).extracting((v) -> v.interaction().getKind())
			.containsExactly(InteractionKind.WHATSAPP, InteractionKind.VISIT);
		assertThat(page.get(0).contactNames()).containsExactly("Ibu Siti");
		assertThat(page.get(0).followUpOwnerName()).isNotBlank();
		assertThat(page.get(0).partnerName()).isEqualTo(partner.getName());
	}

	@Test
	void contactsMustBeThePartnersAndTheOwnerOnStaff() {
		Partner partner = this.mother.partner(this.bandung);
		Partner other = this.mother.partner(this.bandung);
		PartnerContact stranger = new PartnerMother(this.institutions, this.partners).contact(other, "Pak Budi",
				"0812-3333-4444");
		InteractionDetails base = InteractionMother.withFollowUp(partner, this.today, "Telepon ulang",
				this.today.plusDays(1), userId("pendamping"));
		InvalidInputException ex = refused(partner,
				new InteractionDetails(base.partnerId(), null, base.occurredOn(), base.kind(), base.approach(), null,
						null, null, base.followUpAction(), base.followUpDue(), base.followUpOwnerId(),
						List.of(stranger.getId())));
		assertThat(fields(ex)).containsExactlyInAnyOrder("contactIds:validation.interaction.contact",
				"followUpOwnerId:validation.interaction.followUpOwner");
		assertThat(this.log.countFor(partner)).isZero();
	}

	@Test
	void aPartnershipMustHaveThePartnerAsAParty() {
		Partnership partnership = this.mother.partnership(this.bandung);
		Partner outsider = this.mother.partner(this.bandung);
		InteractionDetails base = InteractionMother.visit(outsider, this.today);
		InvalidInputException ex = refused(outsider, new InteractionDetails(base.partnerId(), partnership.getId(),
				base.occurredOn(), base.kind(), base.approach(), null, null, null, null, null, null, List.of()));
		assertThat(fields(ex)).containsExactly("partnershipId:validation.interaction.partnershipParty");
		// another institution's partnership is not found at all
		Partnership semarangs = this.mother.partnership(this.mother.semarang());
		assertThatThrownBy(() -> this.log.log(outsider,
				new InteractionDetails(base.partnerId(), semarangs.getId(), base.occurredOn(), base.kind(),
						base.approach(), null, null, null, null, null, null, List.of())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void thePartnershipListShowsItsOwnAndItsPartnersUnlinkedInteractions() {
		Partnership partnership = this.mother.partnership(this.bandung);
		UUID partnerId = partnership.partnerIds().get(0);
		Partner partner = this.mother.as(this.bandung, () -> this.partners.get(partnerId));
		InteractionDetails base = InteractionMother.visit(partner, this.today);
		this.log.log(partner, base);
		this.log.log(partner, new InteractionDetails(partnerId, partnership.getId(), this.today.minusDays(2),
				InteractionKind.MEETING, InteractionApproach.FORMAL, null, null, null, null, null, null, List.of()));
		this.log.visit(this.mother.partner(this.bandung));
		assertThat(this.mother.as(this.bandung,
				() -> this.interactions.forPartnership(partnership.getId(), PageRequest.of(0, 10)).getTotalElements()))
			.isEqualTo(2);
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.gateStatus(partnership.getId()))
			.facts()
			.interactionCount()).isEqualTo(2);
	}

	@Test
	void followUpsDueWithinSevenDaysAndOverdueComeEarliestFirstUntilDone() {
		Partner partner = this.mother.partner(this.bandung);
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Interaction overdue = this.log.log(partner, InteractionMother.withFollowUp(partner, this.today.minusDays(20),
				"Terlambat " + marker, this.today.minusDays(400), null));
		this.log.log(partner, InteractionMother.withFollowUp(partner, this.today, "Pekan ini " + marker,
				this.today.plusDays(7), userId("staf.bandung")));
		this.log.log(partner,
				InteractionMother.withFollowUp(partner, this.today, "Nanti " + marker, this.today.plusDays(8), null));
		List<FollowUp> due = this.mother.as(this.bandung, () -> this.interactions.followUpsDue(7, 500))
			.stream()
			.filter((f) -> f.action().endsWith(marker))
			.toList();
		assertThat(due).extracting(FollowUp::action).containsExactly("Terlambat " + marker, "Pekan ini " + marker);
		assertThat(due).extracting(FollowUp::overdue).containsExactly(true, false);
		assertThat(due.get(0).partnerName()).isEqualTo(partner.getName());
		assertThat(due.get(0).ownerName()).isNull();
		assertThat(due.get(1).ownerName()).isNotBlank();
		this.mother.as(this.bandung,
				() -> this.interactions.markFollowUpDone(overdue.getId(), overdue.getVersion(), true));
		assertThat(this.mother.as(this.bandung, () -> this.interactions.followUpsDue(7, 500)))
			.noneMatch((f) -> f.interactionId().equals(overdue.getId()));
	}

	@Test
	void aRefusedFirstAttachmentLeavesNoInteraction() {
		Partner partner = this.mother.partner(this.bandung);
		assertThatThrownBy(() -> this.mother.as(this.bandung, () -> this.interactions
			.log(InteractionMother.visit(partner, this.today), "surat.pdf", InteractionMother.EXE)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.log.countFor(partner)).isZero();
	}

	@Test
	void deletingAnInteractionRemovesItsAttachments() {
		Partner partner = this.mother.partner(this.bandung);
		Interaction interaction = this.log.visit(partner);
		AttachmentInfo file = this.log.attach(interaction, "foto.pdf", InteractionMother.PNG);
		assertThat(file.contentType()).isEqualTo("image/png");
		assertThat(file.fileName()).isEqualTo("foto.png");
		this.mother.as(this.bandung, () -> {
			this.interactions.delete(interaction.getId());
			return null;
		});
		assertThatThrownBy(() -> this.mother.as(this.bandung, () -> this.interactions.attachment(file.id())))
			.isInstanceOf(NotFoundException.class);
	}

}
