package id.jejaring.institution.web;

import java.util.UUID;

import id.jejaring.institution.Institution;

/**
 * The institution profile as JSON.
 */
record InstitutionResponse(UUID id, long version, String name, String npsn, String legalBody, String address,
		String regionCode, String regionName, String phone, String whatsapp, String email, String website,
		String headName, Integer foundedYear, String accreditationGrade, Integer accreditationYear, String vision,
		String mission, String goals, int profileCompletenessPercent) {

	static InstitutionResponse of(Institution i, String regionName) {
		return new InstitutionResponse(i.getId(), i.getVersion(), i.getName(), i.getNpsn(), i.getLegalBody(),
				i.getAddress(), i.getRegionCode(), regionName, i.getPhone(), i.getWhatsapp(), i.getEmail(),
				i.getWebsite(), i.getHeadName(), i.getFoundedYear(), i.getAccreditationGrade(),
				i.getAccreditationYear(), i.getVision(), i.getMission(), i.getGoals(), i.completenessPercent());
	}

}
