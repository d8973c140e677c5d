package id.jejaring.partner;

import java.util.List;

import id.jejaring.needs.RegionScope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a partner is a candidate for a need: category criteria and region scope. */
class CandidateRuleTest {

	private final CandidateRule bandung = new CandidateRule("32.04");

	@Test
	void aPartnerInACriteriaCategoryOrBelowAGroupFits() {
		assertThat(CandidateRule.inCategory(List.of("BUSINESS.CSR"), "BUSINESS.CSR")).isTrue();
		assertThat(CandidateRule.inCategory(List.of("BUSINESS"), "BUSINESS.CSR")).isTrue();
		assertThat(CandidateRule.inCategory(List.of("BUSINESS.CSR"), "BUSINESS")).isFalse();
		assertThat(CandidateRule.inCategory(List.of("BUSINESS.CS"), "BUSINESS.CSR")).isFalse();
		assertThat(CandidateRule.inCategory(List.of(), "BUSINESS.CSR")).isFalse();
		assertThat(CandidateRule.inCategory(List.of("BUSINESS"), null)).isFalse();
	}

	@Test
	void theRegionScopeIsSeenFromTheInstitutionsRegion() {
		assertThat(this.bandung.inScope(RegionScope.SAME_REGENCY, "32.04.33")).isTrue();
		assertThat(this.bandung.inScope(RegionScope.SAME_REGENCY, "32.04")).isTrue();
		assertThat(this.bandung.inScope(RegionScope.SAME_REGENCY, "32.73.01")).isFalse();
		assertThat(this.bandung.inScope(RegionScope.SAME_REGENCY, "32")).isFalse();
		assertThat(this.bandung.inScope(RegionScope.SAME_PROVINCE, "32.73.01")).isTrue();
		assertThat(this.bandung.inScope(RegionScope.SAME_PROVINCE, "33.74")).isFalse();
		assertThat(this.bandung.inScope(RegionScope.ANYWHERE, "33.74")).isTrue();
		assertThat(this.bandung.inScope(null, "33.74")).isTrue();
	}

	@Test
	void aPartnerWithoutARegionOnlyFitsAnywhere() {
		assertThat(this.bandung.inScope(RegionScope.SAME_PROVINCE, null)).isFalse();
		assertThat(this.bandung.inScope(RegionScope.ANYWHERE, null)).isTrue();
	}

	@Test
	void anInstitutionAtDistrictOrProvinceLevelOrWithoutRegion() {
		CandidateRule district = new CandidateRule("32.04.33");
		assertThat(district.inScope(RegionScope.SAME_REGENCY, "32.04.10")).isTrue();
		CandidateRule province = new CandidateRule("32");
		assertThat(province.inScope(RegionScope.SAME_REGENCY, "32.73")).isTrue();
		assertThat(province.inScope(RegionScope.SAME_REGENCY, "33.74")).isFalse();
		assertThat(new CandidateRule(null).inScope(RegionScope.SAME_REGENCY, null)).isTrue();
	}

	@Test
	void aCandidateNeedsBoth() {
		List<String> criteria = List.of("FINANCE", "BUSINESS.CSR");
		assertThat(this.bandung.isCandidate(RegionScope.SAME_REGENCY, criteria, "BUSINESS.CSR", "32.04.33")).isTrue();
		assertThat(this.bandung.isCandidate(RegionScope.SAME_REGENCY, criteria, "BUSINESS.CSR", "33.74")).isFalse();
		assertThat(this.bandung.isCandidate(RegionScope.SAME_REGENCY, criteria, "GOVERNMENT", "32.04.33")).isFalse();
	}

}
