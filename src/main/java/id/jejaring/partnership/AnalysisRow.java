package id.jejaring.partnership;

import java.util.UUID;

/** One partner of a partnership with its analysis, or null when not analysed yet. */
public record AnalysisRow(UUID partnerId, String partnerName, String role, Analysis analysis) {

}
