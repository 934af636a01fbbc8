package dk.kk.hfi.meeting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.Meta;
import org.springframework.data.mongodb.repository.MongoRepository;

import dk.kk.hfi.common.Paging;

/** Meetings by family. */
public interface MeetingRepository extends MongoRepository<Meeting, String> {

	@Meta(cursorBatchSize = Paging.CURSOR_BATCH_SIZE)
	List<Meeting> findByFamilyIdIn(Collection<String> familyIds);

}
