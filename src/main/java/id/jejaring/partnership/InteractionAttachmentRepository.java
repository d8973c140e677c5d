package id.jejaring.partnership;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InteractionAttachmentRepository extends JpaRepository<InteractionAttachment, UUID> {

	@Query("select new id.jejaring.partnership.AttachmentInfo(a.id, a.interactionId, a.fileName, a.contentType, "
			+ "a.size, a.createdAt, a.createdBy) from InteractionAttachment a "
			+ "where a.interactionId in :interactionIds order by a.createdAt, a.id")
	List<AttachmentInfo> describe(@Param("interactionIds") Collection<UUID> interactionIds);

	List<InteractionAttachment> findByInteractionId(UUID interactionId);

}
