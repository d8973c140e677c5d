package id.jejaring.agreement;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of clause (pasal) an agreement holds. The sources require an agreement to
 * state the funding, who organises, who manages, the implementation period, the role and
 * responsibility of each party and the use of outputs; the others are customary.
 */
public enum ClauseType {

	BACKGROUND(false),

	PURPOSE(false),

	SCOPE(false),

	ORGANISER(true),

	MANAGER(true),

	ROLES(true),

	FUNDING(true),

	PERIOD(true),

	OUTPUTS(true),

	DISPUTES(false),

	FORCE_MAJEURE(false),

	AMENDMENT(false),

	CLOSING(false),

	OTHER(false);

	private final boolean required;

	ClauseType(boolean required) {
		this.required = required;
	}

	public boolean isRequired() {
		return this.required;
	}

	public static Set<ClauseType> required() {
		return Arrays.stream(values()).filter(ClauseType::isRequired).collect(Collectors.toUnmodifiableSet());
	}

}
