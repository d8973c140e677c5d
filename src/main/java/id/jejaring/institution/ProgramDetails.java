package id.jejaring.institution;

import java.time.LocalDate;

/**
 * The editable details of a program (validated and normalised by the caller).
 */
public record ProgramDetails(String name, String skillField, ProgramType type, ProgramLevel level,
		Integer durationHours, Integer capacityPerBatch, Integer batchesPerYear, LocalDate nextBatchStartsOn,
		ProgramStatus status) {
}
