package id.jejaring.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void acceptsALongUncommonPasswordWithoutTheUsername() {
		assertThat(PasswordPolicy.problem("Kebun-Teh-Ciwidey-7", "staf.bandung")).isEmpty();
		assertThat(PasswordPolicy.problem("Kebun-Teh-Ciwidey-7", null)).isEmpty();
	}

	@Test
	void needsAtLeastEightCharacters() {
		assertThat(PasswordPolicy.problem(null, "staf")).contains("password.tooShort");
		assertThat(PasswordPolicy.problem("", "staf")).contains("password.tooShort");
		assertThat(PasswordPolicy.problem("Ab3-xyz", "staf")).contains("password.tooShort");
		assertThat(PasswordPolicy.problem("Ab3-xyzQ", "staf")).as("exactly %d", PasswordPolicy.MIN_LENGTH).isEmpty();
	}

	@Test
	void refusesCommonPasswordsWhateverTheCase() {
		assertThat(PasswordPolicy.problem("password", "staf")).contains("password.tooCommon");
		assertThat(PasswordPolicy.problem("PassWord", "staf")).contains("password.tooCommon");
		assertThat(PasswordPolicy.problem("12345678", "staf")).contains("password.tooCommon");
		assertThat(PasswordPolicy.commonPasswordCount()).as("the shipped list is loaded, comments skipped")
			.isGreaterThan(500);
	}

	@Test
	void refusesPasswordsContainingTheUsername() {
		assertThat(PasswordPolicy.problem("rahasia-Staf.Bandung-2026", "staf.bandung"))
			.contains("password.containsUsername");
	}

	@Test
	void reportsTheFirstProblemOnly() {
		assertThat(PasswordPolicy.problem("abc", "abc")).contains("password.tooShort");
	}

}
