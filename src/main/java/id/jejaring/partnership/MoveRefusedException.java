package id.jejaring.partnership;

import java.util.List;

/**
 * A stage move that was refused, with everything that is missing (a closed gate, a
 * partnership that is not active, a step skipped, a move back without a reason). Nothing
 * moved.
 */
public class MoveRefusedException extends RuntimeException {

	private final transient List<Missing> missing;

	MoveRefusedException(List<Missing> missing) {
		super("Stage move refused: " + missing);
		this.missing = List.copyOf(missing);
	}

	public List<Missing> missing() {
		return this.missing;
	}

}
