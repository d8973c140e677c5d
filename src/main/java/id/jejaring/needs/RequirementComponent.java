package id.jejaring.needs;

/**
 * The components a program requires (komponen penyelenggaraan program), and the
 * institution's own additions ({@link #OTHER}, named by the user).
 */
public enum RequirementComponent {

	ROOMS(NeedAspect.FACILITIES), FURNISHINGS(NeedAspect.FACILITIES), TEACHING_MATERIALS(NeedAspect.FACILITIES),
	EQUIPMENT(NeedAspect.FACILITIES), TRAINERS(NeedAspect.STAFF), PARTICIPANTS(NeedAspect.JOINT_PROGRAM),
	FUNDS(NeedAspect.FUNDS), PRACTICE_PLACES(NeedAspect.JOINT_PROGRAM), CERTIFICATION(NeedAspect.STAFF),
	PLACEMENT(NeedAspect.USE_OF_OUTPUTS), OTHER(null);

	private final NeedAspect usualAspect;

	RequirementComponent(NeedAspect usualAspect) {
		this.usualAspect = usualAspect;
	}

	/** The aspect a need for this component usually falls under; a suggestion only. */
	public NeedAspect usualAspect() {
		return this.usualAspect;
	}

	public String messageKey() {
		return "requirement.component." + name();
	}

}
