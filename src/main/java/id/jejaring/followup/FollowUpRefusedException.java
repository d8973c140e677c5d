package id.jejaring.followup;

import java.util.List;

/**
 * A follow-up step that cannot be taken now, with why as message keys. Nothing changed.
 */
public class FollowUpRefusedException extends RuntimeException {

	private final transient List<String> messageKeys;

	FollowUpRefusedException(List<String> messageKeys) {
		super("Follow-up step refused: " + messageKeys);
		this.messageKeys = List.copyOf(messageKeys);
	}

	public List<String> messageKeys() {
		return this.messageKeys;
	}

}
