package id.jejaring.shared;

/**
 * The user edited a version of a record that someone else has changed since.
 */
public class StaleDataException extends RuntimeException {

	public StaleDataException() {
		super("Changed by someone else");
	}

}
