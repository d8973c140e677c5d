package id.jejaring.identity;

/**
 * The chosen username is used by another account.
 */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException() {
		super("Username taken");
	}

}
