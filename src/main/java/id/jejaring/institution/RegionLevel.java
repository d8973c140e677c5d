package id.jejaring.institution;

public enum RegionLevel {

	PROVINCE, REGENCY, DISTRICT

}
