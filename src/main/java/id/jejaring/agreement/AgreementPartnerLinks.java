package id.jejaring.agreement;

import java.util.Optional;
import java.util.UUID;

import id.jejaring.partner.PartnerReferences;
import id.jejaring.partner.PartnersMerged;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements name partners as parties: such a partner cannot be deleted, and when two
 * partner records are merged the parties follow the surviving one.
 */
@Component
class AgreementPartnerLinks implements PartnerReferences {

	private final AgreementRepository agreements;

	private final MessageSource messages;

	AgreementPartnerLinks(AgreementRepository agreements, MessageSource messages) {
		this.agreements = agreements;
		this.messages = messages;
	}

	@Override
	public Optional<String> whyNotDeletable(UUID partnerId) {
		if (this.agreements.anyWithPartner(partnerId)) {
			return Optional
				.of(this.messages.getMessage("agreement.references.party", null, LocaleContextHolder.getLocale()));
		}
		return Optional.empty();
	}

	@EventListener
	@Transactional
	void on(PartnersMerged merged) {
		this.agreements.withPartner(merged.mergedId())
			.forEach((agreement) -> agreement.mergePartner(merged.mergedId(), merged.survivorId()));
	}

}
