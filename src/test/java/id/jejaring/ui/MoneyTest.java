package id.jejaring.ui;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

	final Money money = new Money();

	@Test
	void rupiahWithIndonesianGrouping() {
		assertThat(this.money.rupiah(12_500_000L)).isEqualTo("Rp 12.500.000");
		assertThat(this.money.rupiah(new BigDecimal("25000000.40"))).isEqualTo("Rp 25.000.000");
		assertThat(this.money.rupiah(0L)).isEqualTo("Rp 0");
		assertThat(this.money.rupiah((Long) null)).isEmpty();
		assertThat(this.money.number(1_250L)).isEqualTo("1.250");
	}

}
