package id.jejaring.ui;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Indonesian by default; English on request. The choice lives in a cookie and, for
 * signed-in users, in their account (restored at sign-in).
 *
 * <p>
 * The texts are {@code messages_id.properties} and {@code messages_en.properties}, with
 * no {@code messages.properties}: Boot only configures a message source when that base
 * file exists, so it is declared here, falling back to Indonesian for any other locale.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/**
	 * Declared here because Boot only configures one when a {@code messages.properties}
	 * exists, and ours are {@code messages_id} (the default) and {@code messages_en}.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(INDONESIAN);
		return messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("jejaring-lang");
		resolver.setDefaultLocale(INDONESIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

}
