package id.jejaring.needs;

/**
 * Where a partner for a need should preferably be, seen from the institution's region.
 */
public enum RegionScope {

	SAME_REGENCY, SAME_PROVINCE, ANYWHERE;

	public String messageKey() {
		return "need.regionScope." + name();
	}

}
