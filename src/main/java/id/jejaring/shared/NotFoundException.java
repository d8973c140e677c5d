package id.jejaring.shared;

/**
 * The record does not exist or is not visible to the current user; both answer 404 so ids
 * of other institutions reveal nothing.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("Not found");
	}

}
