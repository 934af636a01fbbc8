package dk.kk.hfi.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Earlier versions of plans, append-only. */
public interface PlanVersionRepository extends MongoRepository<PlanVersion, String> {

	List<PlanVersion> findByFamilyIdIn(Collection<String> familyIds);

}
