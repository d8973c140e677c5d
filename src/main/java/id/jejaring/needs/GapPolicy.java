package id.jejaring.needs;

/**
 * The gap of a requirement. When both the required and the available quantity are
 * numbers, the gap is required − available (nothing when the institution has enough);
 * otherwise the requirement is described in words and is a gap when the user marked it
 * "not met".
 */
public final class GapPolicy {

	private GapPolicy() {
	}

	public static Gap gap(Long required, Long available, boolean met) {
		if (required != null && available != null) {
			long shortfall = required - available;
			return (shortfall > 0) ? new Gap(true, shortfall) : Gap.NONE;
		}
		return met ? Gap.NONE : new Gap(true, null);
	}

}
