/**
 * The small kernel every module may use: the base entity (UUID id, version, audit
 * columns), the tenant-owned base entity, the tenant context, the "not found" and
 * "changed by someone else" errors, and value helpers such as Indonesian phone numbers.
 * It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.jejaring.shared;
