package id.jejaring.partner.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerStatus;

/**
 * Partners with a location as a GeoJSON feature collection (coordinates are [longitude,
 * latitude]); {@code total} tells how many matched when more than {@code limit} did.
 */
record MapFeatures(String type, List<Feature> features, long total, int limit) {

	static MapFeatures of(List<Marker> markers, long total, int limit) {
		return new MapFeatures("FeatureCollection", markers.stream().map(Feature::of).toList(), total, limit);
	}

	record Feature(String type, Geometry geometry, Marker properties) {

		static Feature of(Marker marker) {
			return new Feature("Feature", new Geometry("Point", List.of(marker.longitude(), marker.latitude())),
					marker);
		}

	}

	record Geometry(String type, List<BigDecimal> coordinates) {

	}

	/** What a marker shows and where its popup links. */
	record Marker(UUID id, String name, String categoryCode, String category, PartnerStatus status, BigDecimal latitude,
			BigDecimal longitude, String url) {

		static Marker of(Partner partner, String categoryLabel) {
			return new Marker(partner.getId(), partner.getName(), partner.getCategoryCode(), categoryLabel,
					partner.getStatus(), partner.getLatitude(), partner.getLongitude(), "/partners/" + partner.getId());
		}

	}

}
