package id.jejaring.partnership.web;

import java.util.List;
import java.util.Locale;

import id.jejaring.partnership.Missing;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a gate misses, in the reader's language. An argument that is itself a message key
 * (a stage named in “one step at a time”) is translated too.
 */
@Component
class MissingTexts {

	private final MessageSource messages;

	MissingTexts(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(List<Missing> missing, Locale locale) {
		return missing.stream().map((m) -> text(m, locale)).toList();
	}

	String text(Missing missing, Locale locale) {
		Object[] args = missing.arguments()
			.stream()
			.map((arg) -> (arg instanceof String key && key.startsWith("partnership."))
					? this.messages.getMessage(key, null, key, locale) : arg)
			.toArray();
		return this.messages.getMessage(missing.messageKey(), args, missing.messageKey(), locale);
	}

}
