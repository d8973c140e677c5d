package id.jejaring.agreement.web;

import java.util.List;
import java.util.Locale;

import id.jejaring.agreement.AgreementRefusedException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an agreement step still misses, as sentences in the user's language. An argument
 * that is itself a message key (an article's kind) is translated first.
 */
@Component
class ProblemTexts {

	private final MessageSource messages;

	ProblemTexts(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(List<AgreementRefusedException.Problem> problems, Locale locale) {
		return problems.stream().map((problem) -> text(problem, locale)).toList();
	}

	private String text(AgreementRefusedException.Problem problem, Locale locale) {
		Object[] arguments = problem.arguments().stream().map((argument) -> {
			if (argument instanceof String key && key.startsWith("agreement.")) {
				return this.messages.getMessage(key, null, key, locale);
			}
			return argument;
		}).toArray();
		return this.messages.getMessage(problem.messageKey(), arguments, locale);
	}

}
