package id.jejaring.needs;

/**
 * The five aspects that can be partnered (aspek yang dimitrakan).
 */
public enum NeedAspect {

	JOINT_PROGRAM, FACILITIES, FUNDS, STAFF, USE_OF_OUTPUTS;

	public String messageKey() {
		return "need.aspect." + name();
	}

}
