package id.jejaring.partnership;

import java.util.UUID;

/** A manager or staff member who may own a follow-up action. */
public record StaffMember(UUID id, String name) {

}
