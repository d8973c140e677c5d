package id.jejaring.needs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GapPolicyTest {

	@Test
	void withNumbersTheGapIsRequiredMinusAvailable() {
		assertThat(GapPolicy.gap(10L, 3L, true)).isEqualTo(new Gap(true, 7L));
	}

	@Test
	void enoughOrMoreIsNoGap() {
		assertThat(GapPolicy.gap(10L, 10L, false).exists()).isFalse();
		assertThat(GapPolicy.gap(2L, 5L, false).exists()).isFalse();
	}

	@Test
	void aRequirementInWordsIsAGapWhenMarkedNotMet() {
		assertThat(GapPolicy.gap(null, null, false)).isEqualTo(new Gap(true, null));
		assertThat(GapPolicy.gap(null, null, true).exists()).isFalse();
	}

	@Test
	void withOnlyOneNumberTheMarkDecides() {
		assertThat(GapPolicy.gap(1L, null, false)).isEqualTo(new Gap(true, null));
		assertThat(GapPolicy.gap(1L, null, true).exists()).isFalse();
	}

}
