package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.partner.Partner;

/**
 * Interactions for tests, logged through the service as a manager of the partner's
 * institution.
 */
public final class InteractionMother {

	/** The smallest valid PNG header (what the content check reads). */
	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	public static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

	/** A Windows program's first bytes. */
	public static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

	private final PartnershipMother partnerships;

	private final Interactions interactions;

	public InteractionMother(PartnershipMother partnerships, Interactions interactions) {
		this.partnerships = partnerships;
		this.interactions = interactions;
	}

	public static InteractionDetails visit(Partner partner, LocalDate on) {
		return new InteractionDetails(partner.getId(), null, on, InteractionKind.VISIT, InteractionApproach.FORMAL,
				"Membahas tempat magang", "Bertemu bagian HRD di pabrik", "Bersedia menerima 5 peserta", null, null,
				null, List.of());
	}

	public static InteractionDetails withFollowUp(Partner partner, LocalDate on, String action, LocalDate due,
			UUID owner) {
		InteractionDetails d = visit(partner, on);
		return new InteractionDetails(d.partnerId(), d.partnershipId(), d.occurredOn(), d.kind(), d.approach(),
				d.purpose(), d.summary(), d.outcome(), action, due, owner, d.contactIds());
	}

	public Interaction log(Partner partner, InteractionDetails details) {
		return this.partnerships.as(partner.getInstitutionId(), () -> this.interactions.log(details));
	}

	public Interaction visit(Partner partner) {
		return log(partner, visit(partner, LocalDate.now().minusDays(1)));
	}

	public AttachmentInfo attach(Interaction interaction, String name, byte[] content) {
		return this.partnerships.as(interaction.getInstitutionId(),
				() -> this.interactions.attach(interaction.getId(), name, content));
	}

	public Interaction reload(Interaction interaction) {
		return this.partnerships.as(interaction.getInstitutionId(), () -> this.interactions.get(interaction.getId()));
	}

	public long countFor(Partner partner) {
		return this.partnerships.as(partner.getInstitutionId(),
				() -> this.interactions
					.forPartner(partner.getId(), org.springframework.data.domain.PageRequest.of(0, 1))
					.getTotalElements());
	}

}
