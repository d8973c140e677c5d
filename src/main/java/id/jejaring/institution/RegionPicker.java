package id.jejaring.institution;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The state of the cascading region picker (province → regency/city → district) for a
 * chosen code; used by the {@code fragments/region} template as {@code @regionPicker}.
 */
@Component("regionPicker")
public class RegionPicker {

	private final Regions regions;

	RegionPicker(Regions regions) {
		this.regions = regions;
	}

	public State state(String code) {
		String chosen = this.regions.exists(code) ? code : null;
		String province = (chosen != null) ? Region.provinceOf(chosen) : null;
		String regency = (chosen != null) ? Region.regencyOf(chosen) : null;
		String district = (chosen != null && chosen.length() > 5) ? chosen : null;
		return new State(chosen, province, regency, district, this.regions.provinces(), this.regions.children(province),
				this.regions.children(regency));
	}

	/** What each of the three selects offers and has selected. */
	public record State(String code, String province, String regency, String district, List<Region> provinces,
			List<Region> regencies, List<Region> districts) {
	}

}
