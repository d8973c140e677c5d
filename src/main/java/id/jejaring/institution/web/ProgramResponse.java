package id.jejaring.institution.web;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.institution.Program;
import id.jejaring.institution.ProgramLevel;
import id.jejaring.institution.ProgramStatus;
import id.jejaring.institution.ProgramType;

/**
 * A program as JSON.
 */
record ProgramResponse(UUID id, long version, String name, String skillField, ProgramType type, ProgramLevel level,
		Integer durationHours, Integer capacityPerBatch, Integer batchesPerYear, LocalDate nextBatchStartsOn,
		ProgramStatus status, boolean archived, int participantsPerYear) {

	static ProgramResponse of(Program p) {
		return new ProgramResponse(p.getId(), p.getVersion(), p.getName(), p.getSkillField(), p.getType(), p.getLevel(),
				p.getDurationHours(), p.getCapacityPerBatch(), p.getBatchesPerYear(), p.getNextBatchStartsOn(),
				p.getStatus(), p.isArchived(), p.participantsPerYear());
	}

}
