package id.jejaring.partner.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerKind;
import id.jejaring.partner.PartnerScale;
import id.jejaring.partner.PartnerStatus;

/**
 * A partner as JSON, with its offerings per aspect and tags (contacts have their own
 * route).
 */
record PartnerResponse(UUID id, long version, PartnerKind kind, String name, String categoryCode, String categoryLabel,
		String sector, PartnerScale scale, String address, String regionCode, String regionLabel, BigDecimal latitude,
		BigDecimal longitude, String phone, String whatsapp, String whatsappLink, String email, String website,
		String visionMission, String goals, List<Offering> offerings, boolean csrProgram, String csrNotes,
		String foundThrough, PartnerStatus status, List<String> tags, String notes, boolean archived) {

	static PartnerResponse of(Partner p, String categoryLabel, String regionLabel) {
		return new PartnerResponse(p.getId(), p.getVersion(), p.getKind(), p.getName(), p.getCategoryCode(),
				categoryLabel, p.getSector(), p.getScale(), p.getAddress(), p.getRegionCode(), regionLabel,
				p.getLatitude(), p.getLongitude(), p.getPhone(), p.getWhatsapp(), p.whatsAppLink(), p.getEmail(),
				p.getWebsite(), p.getVisionMission(), p.getGoals(),
				p.offerings().stream().map((o) -> new Offering(o.getAspect(), o.getDescription())).toList(),
				p.isCsrProgram(), p.getCsrNotes(), p.getFoundThrough(), p.getStatus(), p.tagNames(), p.getNotes(),
				p.isArchived());
	}

	/** What the partner can offer under one aspect. */
	record Offering(NeedAspect aspect, String description) {
	}

}
