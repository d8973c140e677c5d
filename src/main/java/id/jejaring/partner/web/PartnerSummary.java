package id.jejaring.partner.web;

import java.util.UUID;

import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerKind;
import id.jejaring.partner.PartnerStatus;

/**
 * A partner as a row of the list: without offerings and tags, so a page costs two
 * queries.
 */
record PartnerSummary(UUID id, long version, PartnerKind kind, String name, String categoryCode, String categoryLabel,
		String sector, String regionCode, String regionLabel, String phone, String whatsapp, String email,
		PartnerStatus status, long contacts, boolean archived) {

	static PartnerSummary of(Partner p, String categoryLabel, String regionLabel, long contacts) {
		return new PartnerSummary(p.getId(), p.getVersion(), p.getKind(), p.getName(), p.getCategoryCode(),
				categoryLabel, p.getSector(), p.getRegionCode(), regionLabel, p.getPhone(), p.getWhatsapp(),
				p.getEmail(), p.getStatus(), contacts, p.isArchived());
	}

}
