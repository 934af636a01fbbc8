package dk.kk.hfi.assessment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.Meta;
import org.springframework.data.mongodb.repository.MongoRepository;

import dk.kk.hfi.common.Paging;

/** Assessments by family. */
public interface AssessmentRepository extends MongoRepository<Assessment, String> {

	@Meta(cursorBatchSize = Paging.CURSOR_BATCH_SIZE)
	List<Assessment> findByFamilyIdIn(Collection<String> familyIds);

}
