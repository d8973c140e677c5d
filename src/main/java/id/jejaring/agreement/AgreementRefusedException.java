package id.jejaring.agreement;

import java.util.List;

/**
 * An agreement step that cannot be taken yet (mark ready, mark signed, renew), with
 * everything still missing as message keys and their arguments. Nothing changed.
 */
public class AgreementRefusedException extends RuntimeException {

	private final transient List<Problem> problems;

	AgreementRefusedException(List<Problem> problems) {
		super("Agreement step refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** One thing missing, for the user: a message key and its arguments. */
	public record Problem(String messageKey, List<Object> arguments) {

		static Problem of(String messageKey, Object... arguments) {
			return new Problem(messageKey, List.of(arguments));
		}

	}

}
