package id.jejaring.partner;

import java.math.BigDecimal;
import java.util.List;

import id.jejaring.needs.NeedAspect;

/**
 * The editable content of a partner, validated and normalised by the caller (phones as
 * +62…, e-mail in lower case, blanks as null, tags in lower case).
 */
public record PartnerDetails(PartnerKind kind, String name, String categoryCode, String sector, PartnerScale scale,
		String address, String regionCode, BigDecimal latitude, BigDecimal longitude, String phone, String whatsapp,
		String email, String website, String visionMission, String goals, List<Offering> offerings, boolean csrProgram,
		String csrNotes, String foundThrough, PartnerStatus status, List<String> tags, String notes) {

	public PartnerDetails {
		offerings = (offerings != null) ? List.copyOf(offerings) : List.of();
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

	/** What the partner can offer under one aspect. */
	public record Offering(NeedAspect aspect, String description) {
	}

}
