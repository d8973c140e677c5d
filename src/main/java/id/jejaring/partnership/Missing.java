package id.jejaring.partnership;

import java.util.List;

/** Something a gate misses, as a message key with its arguments, shown to the user. */
public record Missing(String messageKey, List<Object> arguments) {

	public Missing {
		arguments = List.copyOf(arguments);
	}

	static Missing of(String messageKey, Object... arguments) {
		return new Missing(messageKey, List.of(arguments));
	}

	public Object[] args() {
		return this.arguments.toArray();
	}

}
