package id.jejaring.partnership;

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
 * The lifecycle's links to partners: a partner that takes part in a partnership or has
 * interactions logged cannot be deleted (it is archived instead), and when two partners
 * are merged their parties, interactions and analyses move to the survivor in the merge's
 * own transaction, so no link points at the archived record.
 */
@Component
class PartnerLinks implements PartnerReferences {

	private final PartnershipRepository partnerships;

	private final InteractionRepository interactions;

	private final AnalysisRepository analyses;

	private final MessageSource messages;

	PartnerLinks(PartnershipRepository partnerships, InteractionRepository interactions, AnalysisRepository analyses,
			MessageSource messages) {
		this.partnerships = partnerships;
		this.interactions = interactions;
		this.analyses = analyses;
		this.messages = messages;
	}

	@Override
	public Optional<String> whyNotDeletable(UUID partnerId) {
		if (this.partnerships.anyWithPartner(partnerId)) {
			return Optional.of(say("partnership.references.party"));
		}
		if (this.interactions.existsByPartnerId(partnerId)) {
			return Optional.of(say("partnership.references.interaction"));
		}
		return Optional.empty();
	}

	private String say(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	@EventListener
	@Transactional
	void on(PartnersMerged merged) {
		this.partnerships.findWithPartner(merged.mergedId())
			.forEach((partnership) -> partnership.replacePartner(merged.mergedId(), merged.survivorId()));
		this.interactions.findByPartnerId(merged.mergedId())
			.forEach((interaction) -> interaction.moveToPartner(merged.survivorId()));
		for (Analysis analysis : this.analyses.findByPartnerId(merged.mergedId())) {
			boolean survivorAnalysed = this.analyses
				.findByPartnershipIdAndPartnerId(analysis.getPartnershipId(), merged.survivorId())
				.isPresent();
			if (survivorAnalysed) {
				this.analyses.delete(analysis);
			}
			else {
				analysis.moveToPartner(merged.survivorId());
			}
		}
	}

}
