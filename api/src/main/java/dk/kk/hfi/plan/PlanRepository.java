package dk.kk.hfi.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.Meta;
import org.springframework.data.mongodb.repository.MongoRepository;

import dk.kk.hfi.common.Paging;

/** Plans by family. */
public interface PlanRepository extends MongoRepository<Plan, String> {

	@Meta(cursorBatchSize = Paging.CURSOR_BATCH_SIZE)
	List<Plan> findByFamilyIdIn(Collection<String> familyIds);

	Optional<Plan> findByFamilyId(String familyId);

}
