package id.jejaring.partner.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.Regions;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerDetails;
import id.jejaring.partner.PartnerKind;
import id.jejaring.partner.PartnerOffering;
import id.jejaring.partner.PartnerScale;
import id.jejaring.partner.PartnerStatus;
import id.jejaring.shared.IndonesianPhone;
import id.jejaring.shared.Texts;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A partner as edited in the form and sent to the API. Latitude and longitude are text
 * checked by pattern and range; what the partner offers is one text per aspect plus the
 * ticked aspects; tags are comma-separated.
 *
 * @param saveAnyway the user has seen the likely duplicates and saves all the same
 */
public record PartnerForm(PartnerKind kind, @NotBlank @Size(max = 200) String name,
		@NotBlank(message = "{validation.partner.category}") String categoryCode, @Size(max = 200) String sector,
		PartnerScale scale, @Size(max = 500) String address, @Size(max = 13) String regionCode,
		@Pattern(regexp = DECIMAL, message = "{validation.partner.latitude}") String latitude,
		@Pattern(regexp = DECIMAL, message = "{validation.partner.longitude}") String longitude,
		@IndonesianPhone String phone, @IndonesianPhone String whatsapp, @Email @Size(max = 200) String email,
		@Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.url}") @Size(max = 200) String website,
		@Size(max = 4000) String visionMission, @Size(max = 4000) String goals, List<NeedAspect> aspects,
		@Size(max = 2000) String offerJointProgram, @Size(max = 2000) String offerFacilities,
		@Size(max = 2000) String offerFunds, @Size(max = 2000) String offerStaff,
		@Size(max = 2000) String offerUseOfOutputs, Boolean csrProgram, @Size(max = 2000) String csrNotes,
		@Size(max = 500) String foundThrough, PartnerStatus status, @Size(max = 1000) String tags,
		@Size(max = 4000) String notes,
		@Schema(description = "The caller has seen the likely duplicates (409 answer) and saves all the same; "
				+ "without it a likely duplicate is refused") Boolean saveAnyway,
		long version) {

	static final String DECIMAL = "^\\s*$|^\\s*-?[0-9]{1,3}([.,][0-9]{1,8})?\\s*$";

	static PartnerForm empty() {
		return new PartnerForm(PartnerKind.ORGANISATION, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, List.of(), null, null, null, null, null, false, null, null,
				PartnerStatus.CANDIDATE, null, null, false, 0);
	}

	/** A new candidate in the given category (from the gap view). */
	static PartnerForm inCategory(String categoryCode) {
		return new PartnerForm(PartnerKind.ORGANISATION, null, categoryCode, null, null, null, null, null, null, null,
				null, null, null, null, null, List.of(), null, null, null, null, null, false, null, null,
				PartnerStatus.CANDIDATE, null, null, false, 0);
	}

	static PartnerForm of(Partner partner) {
		Map<NeedAspect, String> offers = new EnumMap<>(NeedAspect.class);
		for (PartnerOffering offering : partner.offerings()) {
			offers.put(offering.getAspect(), (offering.getDescription() != null) ? offering.getDescription() : "");
		}
		return new PartnerForm(partner.getKind(), partner.getName(), partner.getCategoryCode(), partner.getSector(),
				partner.getScale(), partner.getAddress(), partner.getRegionCode(), text(partner.getLatitude()),
				text(partner.getLongitude()), partner.getPhone(), partner.getWhatsapp(), partner.getEmail(),
				partner.getWebsite(), partner.getVisionMission(), partner.getGoals(), List.copyOf(offers.keySet()),
				offers.get(NeedAspect.JOINT_PROGRAM), offers.get(NeedAspect.FACILITIES), offers.get(NeedAspect.FUNDS),
				offers.get(NeedAspect.STAFF), offers.get(NeedAspect.USE_OF_OUTPUTS), partner.isCsrProgram(),
				partner.getCsrNotes(), partner.getFoundThrough(), partner.getStatus(),
				String.join(", ", partner.tagNames()), partner.getNotes(), false, partner.getVersion());
	}

	boolean csr() {
		return Boolean.TRUE.equals(this.csrProgram);
	}

	/** Whether the user has seen the likely duplicates and saves all the same. */
	boolean confirmed() {
		return Boolean.TRUE.equals(this.saveAnyway);
	}

	/** Checks against the reference data and across fields, after the annotations. */
	void check(Errors errors, PartnerCategories categories, Regions regions) {
		if (Texts.clean(this.categoryCode) != null && !categories.exists(this.categoryCode.trim())) {
			errors.rejectValue("categoryCode", "validation.partner.category");
		}
		if (Texts.clean(this.regionCode) != null && !regions.exists(this.regionCode.trim())) {
			errors.rejectValue("regionCode", "validation.region");
		}
		checkRange(errors, "latitude", this.latitude, 90, "validation.partner.latitude");
		checkRange(errors, "longitude", this.longitude, 180, "validation.partner.longitude");
		if ((Texts.clean(this.latitude) == null) != (Texts.clean(this.longitude) == null)) {
			errors.rejectValue((Texts.clean(this.latitude) == null) ? "latitude" : "longitude",
					"validation.partner.locationPair");
		}
		if (tagList().stream().anyMatch((tag) -> tag.length() > 60)) {
			errors.rejectValue("tags", "validation.partner.tag");
		}
	}

	private static void checkRange(Errors errors, String field, String text, int limit, String message) {
		BigDecimal value = decimal(text);
		if (value != null && value.abs().compareTo(BigDecimal.valueOf(limit)) > 0 && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, message);
		}
	}

	public boolean offers(NeedAspect aspect) {
		return this.aspects != null && this.aspects.contains(aspect);
	}

	/** The text the user wrote for an aspect. */
	public String offerText(NeedAspect aspect) {
		return switch (aspect) {
			case JOINT_PROGRAM -> this.offerJointProgram;
			case FACILITIES -> this.offerFacilities;
			case FUNDS -> this.offerFunds;
			case STAFF -> this.offerStaff;
			case USE_OF_OUTPUTS -> this.offerUseOfOutputs;
		};
	}

	/** The form field holding the text for an aspect. */
	public static String offerField(NeedAspect aspect) {
		return switch (aspect) {
			case JOINT_PROGRAM -> "offerJointProgram";
			case FACILITIES -> "offerFacilities";
			case FUNDS -> "offerFunds";
			case STAFF -> "offerStaff";
			case USE_OF_OUTPUTS -> "offerUseOfOutputs";
		};
	}

	/** The form field holding the text for an aspect (for the template). */
	public String offerFieldOf(NeedAspect aspect) {
		return offerField(aspect);
	}

	List<String> tagList() {
		if (Texts.clean(this.tags) == null) {
			return List.of();
		}
		return Arrays.stream(this.tags.split("[,;]"))
			.map(Texts::clean)
			.filter((tag) -> tag != null)
			.map((tag) -> tag.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
			.distinct()
			.toList();
	}

	/** The partner with blanks as null, phones as +62…, e-mail and tags in lower case. */
	PartnerDetails details() {
		List<PartnerDetails.Offering> offerings = new ArrayList<>();
		for (NeedAspect aspect : NeedAspect.values()) {
			String text = Texts.clean(offerText(aspect));
			if (offers(aspect) || text != null) {
				offerings.add(new PartnerDetails.Offering(aspect, text));
			}
		}
		return new PartnerDetails((this.kind != null) ? this.kind : PartnerKind.ORGANISATION, this.name.trim(),
				this.categoryCode.trim(), Texts.clean(this.sector), this.scale, Texts.clean(this.address),
				Texts.clean(this.regionCode), decimal(this.latitude), decimal(this.longitude), Texts.phone(this.phone),
				Texts.phone(this.whatsapp), Texts.email(this.email), Texts.clean(this.website),
				Texts.clean(this.visionMission), Texts.clean(this.goals), offerings, csr(), Texts.clean(this.csrNotes),
				Texts.clean(this.foundThrough), (this.status != null) ? this.status : PartnerStatus.CANDIDATE,
				tagList(), Texts.clean(this.notes));
	}

	static BigDecimal decimal(String text) {
		String cleaned = Texts.clean(text);
		if (cleaned == null) {
			return null;
		}
		try {
			return new BigDecimal(cleaned.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String text(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

}
