package id.jejaring.institution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up Indonesia's regions for pickers and for showing a region as “district,
 * regency, province”.
 */
@Service
@Transactional(readOnly = true)
public class Regions {

	private final RegionRepository regions;

	private final Map<String, String> labels = new ConcurrentHashMap<>();

	Regions(RegionRepository regions) {
		this.regions = regions;
	}

	public List<Region> provinces() {
		return this.regions.findByLevelOrderByName(RegionLevel.PROVINCE);
	}

	public List<Region> children(String parentCode) {
		if (parentCode == null || parentCode.isBlank()) {
			return List.of();
		}
		return this.regions.findByParentCodeOrderByName(parentCode);
	}

	public Optional<Region> find(String code) {
		return (code == null || code.isBlank()) ? Optional.empty() : this.regions.findById(code);
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	/**
	 * The chain from province down to the given region, e.g. [Jawa Barat, Kabupaten
	 * Bandung, Soreang]; empty for an unknown or blank code.
	 */
	public List<Region> path(String code) {
		if (code == null || code.isBlank()) {
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		codes.add(Region.provinceOf(code));
		if (Region.regencyOf(code) != null) {
			codes.add(Region.regencyOf(code));
		}
		if (code.length() > 5) {
			codes.add(code);
		}
		Map<String, Region> found = this.regions.findByCodeIn(codes)
			.stream()
			.collect(Collectors.toMap(Region::getCode, Function.identity()));
		return codes.stream().map(found::get).filter(r -> r != null).toList();
	}

	/**
	 * “Soreang, Kabupaten Bandung, Jawa Barat”, or empty text. Remembered per code:
	 * regions never change while the application runs, and lists show the same few again
	 * and again.
	 */
	public String label(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return this.labels.computeIfAbsent(code, (key) -> {
			List<Region> path = new ArrayList<>(path(key));
			Collections.reverse(path);
			return path.stream().map(Region::getName).collect(Collectors.joining(", "));
		});
	}

}
