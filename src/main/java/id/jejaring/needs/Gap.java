package id.jejaring.needs;

/**
 * What a requirement lacks: whether there is a gap, and the shortfall in units when both
 * quantities are numbers.
 *
 * @param exists whether the requirement is not met
 * @param shortfall units missing, or null for a requirement in words only
 */
public record Gap(boolean exists, Long shortfall) {

	static final Gap NONE = new Gap(false, null);

}
