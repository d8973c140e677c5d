package id.jejaring.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import id.jejaring.institution.Region;

/**
 * Why a recorded partner looks like the one described, the same tests as
 * {@link Partners#likelyDuplicates}: so an API client can be told what matched.
 */
public enum DuplicateReason {

	/** The same normalised name in the same regency (or no region on either side). */
	SAME_NAME_IN_REGENCY,

	/** A phone or WhatsApp number equal to the recorded partner's phone or WhatsApp. */
	SAME_PHONE,

	/** The same e-mail address. */
	SAME_EMAIL;

	/**
	 * What makes {@code recorded} look like {@code candidate}, counting only what
	 * {@code candidate} changes compared with {@code before}: a partner saved on purpose
	 * beside a look-alike is not warned about again when its other fields change.
	 * @param before the partner's details before the change, or null for a new partner
	 * @return the reasons; empty when the change brings no likeness
	 */
	public static Set<DuplicateReason> introduced(PartnerDetails candidate, PartnerDetails before, Partner recorded) {
		Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
		String name = PartnerNames.normalise(candidate.name());
		String regency = regency(candidate.regionCode());
		boolean nameOrRegionChanged = before == null || !name.equals(PartnerNames.normalise(before.name()))
				|| !Objects.equals(regency, regency(before.regionCode()));
		if (nameOrRegionChanged && !name.isEmpty() && name.equals(recorded.getNameNormalised())
				&& inRegency(recorded.getRegionCode(), regency)) {
			reasons.add(SAME_NAME_IN_REGENCY);
		}
		List<String> newNumbers = new ArrayList<>(numbers(candidate));
		if (before != null) {
			newNumbers.removeAll(numbers(before));
		}
		if (newNumbers.contains(recorded.getPhone()) || newNumbers.contains(recorded.getWhatsapp())) {
			reasons.add(SAME_PHONE);
		}
		String email = candidate.email();
		if (email != null && (before == null || !email.equals(before.email())) && email.equals(recorded.getEmail())) {
			reasons.add(SAME_EMAIL);
		}
		return reasons;
	}

	private static boolean inRegency(String recordedRegion, String regency) {
		return regency == null || recordedRegion == null || recordedRegion.equals(regency)
				|| recordedRegion.startsWith(regency + ".");
	}

	private static List<String> numbers(PartnerDetails details) {
		return Arrays.asList(details.phone(), details.whatsapp()).stream().filter(Objects::nonNull).toList();
	}

	private static String regency(String regionCode) {
		return (regionCode != null) ? Region.regencyOf(regionCode) : null;
	}

}
